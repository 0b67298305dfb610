package io.alita.domain.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ButtonsTest {

  private static UrlButton button(String text, String url) {
    return new UrlButton(text, url);
  }

  @Nested
  class Extract {

    @Test
    void buttonOnItsOwnLineLeavesTheTextAndBecomesARow() {
      ButtonExtraction result = Buttons.extract("Join our channel!\n[Channel](buttonurl://t.me/alita_news)");

      assertEquals("Join our channel!", result.text());
      assertEquals(List.of(List.of(button("Channel", "https://t.me/alita_news"))), result.buttons().rows());
      assertEquals(List.of(), result.rejected());
    }

    @Test
    void eachButtonStartsANewRowUnlessMarkedSame() {
      ButtonExtraction result = Buttons.extract(
          "[A](buttonurl://a.com)\n[B](buttonurl://b.com:same)\n[C](buttonurl://c.com)\n[D](buttonurl://d.com:same)");

      assertEquals(List.of(
              List.of(button("A", "https://a.com"), button("B", "https://b.com")),
              List.of(button("C", "https://c.com"), button("D", "https://d.com"))),
          result.buttons().rows());
      assertEquals("", result.text());
    }

    @Test
    void sameOnTheFirstButtonStartsTheFirstRow() {
      ButtonExtraction result = Buttons.extract("[A](buttonurl://a.com:same)[B](buttonurl://b.com:same)");

      assertEquals(List.of(List.of(button("A", "https://a.com"), button("B", "https://b.com"))), result.buttons().rows());
    }

    @Test
    void buttonurlWithoutSlashesIsAccepted() {
      ButtonExtraction result = Buttons.extract("[A](buttonurl:a.com)");

      assertEquals(List.of(button("A", "https://a.com")), result.buttons().buttons());
    }

    @Test
    void keywordIsCaseInsensitive() {
      assertEquals(List.of(button("A", "https://a.com")), Buttons.extract("[A](ButtonURL://a.com)").buttons().buttons());
    }

    @Test
    void explicitSchemesAreKept() {
      ButtonExtraction result = Buttons.extract(
          "[Site](buttonurl://https://example.com/x?y=1&z=2)\n[Me](buttonurl://tg://resolve?domain=alita)"
              + "\n[Plain](buttonurl://http://example.com)");

      assertEquals(List.of(
              button("Site", "https://example.com/x?y=1&z=2"),
              button("Me", "tg://resolve?domain=alita"),
              button("Plain", "http://example.com")),
          result.buttons().buttons());
    }

    @Test
    void urlMayContainBalancedParentheses() {
      ButtonExtraction result = Buttons.extract("[Film](buttonurl://https://en.wikipedia.org/wiki/Alita_(film))");

      assertEquals(List.of(button("Film", "https://en.wikipedia.org/wiki/Alita_(film)")), result.buttons().buttons());
    }

    @Test
    void textAroundAnInlineButtonIsKept() {
      ButtonExtraction result = Buttons.extract("Before [A](buttonurl://a.com) after\nnext line");

      assertEquals("Before  after\nnext line", result.text());
    }

    @Test
    void lineThatHeldOnlyButtonsDisappears() {
      ButtonExtraction result = Buttons.extract("Line 1\n[A](buttonurl://a.com) [B](buttonurl://b.com:same)\nLine 2");

      assertEquals("Line 1\nLine 2", result.text());
    }

    @Test
    void blankLinesTheAdminTypedAreKept() {
      assertEquals("Para 1\n\nPara 2", Buttons.extract("Para 1\n\nPara 2\n[A](buttonurl://a.com)").text());
    }

    @Test
    void labelIsPlainTextNotMarkdownNorHtml() {
      ButtonExtraction result = Buttons.extract("[*Join* <b>&</b>](buttonurl://a.com)");

      assertEquals("*Join* <b>&</b>", result.buttons().buttons().get(0).text());
    }

    @Test
    void labelIsTrimmed() {
      assertEquals("Join", Buttons.extract("[  Join  ](buttonurl://a.com)").buttons().buttons().get(0).text());
    }

    @Test
    void escapedBracketsInALabelAreLiteral() {
      assertEquals("[1] First", Buttons.extract("[\\[1\\] First](buttonurl://a.com)").buttons().buttons().get(0).text());
    }

    @Test
    void emojiAndNonLatinLabelsAreKept() {
      assertEquals("🌐 Сайт 网站", Buttons.extract("[🌐 Сайт 网站](buttonurl://a.com)").buttons().buttons().get(0).text());
    }

    @Test
    void escapedClosingBracketIsNotAButton() {
      ButtonExtraction result = Buttons.extract("[A\\](buttonurl://a.com)");

      assertTrue(result.buttons().isEmpty());
      assertEquals("[A\\](buttonurl://a.com)", result.text());
    }

    @Test
    void ordinaryLinksAreNotButtons() {
      ButtonExtraction result = Buttons.extract("[site](https://a.com)");

      assertTrue(result.buttons().isEmpty());
      assertEquals("[site](https://a.com)", result.text());
    }

    @Test
    void sourceWithoutButtonsIsReturnedAsTyped() {
      String source = "  indented *text*\n";
      assertEquals(source, Buttons.extract(source).text());
    }

    @Test
    void emptySourceHasNoButtons() {
      ButtonExtraction result = Buttons.extract("");

      assertEquals("", result.text());
      assertTrue(result.buttons().isEmpty());
    }
  }

  @Nested
  class BadButtons {

    @ParameterizedTest
    @ValueSource(strings = {
        "[Evil](buttonurl://javascript:alert(1))",
        "[Evil](buttonurl:javascript:alert(1))",
        "[Data](buttonurl://data:text/html,x)",
        "[Mail](buttonurl://mailto:a@b.com)",
        "[Space](buttonurl://my site.com)",
        "[](buttonurl://a.com)",
        "[   ](buttonurl://a.com)",
        "[Nothing](buttonurl://)"})
    void refusedButtonStaysInTheTextAndIsReported(String markup) {
      ButtonExtraction result = Buttons.extract("Text\n" + markup);

      assertTrue(result.buttons().isEmpty());
      assertEquals("Text\n" + markup, result.text());
      assertEquals(List.of(markup), result.rejected());
    }

    @Test
    void goodButtonsSurviveABadNeighbour() {
      ButtonExtraction result = Buttons.extract(
          "[Good](buttonurl://a.com)\n[Bad](buttonurl://javascript:x)\n[Also good](buttonurl://b.com:same)");

      assertEquals(List.of(List.of(button("Good", "https://a.com"), button("Also good", "https://b.com"))),
          result.buttons().rows());
      assertEquals("[Bad](buttonurl://javascript:x)", result.text());
      assertEquals(List.of("[Bad](buttonurl://javascript:x)"), result.rejected());
    }

    @Test
    void refusedButtonRendersAsEscapedTextNotALink() {
      FormattedMessage message = MessageFormatter.render(
          "[Evil](buttonurl://javascript:alert(\"x\"))", TestFillingContextFactory.ada(), () -> 0L);

      assertEquals("[Evil](buttonurl://javascript:alert(&quot;x&quot;))", message.html());
      assertTrue(message.buttons().isEmpty());
    }

    @Test
    void unterminatedMarkupIsJustText() {
      ButtonExtraction result = Buttons.extract("[A](buttonurl://a.com");

      assertEquals("[A](buttonurl://a.com", result.text());
      assertEquals(List.of(), result.rejected());
    }
  }

  @Nested
  class ToMarkup {

    @Test
    void rebuildsOneLinePerButtonWithSameForLaterButtonsOfARow() {
      ButtonGrid grid = new ButtonGrid(List.of(
          List.of(button("A", "https://a.com"), button("B", "https://b.com")),
          List.of(button("C", "tg://resolve?domain=c"))));

      assertEquals(
          "Hello *there*\n[A](buttonurl://https://a.com)\n[B](buttonurl://https://b.com:same)"
              + "\n[C](buttonurl://tg://resolve?domain=c)",
          Buttons.toMarkup("Hello *there*", grid));
    }

    @Test
    void withoutTextStartsWithTheFirstButton() {
      assertEquals("[A](buttonurl://https://a.com)",
          Buttons.toMarkup("", ButtonGrid.empty().withRow(button("A", "https://a.com"))));
    }

    @Test
    void withoutButtonsIsTheText() {
      assertEquals("Just text", Buttons.toMarkup("Just text", ButtonGrid.empty()));
    }

    @Test
    void extractUndoesToMarkup() {
      ButtonGrid grid = new ButtonGrid(List.of(
          List.of(button("[1] One", "https://a.com/x_(y)"), button("Two \\ back", "https://b.com")),
          List.of(button("🌐 Три", "tg://user?id=1"))));
      String text = "Rules:\n*be nice*";

      ButtonExtraction result = Buttons.extract(Buttons.toMarkup(text, grid));

      assertEquals(text, result.text());
      assertEquals(grid, result.buttons());
      assertEquals(List.of(), result.rejected());
    }

    @Test
    void aUrlEndingInSameKeepsItsOwnRowWhenWrittenBackAndReadAgain() {
      // Found by ButtonsProperties: "[A](buttonurl://a.com)\n[B](buttonurl://b.com/x:same:same)" saves B on a row of its
      // own with the URL ".../x:same"; noformat wrote that back without a marker, so saving it again put B beside A.
      ButtonGrid grid = new ButtonGrid(List.of(List.of(button("A", "https://a.com")),
          List.of(button("B", "https://b.com/x:same"))));

      ButtonExtraction result = Buttons.extract(Buttons.toMarkup("", grid));

      assertEquals(new ButtonGrid(List.of(List.of(button("A", "https://a.com")),
          List.of(button("B", "https://b.com/x%3Asame")))), result.buttons());
    }

    @Test
    void unbalancedParenthesesInAUrlAreEncodedSoTheMarkupStillParses() {
      ButtonGrid grid = ButtonGrid.empty().withRow(button("Smile", "https://e.com/:)"));

      ButtonExtraction result = Buttons.extract(Buttons.toMarkup("", grid));

      assertEquals(List.of(button("Smile", "https://e.com/:%29")), result.buttons().buttons());
    }
  }
}

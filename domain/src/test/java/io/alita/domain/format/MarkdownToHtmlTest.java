package io.alita.domain.format;

import static io.alita.domain.format.TelegramHtmlAssertions.assertValidTelegramHtml;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownToHtmlTest {

  private static String html(String markdown) {
    String html = MarkdownToHtml.convert(markdown);
    assertValidTelegramHtml(html);
    return html;
  }

  @Nested
  class EachStyle {

    @Test
    void emptyInputGivesEmptyHtml() {
      assertEquals("", html(""));
    }

    @Test
    void plainTextPassesThrough() {
      assertEquals("Welcome to the group. Be nice!", html("Welcome to the group. Be nice!"));
    }

    @Test
    void starMakesBold() {
      assertEquals("<b>bold</b>", html("*bold*"));
    }

    @Test
    void doubleStarAlsoMakesBoldForCommonMarkHabits() {
      assertEquals("<b>bold</b>", html("**bold**"));
    }

    @Test
    void underscoreMakesItalic() {
      assertEquals("<i>italic</i>", html("_italic_"));
    }

    @Test
    void doubleUnderscoreMakesUnderline() {
      assertEquals("<u>underline</u>", html("__underline__"));
    }

    @Test
    void tildeMakesStrikethrough() {
      assertEquals("<s>gone</s> <s>also gone</s>", html("~gone~ ~~also gone~~"));
    }

    @Test
    void doublePipeMakesSpoiler() {
      assertEquals("<tg-spoiler>secret</tg-spoiler>", html("||secret||"));
    }

    @Test
    void backticksMakeInlineCode() {
      assertEquals("run <code>/start</code> first", html("run `/start` first"));
    }

    @Test
    void tripleBackticksMakePre() {
      assertEquals("<pre>no language</pre>", html("```no language```"));
    }

    @Test
    void preWithALanguageOnItsFirstLine() {
      assertEquals("<pre><code class=\"language-python\">print(&quot;hi&quot;)</code></pre>",
          html("```python\nprint(\"hi\")\n```"));
    }

    @Test
    void preStartingWithALineBreakHasNoLanguage() {
      assertEquals("<pre>line 1\nline 2</pre>", html("```\nline 1\nline 2```"));
    }

    @Test
    void preFirstLineWithSpacesIsContentNotALanguage() {
      assertEquals("<pre>two words\nbody</pre>", html("```two words\nbody```"));
    }

    @Test
    void preKeepsInnerBackticksOfALongerFence() {
      assertEquals("<pre>`quoted`</pre>", html("````quoted````"));
    }

    @Test
    void linkToAnHttpsUrl() {
      assertEquals("see <a href=\"https://example.com/rules\">the rules</a>", html("see [the rules](https://example.com/rules)"));
    }

    @Test
    void linkToATgUrl() {
      assertEquals("<a href=\"tg://user?id=42\">Ada</a>", html("[Ada](tg://user?id=42)"));
    }

    @Test
    void linkToABareHostGetsHttps() {
      assertEquals("<a href=\"https://example.com\">site</a>", html("[site](example.com)"));
    }

    @Test
    void ampersandInALinkIsEscapedInTheAttribute() {
      assertEquals("<a href=\"https://e.com/?a=1&amp;b=2\">q</a>", html("[q](https://e.com/?a=1&b=2)"));
    }

    @Test
    void linkUrlMayContainBalancedParentheses() {
      assertEquals("<a href=\"https://en.wikipedia.org/wiki/Alita_(film)\">film</a>",
          html("[film](https://en.wikipedia.org/wiki/Alita_(film))"));
    }

    @Test
    void lineBreaksAreKept() {
      assertEquals("line 1\n<b>line 2</b>\n\nline 4", html("line 1\n*line 2*\n\nline 4"));
    }

    @Test
    void styleMaySpanLines() {
      assertEquals("<b>a\nb</b>", html("*a\nb*"));
    }
  }

  @Nested
  class Injection {

    @Test
    void scriptTagInRulesIsEscaped() {
      assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", html("<script>alert(1)</script>"));
    }

    @Test
    void htmlInputIsNeverReadAsHtml() {
      assertEquals("&lt;b&gt;not bold&lt;/b&gt; &lt;i&gt;", html("<b>not bold</b> <i>"));
    }

    @Test
    void rawJavascriptAnchorIsEscapedText() {
      assertEquals("&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;", html("<a href=\"javascript:alert(1)\">x</a>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[click](javascript:alert(1))",
        "[click](JAVASCRIPT:alert(1))",
        "[click](data:text/html;base64,PHNjcmlwdD4=)",
        "[click](//evil.com)",
        "[click](vbscript:x)",
        "[click](file:///etc/passwd)"})
    void markdownLinkToAnUnsafeSchemeStaysLiteralText(String markdown) {
      assertEquals(markdown, html(markdown));
    }

    @Test
    void quoteInALinkUrlCannotBreakOutOfTheAttribute() {
      assertEquals("<a href=\"https://e.com/&quot;onmouseover=&quot;alert(1)\">x</a>",
          html("[x](https://e.com/\"onmouseover=\"alert(1))"));
    }

    @Test
    void anglesInALinkUrlAreEscaped() {
      assertEquals("<a href=\"https://e.com/&lt;script&gt;\">x</a>", html("[x](https://e.com/<script>)"));
    }

    @Test
    void linkLabelIsEscaped() {
      assertEquals("<a href=\"https://e.com\">&lt;b&gt;&amp;</a>", html("[<b>&](https://e.com)"));
    }

    @Test
    void existingEntitiesShowAsTyped() {
      assertEquals("&amp;amp; &amp;lt; &amp;#60;", html("&amp; &lt; &#60;"));
    }

    @Test
    void preLanguageCannotCarryAnAttribute() {
      assertEquals("<pre>x\" onclick=\"y\nbody</pre>".replace("\"", "&quot;"), html("```x\" onclick=\"y\nbody```"));
    }

    @Test
    void codeContentIsEscaped() {
      assertEquals("<code>&lt;/code&gt;&lt;b&gt;</code>", html("`</code><b>`"));
    }
  }

  @Nested
  class NestingAndUnbalancedMarkers {

    @Test
    void italicInsideBold() {
      assertEquals("<b>bold <i>and italic</i> bold</b>", html("*bold _and italic_ bold*"));
    }

    @Test
    void boldInsideItalic() {
      assertEquals("<i>italic <b>and bold</b></i>", html("_italic *and bold*_"));
    }

    @Test
    void everyStyleNestedInsideEachOther() {
      assertEquals(
          "<b>bold <i>italic <u>under <s>strike <tg-spoiler>all</tg-spoiler></s> under</u> italic</i> bold</b>",
          html("*bold _italic __under ~strike ||all||~ under__ italic_ bold*"));
    }

    @Test
    void tripleUnderscoreIsUnderlinedItalic() {
      assertEquals("<u><i>both</i></u>", html("___both___"));
    }

    @Test
    void linkInsideBold() {
      assertEquals("<b>read <a href=\"https://e.com\">this</a> now</b>", html("*read [this](https://e.com) now*"));
    }

    @Test
    void boldInsideALinkLabel() {
      assertEquals("<a href=\"https://e.com\"><b>bold link</b></a>", html("[*bold link*](https://e.com)"));
    }

    @Test
    void codeInsideBold() {
      assertEquals("<b>type <code>/rules</code></b>", html("*type `/rules`*"));
    }

    @Test
    void markerInsideALinkTargetDoesNotCloseTheStyleAround() {
      assertEquals("<b>see <a href=\"https://e.com/a*b\">x</a></b>", html("*see [x](https://e.com/a*b)*"));
    }

    @Test
    void styleDoesNotNestInsideItself() {
      assertEquals("<b>*x*</b>", html("***x***"));
    }

    @Test
    void crossedMarkersStayWellNested() {
      assertEquals("<b>a _b</b> c_", html("*a _b* c_"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "*bold", "bold*", "_italic", "italic_", "__under", "~strike", "||spoiler", "|single|", "`code", "```pre",
        "[text](https://e.com", "[text]", "[text] (https://e.com)", "[](https://e.com)", "[ ](https://e.com)",
        "**", "***", "____", "``", "* *", "[x](https://e.com with space)"})
    void unmatchedMarkersStayLiteral(String markdown) {
      assertEquals(Html.escape(markdown), html(markdown));
    }

    @Test
    void markersSurroundedBySpacesAreArithmeticNotFormatting() {
      assertEquals("2 * 3 * 4 and a ~ b ~ c", html("2 * 3 * 4 and a ~ b ~ c"));
    }

    @Test
    void unmatchedOpenerDoesNotSwallowLaterFormatting() {
      assertEquals("*unclosed and <b>closed</b>", html("*unclosed and *closed*"));
    }
  }

  @Nested
  class UnderscoresInsideWords {

    @ParameterizedTest
    @ValueSource(strings = {
        "use snake_case_names here",
        "@some_user_name",
        "file_name.txt and other_file.txt",
        "https://example.com/a_b_c",
        "https://example.com/_private_",
        "MAX_VALUE_",
        "#tag_with_underscores_",
        "_leading_word"})
    void underscoreInsideAWordIsLiteral(String markdown) {
      assertEquals(markdown, html(markdown));
    }

    @Test
    void underscoreAtWordBoundariesStillItalicizes() {
      assertEquals("<i>italic</i>, then snake_case, (<i>aside</i>).", html("_italic_, then snake_case, (_aside_)."));
    }

    @Test
    void starWorksInsideWordsForScriptsWithoutSpaces() {
      assertEquals("你好<b>粗体</b>世界", html("你好*粗体*世界"));
    }
  }

  @Nested
  class LiteralContent {

    @Test
    void markersInsideInlineCodeAreLiteral() {
      assertEquals("<code>*not bold* _nor italic_ [x](https://e.com)</code>",
          html("`*not bold* _nor italic_ [x](https://e.com)`"));
    }

    @Test
    void markersInsidePreAreLiteral() {
      assertEquals("<pre>*x* _y_ ||z||\n`w`</pre>", html("```*x* _y_ ||z||\n`w````"));
    }

    @Test
    void backslashInsideCodeIsKept() {
      assertEquals("<code>C:\\*</code>", html("`C:\\*`"));
    }

    @Test
    void backslashMakesAMarkerLiteral() {
      assertEquals("*not bold* _nor italic_ `nor code`", html("\\*not bold\\* \\_nor italic\\_ \\`nor code\\`"));
    }

    @Test
    void escapedMarkerInsideAStyleIsLiteral() {
      assertEquals("<b>5*3</b>", html("*5\\*3*"));
    }

    @Test
    void escapedBracketIsNotALink() {
      assertEquals("[x](https://e.com)", html("\\[x](https://e.com)"));
    }

    @Test
    void backslashBeforeAnOrdinaryCharacterIsKept() {
      assertEquals("C:\\Users\\me", html("C:\\Users\\me"));
    }

    @Test
    void shrugKeepsItsArmWhenTheBackslashIsEscaped() {
      assertEquals("¯\\_(ツ)_/¯", html("¯\\\\\\_(ツ)_/¯"));
      assertEquals("¯\\_(ツ)_/¯", html(MarkdownToHtml.escapeMarkdown("¯\\_(ツ)_/¯")));
    }

    @Test
    void doubleBackslashIsOneBackslash() {
      assertEquals("a\\b", html("a\\\\b"));
    }
  }

  @Nested
  class OtherScripts {

    @Test
    void emojiInsideAndAroundStyles() {
      assertEquals("🔥 <b>🚀 launch 🚀</b> 👋🏽", html("🔥 *🚀 launch 🚀* 👋🏽"));
    }

    @Test
    void cyrillicArabicAndChineseAreFormatted() {
      assertEquals("<b>Привет</b> <i>мир</i> <u>مرحبا</u> <tg-spoiler>秘密</tg-spoiler>",
          html("*Привет* _мир_ __مرحبا__ ||秘密||"));
    }

    @Test
    void italicOfNonLatinWordsFollowsTheWordRule() {
      assertEquals("<i>слово</i> и слово_с_подчёркиванием", html("_слово_ и слово_с_подчёркиванием"));
    }
  }

  @Nested
  class EscapeMarkdown {

    @ParameterizedTest
    @ValueSource(strings = {
        "*_~|`[]{}%\\",
        "*not bold* _not italic_ __not under__ ||not spoiler||",
        "[not a link](https://e.com)",
        "`not code` ```not pre```",
        "C:\\Users\\* and \\\\",
        "{first} %%% \\{",
        "<b>html</b> & \"quotes\"",
        "🔥 Привет"})
    void escapedMarkdownShowsExactlyThePlainText(String plain) {
      assertEquals(Html.escape(plain), html(MarkdownToHtml.escapeMarkdown(plain)));
    }

    @Test
    void escapeMarkdownLeavesOrdinaryTextAlone() {
      assertEquals("Hello, world.", MarkdownToHtml.escapeMarkdown("Hello, world."));
    }

    @Test
    void escapedMarkdownShowsExactlyThePlainTextForRandomInput() {
      Random random = new Random(20240601);
      for (int n = 0; n < 2000; n++) {
        String plain = FuzzInput.next(random, 30);
        assertEquals(Html.escape(plain), html(MarkdownToHtml.escapeMarkdown(plain)), () -> "input: " + plain);
      }
    }
  }

  @Test
  void noInputCanProduceInvalidOrInjectedHtml() {
    Random random = new Random(42);
    for (int n = 0; n < 20_000; n++) {
      String markdown = FuzzInput.next(random, 40);
      String html = MarkdownToHtml.convert(markdown);
      try {
        assertValidTelegramHtml(html);
      } catch (AssertionError e) {
        throw new AssertionError("input: " + markdown, e);
      }
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "*a*b*       | <b>a</b>b*",
      "**a**b**    | <b>a</b>b**",
      "*a **b** c* | *a <b>b</b> c*",
      "*a *b* c*   | *a <b>b</b> c*",
      "_a _b_ c_   | _a <i>b</i> c_",
      "_a __b__ c_ | <i>a <u>b</u> c</i>"})
  void ambiguousRunsResolveToTheFirstCloser(String markdown, String expected) {
    assertEquals(expected, html(markdown));
  }

  /** Random strings built from the pieces most likely to confuse a Markdown converter. */
  static final class FuzzInput {

    private static final List<String> PIECES = List.of(
        "*", "**", "_", "__", "~", "||", "|", "`", "```", "[", "]", "(", ")", "](", "\\", "<", ">", "&", "\"", "'",
        "a", "b", " ", "\n", "https://e.com", "e.com", "javascript:x", "{first}", "{", "}", "%%%", "🔥", "é",
        "<b>", "</a>", "&amp;", "python\n");

    private FuzzInput() {}

    static String next(Random random, int maxPieces) {
      int count = random.nextInt(maxPieces + 1);
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < count; i++) {
        s.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      return s.toString();
    }
  }
}

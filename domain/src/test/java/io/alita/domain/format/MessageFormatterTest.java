package io.alita.domain.format;

import static io.alita.domain.format.TelegramHtmlAssertions.assertValidTelegramHtml;
import static io.alita.domain.format.TestFillingContextFactory.RULES_BUTTON;
import static io.alita.domain.format.TestFillingContextFactory.ada;
import static io.alita.domain.format.TestFillingContextFactory.adaWithRules;
import static io.alita.domain.format.TestFillingContextFactory.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.model.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MessageFormatterTest {

  private static final RandomGenerator UNUSED = () -> {
    throw new AssertionError("a single variant needs no randomness");
  };
  private static final UrlButton SITE = new UrlButton("Site", "https://example.com");
  private static final UrlButton GROUP = new UrlButton("Group", "https://t.me/group");

  private static FormattedMessage render(String source, FillingContext context) {
    FormattedMessage message = MessageFormatter.render(source, context, UNUSED);
    assertValidTelegramHtml(message.html());
    return message;
  }

  @Test
  void defaultWelcomeGreetsByFirstName() {
    FormattedMessage message = render("Hey {first}, how are you?", ada());

    assertEquals("Hey Ada, how are you?", message.html());
    assertTrue(message.buttons().isEmpty());
    assertFalse(message.truncated());
    assertEquals(21, message.visibleLength());
  }

  @Test
  void fullWelcomeWithMarkdownFillingsAndButtons() {
    FormattedMessage message = render(
        "*Welcome* {mention} to _{chatname}_!\nYou are member #{count}.\n"
            + "[Site](buttonurl://example.com)\n[Group](buttonurl://t.me/group:same)",
        ada());

    assertEquals(
        "<b>Welcome</b> <a href=\"tg://user?id=42\">Ada</a> to <i>Analytical Engines</i>!\nYou are member #1234.",
        message.html());
    assertEquals(List.of(List.of(SITE, GROUP)), message.buttons().rows());
  }

  @Test
  void emptySourceRendersNothing() {
    FormattedMessage message = render("", ada());

    assertEquals("", message.html());
    assertFalse(message.hasText());
    assertTrue(message.buttons().isEmpty());
  }

  @Test
  void sourceOfButtonsAloneHasNoText() {
    FormattedMessage message = render("[Site](buttonurl://example.com)", ada());

    assertFalse(message.hasText());
    assertEquals(List.of(SITE), message.buttons().buttons());
  }

  @Test
  void scriptInjectionInRulesIsEscaped() {
    assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; <b>be nice</b>",
        render("<script>alert(1)</script> *be nice*", ada()).html());
  }

  @Nested
  class StoredButtons {

    @Test
    void storedButtonsComeFirstThenButtonsLeftInTheText() {
      FormattedMessage message = MessageFormatter.render("Text\n[Group](buttonurl://t.me/group)",
          ButtonGrid.empty().withRow(SITE), ada(), UNUSED, Limits.MESSAGE_TEXT);

      assertEquals("Text", message.html());
      assertEquals(List.of(List.of(SITE), List.of(GROUP)), message.buttons().rows());
    }

    @Test
    void noformatRebuildsTheMarkupFromStoredTextAndButtons() {
      ButtonExtraction saved = Buttons.extract("*Rules* here\n[Site](buttonurl://example.com)\n[Group](buttonurl://t.me/group:same)");

      assertEquals("*Rules* here\n[Site](buttonurl://https://example.com)\n[Group](buttonurl://https://t.me/group:same)",
          MessageFormatter.noformat(saved.text(), saved.buttons()));
    }
  }

  @Nested
  class RulesDirective {

    @Test
    void rulesAddsTheRulesButtonOnItsOwnLastRowAndVanishes() {
      FormattedMessage message = render("Welcome!\n{rules}\n[Site](buttonurl://example.com)", adaWithRules());

      assertEquals("Welcome!", message.html());
      assertEquals(List.of(List.of(SITE), List.of(RULES_BUTTON)), message.buttons().rows());
    }

    @Test
    void rulesSameJoinsTheLastRow() {
      FormattedMessage message = render("Welcome! {rules:same}\n[Site](buttonurl://example.com)", adaWithRules());

      assertEquals("Welcome!", message.html());
      assertEquals(List.of(List.of(SITE, RULES_BUTTON)), message.buttons().rows());
    }

    @Test
    void rulesUpPutsTheButtonAboveTheOthers() {
      FormattedMessage message = render(
          "{rules:up}Welcome!\n[Site](buttonurl://example.com)\n[Group](buttonurl://t.me/group:same)", adaWithRules());

      assertEquals("Welcome!", message.html());
      assertEquals(List.of(List.of(RULES_BUTTON), List.of(SITE, GROUP)), message.buttons().rows());
    }

    @Test
    void rulesWithoutRulesInTheChatVanishesWithoutAButton() {
      FormattedMessage message = render("before {rules} after", ada());

      assertEquals("before  after", message.html());
      assertTrue(message.buttons().isEmpty());
    }

    @Test
    void onlyTheFirstDirectiveAddsAButtonButAllVanish() {
      FormattedMessage message = render("{rules:up} a {rules} b {rules:same}", adaWithRules());

      assertEquals("a  b", message.html());
      assertEquals(List.of(RULES_BUTTON), message.buttons().buttons());
    }

    @Test
    void escapedDirectiveIsText() {
      FormattedMessage message = render("Type \\{rules}", adaWithRules());

      assertEquals("Type {rules}", message.html());
      assertTrue(message.buttons().isEmpty());
    }

    @Test
    void rulesButtonLabelIsPlainTextEvenWithMarkup() {
      UrlButton odd = new UrlButton("<b>*Rules*</b>", RULES_BUTTON.url());
      FillingContext context = new FillingContext("Ada", null, null, UserId.of(1), "Chat", 1L, odd);

      assertEquals(List.of(odd), render("{rules}", context).buttons().buttons());
    }
  }

  @Nested
  class Variants {

    @Test
    void seededGeneratorPicksOneVariantWithItsOwnButtons() {
      String source = "First {first}\n[Site](buttonurl://example.com)\n%%%\n*Second* {first}\n[Group](buttonurl://t.me/group)";
      Random expected = new Random(99);
      Random actual = new Random(99);

      for (int i = 0; i < 10; i++) {
        FormattedMessage message = MessageFormatter.render(source, ada(), actual);
        if (expected.nextInt(2) == 0) {
          assertEquals("First Ada", message.html());
          assertEquals(List.of(SITE), message.buttons().buttons());
        } else {
          assertEquals("<b>Second</b> Ada", message.html());
          assertEquals(List.of(GROUP), message.buttons().buttons());
        }
      }
    }

    @Test
    void markdownSpanningASeparatorDoesNotLeakAcrossVariants() {
      Random random = new Random(3);
      for (int i = 0; i < 20; i++) {
        String html = MessageFormatter.render("*a %%% b*", ada(), random).html();
        assertTrue(html.equals("*a") || html.equals("b*"), html);
      }
    }
  }

  @Nested
  class Length {

    @Test
    void textAtTheLimitIsSentWhole() {
      FormattedMessage message = render("a".repeat(Limits.MESSAGE_TEXT), ada());

      assertFalse(message.truncated());
      assertEquals(Limits.MESSAGE_TEXT, message.visibleLength());
    }

    @Test
    void textOverTheLimitIsCutWithAnEllipsis() {
      FormattedMessage message = render("a".repeat(5000), ada());

      assertTrue(message.truncated());
      assertEquals(Limits.MESSAGE_TEXT, message.visibleLength());
      assertEquals(Limits.MESSAGE_TEXT, Html.visibleLength(message.html()));
      assertTrue(message.html().endsWith("a…"));
    }

    @Test
    void cutInsideStylesClosesEveryTag() {
      FormattedMessage message = render("*bold _italic " + "x".repeat(5000) + "_ tail* more", ada());

      assertTrue(message.truncated());
      assertTrue(message.html().endsWith("x…</i></b>"), message.html().substring(message.html().length() - 20));
      assertEquals(Limits.MESSAGE_TEXT, Html.visibleLength(message.html()));
    }

    @Test
    void cutNeverSplitsAnEmoji() {
      FormattedMessage message = render("🔥".repeat(3000), ada());

      String text = Html.visibleText(message.html());
      assertTrue(message.truncated());
      assertTrue(text.length() <= Limits.MESSAGE_TEXT);
      assertEquals(text.length(), text.codePoints().map(Character::charCount).sum());
      assertFalse(Character.isHighSurrogate(text.charAt(text.length() - 2)) && text.charAt(text.length() - 1) == '…');
    }

    @Test
    void escapedCharactersCountOnceNotAsTheirEntities() {
      FormattedMessage message = render("<".repeat(Limits.MESSAGE_TEXT), ada());

      assertFalse(message.truncated());
      assertEquals("&lt;".repeat(Limits.MESSAGE_TEXT), message.html());
    }

    @Test
    void markupDoesNotCountTowardsTheLimit() {
      String source = "*" + "b".repeat(Limits.MESSAGE_TEXT) + "*\n[Site](buttonurl://example.com)";

      FormattedMessage message = render(source, ada());

      assertFalse(message.truncated());
      assertEquals(Limits.MESSAGE_TEXT, message.visibleLength());
    }

    @Test
    void longNameFillingPushingPastTheLimitIsCutNotRefused() {
      String longName = "N".repeat(64);
      FormattedMessage message = render("x".repeat(4090) + " {mention}", named(longName));

      assertTrue(message.truncated());
      assertEquals(Limits.MESSAGE_TEXT, Html.visibleLength(message.html()));
      assertTrue(message.html().endsWith("NNNN…</a>"));
    }

    @Test
    void captionsUseTheirOwnLimit() {
      FormattedMessage message = MessageFormatter.render("c".repeat(2000), ButtonGrid.empty(), ada(), UNUSED, Limits.CAPTION);

      assertTrue(message.truncated());
      assertEquals(Limits.CAPTION, message.visibleLength());
    }

    @Test
    void limitMustBePositive() {
      assertThrows(IllegalArgumentException.class,
          () -> MessageFormatter.render("x", ButtonGrid.empty(), ada(), UNUSED, 0));
    }

    @Test
    void measureReportsTheLongestVariantWithFillingsAsTyped() {
      LengthCheck check = MessageFormatter.measure("*short* {first}\n%%%\n" + "y".repeat(100) + " {mention}", Limits.MESSAGE_TEXT);

      assertEquals(100 + " {mention}".length(), check.visibleLength());
      assertTrue(check.fits());
    }

    @Test
    void measureIgnoresButtonsAndDirectives() {
      LengthCheck check = MessageFormatter.measure("abc {rules}\n[Site](buttonurl://example.com)", 10);

      assertEquals(3, check.visibleLength());
    }

    @Test
    void measureTellsTheSaveCommandHowMuchIsTooMuch() {
      LengthCheck check = MessageFormatter.measure("z".repeat(Limits.MESSAGE_TEXT + 1), Limits.MESSAGE_TEXT);

      assertFalse(check.fits());
      assertEquals(1, check.excess());
    }

    @Test
    void pathologicalInputRendersQuickly() {
      String source = "*a _b [c ||d `e ~f __g ".repeat(700) + "[x](" + "(".repeat(2000);

      assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
        FormattedMessage message = MessageFormatter.render(source, ada(), UNUSED);
        assertValidTelegramHtml(message.html());
      });
    }
  }

  @Test
  void hostileSourcesAndNamesAlwaysGiveValidHtmlAndSafeButtons() {
    Random random = new Random(2024);
    for (int n = 0; n < 5000; n++) {
      String source = MarkdownToHtmlTest.FuzzInput.next(random, 30)
          + (random.nextBoolean() ? "{rules}" : "")
          + (random.nextBoolean() ? "[b](buttonurl://" + MarkdownToHtmlTest.FuzzInput.next(random, 3) + ")" : "");
      FillingContext context = new FillingContext(MarkdownToHtmlTest.FuzzInput.next(random, 5),
          MarkdownToHtmlTest.FuzzInput.next(random, 3), null, UserId.of(5), MarkdownToHtmlTest.FuzzInput.next(random, 5),
          null, RULES_BUTTON);
      FormattedMessage message;
      try {
        message = MessageFormatter.render(source, ButtonGrid.empty(), context, random, 200);
        assertValidTelegramHtml(message.html());
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("source: " + source + " / first name: " + context.firstName(), e);
      }
      assertTrue(message.visibleLength() <= 200);
      message.buttons().buttons().forEach(button -> assertTrue(SafeUrl.isNormalized(button.url()), button.url()));
    }
  }
}

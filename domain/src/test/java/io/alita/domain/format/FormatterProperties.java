package io.alita.domain.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.fuzz.FuzzText;
import io.alita.domain.model.UserId;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzz properties of the Markdown formatter and the send pipeline (docs/decisions/0029): whatever an admin types and
 * whatever users call themselves, no exception escapes and the HTML passes {@link TelegramHtmlSubset}.
 */
class FormatterProperties {

  @Property(seed = FuzzText.SEED)
  void everyMarkdownSourceBecomesValidTelegramHtml(@ForAll("sources") String source) {
    String html = MarkdownToHtml.convert(source);
    assertAccepted(html, source);
  }

  @Property(seed = FuzzText.SEED)
  void escapedTextShowsExactlyWhatWasTyped(@ForAll("sources") String plain) {
    String html = MarkdownToHtml.convert(MarkdownToHtml.escapeMarkdown(plain));
    assertAccepted(html, plain);
    assertEquals(plain, Html.visibleText(html), () -> "escaped " + show(plain));
  }

  @Property(seed = FuzzText.SEED)
  void textWithoutMarkupIsShownAsTyped(@ForAll("plain") String plain) {
    String html = MarkdownToHtml.convert(plain);
    assertAccepted(html, plain);
    assertEquals(plain, Html.visibleText(html));
  }

  @Property(seed = FuzzText.SEED)
  void thePipelineStaysValidAndWithinTheLimitWhateverTheNames(
      @ForAll("sources") String source, @ForAll("contexts") FillingContext context, @ForAll("limits") int limit,
      @ForAll long randomSeed) {
    FormattedMessage message = MessageFormatter.render(source, ButtonGrid.empty(), context, new Random(randomSeed), limit);
    assertAccepted(message.html(), source);
    int visible = Html.visibleLength(message.html());
    assertTrue(visible <= limit, () -> visible + " visible characters over the limit " + limit + " for " + show(source));
    for (UrlButton button : message.buttons().buttons()) {
      assertTrue(SafeUrl.isNormalized(button.url()), button::toString);
    }
    MessageFormatter.measure(source, limit);
  }

  @Property(seed = FuzzText.SEED)
  void aNameIsShownAsTypedNeverAsMarkup(@ForAll("names") String name) {
    FillingContext context = new FillingContext(name, null, null, UserId.of(7), name, 3L, null);
    for (String source : new String[] {"{first}", "*{first}*", "{chatname}", "`{first}`", "[x](http://a.io) {first}"}) {
      FormattedMessage message = MessageFormatter.render(source, context, new Random(1));
      assertAccepted(message.html(), source + " with " + show(name));
      String shown = Html.visibleText(message.html());
      assertTrue(shown.contains(name) || message.truncated(), () -> show(name) + " not shown as typed: " + shown);
    }
  }

  @Provide
  Arbitrary<String> sources() {
    return FuzzText.mixed(40);
  }

  @Provide
  Arbitrary<String> plain() {
    return Arbitraries.strings().withChars("abcXYZ019 \n,.!?-:;'éЖ中").ofMaxLength(60);
  }

  @Provide
  Arbitrary<String> names() {
    return FuzzText.mixed(12).filter(n -> !n.isBlank() && n.strip().equals(n));
  }

  @Provide
  Arbitrary<FillingContext> contexts() {
    Arbitrary<String> text = FuzzText.mixed(10);
    Arbitrary<String> username = Arbitraries.strings().withChars("abc_019").ofMinLength(0).ofMaxLength(12);
    Arbitrary<UrlButton> rules = Arbitraries.of(TestFillingContextFactory.RULES_BUTTON).injectNull(0.5);
    return Combinators.combine(text, text.injectNull(0.3), username.injectNull(0.3), text,
            Arbitraries.longs().between(0, 1_000_000).injectNull(0.3), rules, Arbitraries.longs().between(1, 1L << 40))
        .as((first, last, user, title, count, button, id) -> new FillingContext(first, last, user, UserId.of(id), title,
            count, button));
  }

  @Provide
  Arbitrary<Integer> limits() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Limits.MESSAGE_TEXT)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Limits.CAPTION)),
        net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 40)));
  }

  static void assertAccepted(String html, String input) {
    TelegramHtmlSubset.problem(html).ifPresent(problem -> {
      throw new AssertionError(problem + "\n  from input " + show(input));
    });
  }

  /** The input with invisible characters spelled out, for failure messages. */
  static String show(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints().forEach(cp -> {
      if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || Character.isSurrogate((char) cp) && cp <= 0xFFFF
          || Character.getType(cp) == Character.FORMAT) {
        out.append(String.format("\\u%04X", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.append('"').toString();
  }
}

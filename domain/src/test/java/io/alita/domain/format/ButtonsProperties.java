package io.alita.domain.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.content.StoredContent;
import io.alita.domain.fuzz.FuzzText;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzz properties of stored content and its buttons (docs/decisions/0029): button markup in any text gives only buttons
 * {@link SafeUrl} accepts, and {@code noformat} writes back what saving reads again.
 */
class ButtonsProperties {

  @Property(seed = FuzzText.SEED)
  void anySourceSplitsIntoTextAndSafeButtons(@ForAll("sources") String source) {
    ButtonExtraction extraction = Buttons.extract(source);
    for (UrlButton button : extraction.buttons().buttons()) {
      assertTrue(SafeUrl.isNormalized(button.url()), button::toString);
      assertTrue(!button.text().isBlank(), button::toString);
    }
    for (String rejected : extraction.rejected()) {
      assertTrue(source.contains(rejected), rejected);
    }
    StoredContent content = StoredContent.text(source);
    FormatterProperties.assertAccepted(MarkdownToHtml.convert(content.text()), source);
  }

  @Property(seed = FuzzText.SEED)
  void noformatReadsBackAsTheSameContent(@ForAll("sources") String source) {
    StoredContent saved = StoredContent.text(source);
    StoredContent again = StoredContent.text(saved.noformat());
    assertEquals(saved.text().strip(), again.text(), () -> "noformat: " + saved.noformat());
    assertEquals(encodingsDecoded(saved.buttons()), encodingsDecoded(again.buttons()),
        () -> "noformat: " + saved.noformat());
  }

  @Property(seed = FuzzText.SEED)
  void anyGridWrittenAsMarkupReadsBackAsTheSameGrid(@ForAll("texts") String text, @ForAll("grids") ButtonGrid grid) {
    ButtonExtraction read = Buttons.extract(Buttons.toMarkup(text, grid));
    assertEquals(encodingsDecoded(grid), encodingsDecoded(read.buttons()), () -> Buttons.toMarkup(text, grid));
  }

  /**
   * The grid with the percent-encodings {@code noformat} writes by design decoded (the same addresses): parentheses that
   * do not balance, and the colon of a URL ending in {@code :same}.
   */
  private static ButtonGrid encodingsDecoded(ButtonGrid grid) {
    return new ButtonGrid(grid.rows().stream().map(row -> row.stream()
        .map(b -> new UrlButton(b.text(), b.url().replace("%28", "(").replace("%29", ")").replace("%3A", ":")))
        .toList()).toList());
  }

  @Provide
  Arbitrary<String> sources() {
    Arbitrary<String> button = Combinators.combine(FuzzText.markup(3), Arbitraries.of("buttonurl://", "buttonurl:",
            "BUTTONURL://", "buttonurl:///"), Arbitraries.of("google.com", "https://a.io/x?y=(1)", "tg://resolve?domain=x",
            "javascript:alert(1)", "t.me/x(", "a b.com", ""), Arbitraries.of("", ":same", ":SAME", ":same:same"))
        .as((label, keyword, url, same) -> "[" + label + "](" + keyword + url + same + ")");
    return Combinators.combine(FuzzText.mixed(20), button.list().ofMaxSize(3), Arbitraries.of("", "\n", " "),
            FuzzText.mixed(10))
        .as((before, buttons, separator, after) -> before + String.join(separator, buttons) + after);
  }

  @Provide
  Arbitrary<String> texts() {
    return FuzzText.mixed(20).filter(t -> Buttons.extract(t).buttons().isEmpty());
  }

  @Provide
  Arbitrary<ButtonGrid> grids() {
    Arbitrary<String> labels = FuzzText.validText(12).filter(l -> !l.isBlank() && l.strip().equals(l) && l.indexOf('\n') < 0
        && l.indexOf('\r') < 0);
    Arbitrary<String> urls = Arbitraries.of("https://google.com", "https://a.io/x?y=(1)", "https://a.io/)(",
        "tg://resolve?domain=x", "http://x.y/%28", "https://t.me/x(y");
    Arbitrary<UrlButton> buttons = Combinators.combine(labels, urls).as(UrlButton::new);
    return buttons.list().ofMinSize(1).ofMaxSize(3).list().ofMaxSize(3).map(ButtonGrid::new);
  }
}

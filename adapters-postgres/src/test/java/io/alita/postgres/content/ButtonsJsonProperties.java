package io.alita.postgres.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.format.ButtonGrid;
import io.alita.domain.fuzz.FuzzText;
import io.alita.domain.format.UrlButton;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzz properties of the buttons columns' JSON (docs/decisions/0029): any grid is written as JSON that reads back as the
 * same grid, and any text read from the column gives a grid or the one documented refusal, never another exception.
 */
class ButtonsJsonProperties {

  @Property(seed = FuzzText.SEED)
  void anyGridReadsBackAsItself(@ForAll("grids") ButtonGrid grid) {
    assertEquals(grid, ButtonsJson.read(ButtonsJson.write(grid)));
  }

  @Property(seed = FuzzText.SEED)
  void anyColumnTextGivesAGridOrTheDocumentedRefusal(@ForAll("json") String json) {
    try {
      ButtonsJson.read(json);
    } catch (IllegalArgumentException refused) {
      // the documented answer for text that is not JSON
    }
  }

  @Provide
  Arbitrary<ButtonGrid> grids() {
    Arbitrary<String> labels = Arbitraries.strings().withCharRange('\u0000', '\uD7FF').ofMinLength(1).ofMaxLength(10)
        .filter(l -> !l.isBlank()).map(String::strip);
    Arbitrary<String> urls = Arbitraries.of("https://google.com", "https://a.io/\"x\"\\", "tg://resolve?domain=x",
        "https://é.example/ü?q=\u00A7");
    return Combinators.combine(labels, urls).as(UrlButton::new)
        .list().ofMinSize(1).ofMaxSize(3).list().ofMaxSize(3).map(ButtonGrid::new);
  }

  @Provide
  Arbitrary<String> json() {
    Arbitrary<String> pieces = Arbitraries.of("[", "]", "{", "}", ",", ":", "\"", "\"name\"", "\"url\"", "\"btn_sameline\"",
        "\"https://a.io\"", "\"x\"", "true", "false", "null", "tru", "1", "-", "1e5", "\\", "\\u", "\\u00e9", "\\uZZZZ",
        "\\u-001", "\\n", "\\x", " ", "\n", "é")
        .list().ofMaxSize(25).map(parts -> String.join("", parts));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, pieces),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMaxLength(30)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just("[" + "[".repeat(40) + "]".repeat(40) + "]")));
  }
}

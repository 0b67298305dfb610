package io.alita.domain.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RandomVariantsTest {

  private static final RandomGenerator UNUSED = () -> {
    throw new AssertionError("a single variant needs no randomness");
  };

  @Test
  void separatorOnItsOwnLine() {
    assertEquals(List.of("Hi {first}!", "Hello {first}!", "Welcome!"),
        RandomVariants.variants("Hi {first}!\n%%%\nHello {first}!\n%%%\nWelcome!"));
  }

  @Test
  void separatorInline() {
    assertEquals(List.of("Hi!", "Hello!", "Hey!"), RandomVariants.variants("Hi! %%% Hello!%%%Hey!"));
  }

  @Test
  void variantsKeepTheirInnerLines() {
    assertEquals(List.of("line 1\nline 2", "other"), RandomVariants.variants("line 1\nline 2\n%%%\nother"));
  }

  @Test
  void emptyVariantsAreIgnored() {
    assertEquals(List.of("a", "b"), RandomVariants.variants("%%%\na\n%%%\n   \n%%%%%%b%%%"));
  }

  @Test
  void sourceWithoutSeparatorIsOneVariant() {
    assertEquals(List.of("just *one*"), RandomVariants.variants("just *one*"));
  }

  @Test
  void blankSourceIsOneEmptyVariant() {
    assertEquals(List.of(""), RandomVariants.variants(""));
    assertEquals(List.of(""), RandomVariants.variants("%%%\n%%%"));
  }

  @Test
  void escapedSeparatorIsNotASeparator() {
    assertEquals(List.of("50\\%%% off", "b"), RandomVariants.variants("50\\%%% off %%% b"));
  }

  @Test
  void escapedSeparatorRendersAsPercentSigns() {
    assertEquals("50%%% off", MessageFormatter.render("50\\%%% off", TestFillingContextFactory.ada(), UNUSED).html());
  }

  @Test
  void singleVariantDoesNotUseTheGenerator() {
    assertEquals("only", RandomVariants.pick("only", UNUSED));
  }

  @Test
  void seededGeneratorPicksReproducibly() {
    String source = "zero %%% one %%% two %%% three";
    Random expected = new Random(1234);
    Random actual = new Random(1234);

    for (int i = 0; i < 20; i++) {
      assertEquals(List.of("zero", "one", "two", "three").get(expected.nextInt(4)), RandomVariants.pick(source, actual));
    }
  }

  @Test
  void everyVariantGetsPicked() {
    Random random = new Random(7);
    Map<String, Integer> counts = new HashMap<>();

    for (int i = 0; i < 3000; i++) {
      counts.merge(RandomVariants.pick("a %%% b %%% c", random), 1, Integer::sum);
    }

    assertEquals(3, counts.size());
    counts.values().forEach(count -> assertTrue(count > 800, () -> "counts " + counts));
  }
}

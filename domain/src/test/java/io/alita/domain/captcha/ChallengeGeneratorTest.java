package io.alita.domain.captcha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Challenges are well formed whatever the generator draws. */
class ChallengeGeneratorTest {

  private static final Pattern SUM = Pattern.compile("(\\d+) ([+−×]) (\\d+)");
  private final ChallengeGenerator generator = new ChallengeGenerator(new Random(7));

  @Test
  void aSumOffersFourDistinctNonNegativeOptionsOneOfThemItsResult() {
    for (int i = 0; i < 500; i++) {
      Challenge c = generator.generate(CaptchaMode.MATH);
      Matcher m = SUM.matcher(c.question());
      assertTrue(m.matches(), c.question());
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      int result = switch (m.group(2)) {
        case "+" -> a + b;
        case "−" -> a - b;
        default -> a * b;
      };
      assertEquals(Integer.toString(result), c.answer());
      assertEquals(4, new HashSet<>(c.options()).size());
      assertTrue(c.options().stream().allMatch(o -> Integer.parseInt(o) >= 0));
      assertTrue(a <= 49 && b <= 49);
    }
  }

  @Test
  void aCodeIsFourCharactersOfTheUnambiguousAlphabet() {
    for (int i = 0; i < 200; i++) {
      Challenge c = generator.generate(CaptchaMode.TEXT);
      assertEquals(c.question(), c.answer());
      assertEquals(4, new HashSet<>(c.options()).size());
      for (String option : c.options()) {
        assertEquals(4, option.length());
        assertTrue(option.chars().allMatch(ch -> ChallengeGenerator.CODE_ALPHABET.indexOf(ch) >= 0), option);
      }
    }
  }

  @Test
  void theAnswerIsNotAlwaysInTheSamePlace() {
    var positions = new HashSet<Integer>();
    for (int i = 0; i < 100; i++) {
      Challenge c = generator.generate(CaptchaMode.MATH);
      positions.add(c.options().indexOf(c.answer()));
    }
    assertEquals(4, positions.size());
  }
}

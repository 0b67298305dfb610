package io.alita.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RulesButtonTextTest {

  @Test
  void surroundingWhiteSpaceIsDropped() {
    assertEquals("Read me", new RulesButtonText("  Read me \n").value());
  }

  @Test
  void lengthCountsCharactersSoAnEmojiIsOne() {
    assertEquals(3, RulesButtonText.length(" 📜ab "));
    assertEquals(30, new RulesButtonText("📜".repeat(30)).value().codePointCount(0, 60));
  }

  @Test
  void blankAndOverLongLabelsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new RulesButtonText("   "));
    assertThrows(IllegalArgumentException.class, () -> new RulesButtonText("x".repeat(31)));
  }

  @Test
  void theDefaultIsTheFormattersDefault() {
    assertEquals("Rules", RulesButtonText.DEFAULT.value());
  }
}

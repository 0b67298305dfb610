package io.alita.domain.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AdminTitleTest {

  @Test
  void sixteenCharactersFitAndSeventeenDoNot() {
    assertTrue(AdminTitle.fits("abcdefghijklmnop"));
    assertFalse(AdminTitle.fits("abcdefghijklmnopq"));
    assertThrows(IllegalArgumentException.class, () -> new AdminTitle("abcdefghijklmnopq"));
  }

  @Test
  void charactersAreCountedAsCodePointsSoEmojiCountOnce() {
    String sixteenEmoji = "😀".repeat(16);
    assertTrue(AdminTitle.fits(sixteenEmoji));
    assertEquals("😀".repeat(16), AdminTitle.truncating("😀".repeat(20)).value());
  }

  @Test
  void truncatingKeepsTheFirstSixteenAndDropsTrailingSpace() {
    assertEquals("Chief Moderator", AdminTitle.truncating("Chief Moderator of everything").value());
  }

  @Test
  void blankTitlesDoNotExist() {
    assertFalse(AdminTitle.fits("   "));
    assertThrows(IllegalArgumentException.class, () -> new AdminTitle(" "));
  }
}

package io.alita.domain.blacklists;

import io.alita.domain.matching.Phrase;
import io.alita.domain.penalty.PenaltyMode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.alita.domain.matching.CaseFold;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Words, actions and lists check themselves. */
class BlacklistValuesTest {

  @Test
  void aTypedWordIsStrippedAndCaseFolded() {
    assertEquals(Optional.of(new BlacklistWord("buy now")), BlacklistWord.parse("  Buy NOW\u00A0").word());
    assertEquals(Optional.of(new BlacklistWord("σοφοσ")), BlacklistWord.parse("ΣΟΦΟς").word());
    assertEquals(Optional.of(new BlacklistWord("nul")), BlacklistWord.parse("n\u0000ul").word());
  }

  @Test
  void aBlankWordIsNone() {
    assertEquals(Optional.of(Phrase.Problem.BLANK), BlacklistWord.parse(" \n ").problem());
    assertEquals(Optional.of(Phrase.Problem.BLANK), BlacklistWord.parse("\u0000").problem());
  }

  @Test
  void aWordHasAtMostTwoHundredCharactersCountingEmojiAsOne() {
    assertEquals(Optional.of(new BlacklistWord("🙂".repeat(200))), BlacklistWord.parse("🙂".repeat(200)).word());
    assertEquals(Optional.of(Phrase.Problem.TOO_LONG), BlacklistWord.parse("a".repeat(201)).problem());
  }

  @Test
  void foldingTwiceChangesNothing() {
    for (String s : List.of("ÄRGER", "İstanbul", "ΣΟΦΟς", "\u212A", "CAFE\u0301", "ǅ", "ẞ", "Ω\u2126")) {
      String once = CaseFold.fold(s);
      assertEquals(once, CaseFold.fold(once), s);
      new BlacklistWord(once);
    }
  }

  @Test
  void aWordMustBeStoredFolded() {
    assertThrows(IllegalArgumentException.class, () -> new BlacklistWord("Spam"));
    assertThrows(IllegalArgumentException.class, () -> new BlacklistWord(" spam"));
    assertThrows(IllegalArgumentException.class, () -> new BlacklistWord(""));
  }

  @Test
  void actionsAreNamedAsTypedInAnyCase() {
    assertEquals(Optional.of(BlacklistAction.punish(PenaltyMode.TMUTE, Duration.ofHours(1))),
        BlacklistAction.of("TMute", Optional.of(Duration.ofHours(1))));
    assertEquals(Optional.of(BlacklistAction.NONE), BlacklistAction.of("none", Optional.empty()));
    assertEquals(Optional.of(BlacklistAction.WARN), BlacklistAction.of("warn", Optional.empty()));
    assertEquals(Optional.empty(), BlacklistAction.of("delete", Optional.empty()));
  }

  @Test
  void aTimedActionNeedsADurationFromThirtySecondsTo366Days() {
    assertThrows(IllegalArgumentException.class, () -> BlacklistAction.of("tban", Optional.empty()));
    assertThrows(IllegalArgumentException.class,
        () -> BlacklistAction.punish(PenaltyMode.TMUTE, Duration.ofSeconds(29)));
    assertThrows(IllegalArgumentException.class,
        () -> BlacklistAction.punish(PenaltyMode.TMUTE, Duration.ofDays(367)));
    assertEquals("tmute 6h", BlacklistAction.punish(PenaltyMode.TMUTE, Duration.ofHours(6)).toString());
  }

  @Test
  void anUntimedActionDropsADuration() {
    assertEquals(BlacklistAction.punish(PenaltyMode.BAN),
        BlacklistAction.of("ban", Optional.of(Duration.ofHours(1))).orElseThrow());
  }

  @Test
  void aChatListsAWordOnceSorted() {
    BlacklistWord b = new BlacklistWord("b");
    BlacklistWord a = new BlacklistWord("a");
    assertEquals(List.of(a, b),
        new ChatBlacklist(BlacklistAction.DEFAULT, List.of(BlacklistEntry.of(b), BlacklistEntry.of(a))).words());
    assertThrows(IllegalArgumentException.class, () -> new ChatBlacklist(BlacklistAction.DEFAULT,
        List.of(BlacklistEntry.of(a), new BlacklistEntry(a, Optional.of(BlacklistAction.DEFAULT)))));
  }
}

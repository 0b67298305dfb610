package io.alita.domain.blacklists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    assertEquals(Optional.of(BlacklistWord.Problem.BLANK), BlacklistWord.parse(" \n ").problem());
    assertEquals(Optional.of(BlacklistWord.Problem.BLANK), BlacklistWord.parse("\u0000").problem());
  }

  @Test
  void aWordHasAtMostTwoHundredCharactersCountingEmojiAsOne() {
    assertEquals(Optional.of(new BlacklistWord("🙂".repeat(200))), BlacklistWord.parse("🙂".repeat(200)).word());
    assertEquals(Optional.of(BlacklistWord.Problem.TOO_LONG), BlacklistWord.parse("a".repeat(201)).problem());
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
    assertEquals(Optional.of(BlacklistAction.Kind.TMUTE), BlacklistAction.Kind.of("TMute"));
    assertEquals(Optional.of(BlacklistAction.Kind.NONE), BlacklistAction.Kind.of("none"));
    assertEquals(Optional.empty(), BlacklistAction.Kind.of("delete"));
  }

  @Test
  void aTimedActionNeedsADurationFromThirtySecondsTo366Days() {
    assertThrows(IllegalArgumentException.class, () -> new BlacklistAction(BlacklistAction.Kind.TBAN, Optional.empty()));
    assertThrows(IllegalArgumentException.class,
        () -> BlacklistAction.timed(BlacklistAction.Kind.TMUTE, Duration.ofSeconds(29)));
    assertThrows(IllegalArgumentException.class,
        () -> BlacklistAction.timed(BlacklistAction.Kind.TMUTE, Duration.ofDays(367)));
    assertEquals("tmute 6h", BlacklistAction.timed(BlacklistAction.Kind.TMUTE, Duration.ofHours(6)).toString());
  }

  @Test
  void anUntimedActionDropsADuration() {
    assertEquals(BlacklistAction.of(BlacklistAction.Kind.BAN),
        new BlacklistAction(BlacklistAction.Kind.BAN, Optional.of(Duration.ofHours(1))));
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

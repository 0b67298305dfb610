package io.alita.domain.antiflood;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.penalty.PenaltyMode;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.testing.CountingCommit;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The antiflood settings use case as the console calls it: the same checks and words as /setflood, /setfloodmode and
 * /delflood (AntifloodModuleTest covers the commands, which now go through it); a refusal commits nothing.
 */
class FloodSettingsChangeTest {

  private static final ChatId CHAT = ChatId.of(-1001234567890L);

  private final InMemoryFloodSettingsStore store = new InMemoryFloodSettingsStore();
  private final FloodSettingsChange change = new FloodSettingsChange(store, Messages.english());
  private final CountingCommit console = new CountingCommit();

  @Test
  void aLimitInRangeIsCommittedAndConfirmed() {
    ChangeOutcome outcome = change.limit(CHAT, "7", console);
    assertTrue(outcome.applied(), outcome.html());
    assertEquals(1, console.commits());
    assertEquals(Optional.of(7), store.settings(CHAT).limit().map(FloodLimit::value));
    assertTrue(outcome.text().startsWith("Antiflood is on: more than 7 messages"), outcome.text());
  }

  @Test
  void offTurnsAntifloodOff() {
    change.limit(CHAT, "5", console);
    ChangeOutcome outcome = change.limit(CHAT, "OFF", console);
    assertTrue(outcome.applied());
    assertEquals(Optional.empty(), store.settings(CHAT).limit());
    assertEquals("Antiflood is off.", outcome.text());
  }

  @Test
  void aLimitOutOfRangeOrMissingIsRefusedAndNothingIsCommitted() {
    for (String typed : new String[] {"2", "101", "lots", "", "  "}) {
      ChangeOutcome outcome = change.limit(CHAT, typed, console);
      assertTrue(outcome.refused(), typed);
    }
    assertEquals(0, console.commits());
    assertEquals(FloodSettings.DEFAULTS, store.settings(CHAT));
    assertEquals("'101' is not a flood limit: give a whole number from 3 to 100, or off.",
        change.limit(CHAT, "101", console).text());
  }

  @Test
  void aTimedModeKeepsItsDuration() {
    ChangeOutcome outcome = change.mode(CHAT, "tmute 6h", console);
    assertTrue(outcome.applied(), outcome.html());
    assertEquals(PenaltyMode.TMUTE, store.settings(CHAT).mode());
    assertEquals(Optional.of(Duration.ofHours(6)), store.settings(CHAT).modeDuration());
    assertEquals("Done: a member who floods will be muted for 6h.", outcome.text());
  }

  @Test
  void anUnknownModeOrABadDurationIsRefused() {
    assertTrue(change.mode(CHAT, "explode", console).refused());
    assertTrue(change.mode(CHAT, "tban", console).refused());
    assertTrue(change.mode(CHAT, "tban 9y9", console).refused());
    assertTrue(change.mode(CHAT, "", console).refused());
    assertEquals(0, console.commits());
    assertEquals(FloodSettings.DEFAULTS, store.settings(CHAT));
  }

  @Test
  void deletingTheWholeFloodIsOnOrOff() {
    assertTrue(change.deleteFlood(CHAT, "on", console).applied());
    assertTrue(store.settings(CHAT).deleteFlood());
    assertTrue(change.deleteFlood(CHAT, "no", console).applied());
    assertEquals(false, store.settings(CHAT).deleteFlood());
    assertTrue(change.deleteFlood(CHAT, "maybe", console).refused());
    assertEquals(2, console.commits());
  }
}

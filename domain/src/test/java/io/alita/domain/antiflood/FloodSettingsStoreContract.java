package io.alita.domain.antiflood;

import io.alita.domain.penalty.PenaltyMode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.alita.domain.model.ChatId;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FloodSettingsStore} does, written once and run against the in-memory fake and the PostgreSQL
 * adapter. A subclass provides an empty store for each test.
 */
public abstract class FloodSettingsStoreContract {

  protected static final ChatId CHAT = ChatId.of(-1001);
  protected static final ChatId OTHER_CHAT = ChatId.of(-1002);

  protected abstract FloodSettingsStore store();

  @Test
  void aChatThatChangedNothingHasAntifloodOffWithMuteAndNoDeletion() {
    assertEquals(new FloodSettings(Optional.empty(), PenaltyMode.MUTE, Optional.empty(), false), store().settings(CHAT));
  }

  @Test
  void changingTheModeOrDeletionAloneNeverSwitchesAntifloodOn() {
    store().setMode(CHAT, PenaltyMode.BAN, Optional.empty());
    store().setDeleteFlood(CHAT, true);

    assertEquals(new FloodSettings(Optional.empty(), PenaltyMode.BAN, Optional.empty(), true), store().settings(CHAT));
  }

  @Test
  void settingTheLimitKeepsModeAndDeletion() {
    store().setMode(CHAT, PenaltyMode.TMUTE, Optional.of(Duration.ofHours(1)));
    store().setDeleteFlood(CHAT, true);
    store().setLimit(CHAT, Optional.of(new FloodLimit(7)));

    assertEquals(new FloodSettings(Optional.of(new FloodLimit(7)), PenaltyMode.TMUTE, Optional.of(Duration.ofHours(1)),
        true), store().settings(CHAT));
  }

  @Test
  void turningItOffKeepsTheRest() {
    store().setLimit(CHAT, Optional.of(new FloodLimit(100)));
    store().setMode(CHAT, PenaltyMode.KICK, Optional.empty());
    store().setLimit(CHAT, Optional.empty());

    assertEquals(new FloodSettings(Optional.empty(), PenaltyMode.KICK, Optional.empty(), false), store().settings(CHAT));
  }

  @Test
  void anUntimedModeDropsTheDurationOfATimedOne() {
    store().setMode(CHAT, PenaltyMode.TBAN, Optional.of(Duration.ofDays(2)));
    store().setMode(CHAT, PenaltyMode.MUTE, Optional.of(Duration.ofDays(2)));

    assertEquals(Optional.empty(), store().settings(CHAT).modeDuration());
    assertEquals(PenaltyMode.MUTE, store().settings(CHAT).mode());
  }

  @Test
  void aTimedModeWithoutADurationIsRefusedAndChangesNothing() {
    store().setMode(CHAT, PenaltyMode.KICK, Optional.empty());

    assertThrows(IllegalArgumentException.class, () -> store().setMode(CHAT, PenaltyMode.TMUTE, Optional.empty()));

    assertEquals(PenaltyMode.KICK, store().settings(CHAT).mode());
  }

  @Test
  void deletionCanBeSwitchedBackOff() {
    store().setDeleteFlood(CHAT, true);
    store().setDeleteFlood(CHAT, false);

    assertEquals(false, store().settings(CHAT).deleteFlood());
  }

  @Test
  void settingsOfOneChatLeaveAnotherAlone() {
    store().setLimit(CHAT, Optional.of(new FloodLimit(3)));

    assertEquals(FloodSettings.DEFAULTS, store().settings(OTHER_CHAT));
  }
}

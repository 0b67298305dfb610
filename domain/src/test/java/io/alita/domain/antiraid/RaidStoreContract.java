package io.alita.domain.antiraid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.alita.domain.model.ChatId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RaidStore} does, written once and run against the in-memory fake and the PostgreSQL adapter.
 * A subclass provides an empty store for each test.
 */
public abstract class RaidStoreContract {

  protected static final ChatId CHAT = ChatId.of(-2001);
  protected static final ChatId OTHER_CHAT = ChatId.of(-2002);
  protected static final Instant UNTIL = Instant.parse("2026-03-04T11:06:07Z");

  protected abstract RaidStore store();

  @Test
  void aChatThatChangedNothingHasSixHoursOneHourNoAutoAndNoRaid() {
    assertEquals(new RaidSettings(Duration.ofHours(6), Duration.ofHours(1), 0, Optional.empty()),
        store().settings(CHAT));
  }

  @Test
  void eachSettingKeepsTheOthers() {
    store().setRaidTime(CHAT, Duration.ofHours(3));
    store().setActionTime(CHAT, Duration.ofMinutes(10));
    store().setAutoThreshold(CHAT, 15);
    store().setActiveUntil(CHAT, Optional.of(UNTIL));

    assertEquals(new RaidSettings(Duration.ofHours(3), Duration.ofMinutes(10), 15, Optional.of(UNTIL)),
        store().settings(CHAT));
  }

  @Test
  void aRaidIsSwitchedOffByClearingItsEnd() {
    store().setActiveUntil(CHAT, Optional.of(UNTIL));
    store().setActiveUntil(CHAT, Optional.empty());

    assertEquals(Optional.empty(), store().settings(CHAT).activeUntil());
  }

  @Test
  void theRaidEndIsKeptToTheSecond() {
    Instant odd = Instant.parse("2026-12-31T23:59:59Z");
    store().setActiveUntil(CHAT, Optional.of(odd));

    assertEquals(Optional.of(odd), store().settings(CHAT).activeUntil());
  }

  @Test
  void durationsOutsideOneSecondToAYearAndAThresholdBelowZeroAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> store().setRaidTime(CHAT, Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> store().setActionTime(CHAT, Duration.ofDays(367)));
    assertThrows(IllegalArgumentException.class, () -> store().setAutoThreshold(CHAT, -1));

    assertEquals(RaidSettings.DEFAULTS, store().settings(CHAT));
  }

  @Test
  void settingsOfOneChatLeaveAnotherAlone() {
    store().setActiveUntil(CHAT, Optional.of(UNTIL));

    assertEquals(RaidSettings.DEFAULTS, store().settings(OTHER_CHAT));
  }
}

package io.alita.domain.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.model.ChatId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link BackupCooldowns} must do; run against the in-memory fake and PostgreSQL. */
public abstract class BackupCooldownsContract {

  protected static final Instant NOW = Instant.parse("2026-12-09T10:00:00Z");
  private static final ChatId CHAT = ChatId.of(-1001234567890L);
  private static final ChatId OTHER = ChatId.of(-1009876543210L);

  protected abstract BackupCooldowns cooldowns();

  @Test
  void aCommandNeverUsedHasNoCooldown() {
    assertEquals(Optional.empty(), cooldowns().until(CHAT, BackupCooldowns.Kind.EXPORT));
  }

  @Test
  void aRestIsKeptPerChatAndCommand() {
    cooldowns().restUntil(CHAT, BackupCooldowns.Kind.IMPORT, NOW.plusSeconds(600));

    assertEquals(Optional.of(NOW.plusSeconds(600)), cooldowns().until(CHAT, BackupCooldowns.Kind.IMPORT));
    assertEquals(Optional.empty(), cooldowns().until(CHAT, BackupCooldowns.Kind.EXPORT));
    assertEquals(Optional.empty(), cooldowns().until(OTHER, BackupCooldowns.Kind.IMPORT));
  }

  @Test
  void aLaterRestReplacesTheEarlierOne() {
    cooldowns().restUntil(CHAT, BackupCooldowns.Kind.RESET, NOW.plusSeconds(3600));
    cooldowns().restUntil(CHAT, BackupCooldowns.Kind.RESET, NOW.plusSeconds(7200));

    assertEquals(Optional.of(NOW.plusSeconds(7200)), cooldowns().until(CHAT, BackupCooldowns.Kind.RESET));
  }

  @Test
  void theLengthsAreTheOriginals() {
    assertEquals(300, BackupCooldowns.Kind.EXPORT.length().toSeconds());
    assertEquals(600, BackupCooldowns.Kind.IMPORT.length().toSeconds());
    assertEquals(3600, BackupCooldowns.Kind.RESET.length().toSeconds());
  }
}

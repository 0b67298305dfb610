package io.alita.postgres.cooldowns;

import io.alita.domain.backup.BackupCooldowns;
import io.alita.domain.model.ChatId;
import io.alita.postgres.mybatis.Sessions;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link BackupCooldowns} on PostgreSQL through {@link BackupCooldownMapper}: one row per chat and command, one
 * statement per call, joining the event's transaction when called inside one (so a cooldown is used exactly when the
 * command's event commits).
 */
public final class MyBatisBackupCooldowns implements BackupCooldowns {

  private final Sessions sessions;

  /** @param sessions over a factory with {@link BackupCooldownMapper} registered */
  public MyBatisBackupCooldowns(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public Optional<Instant> until(ChatId chat, Kind kind) {
    Objects.requireNonNull(chat, "chat");
    OffsetDateTime until = sessions.with(BackupCooldownMapper.class, m -> m.until(chat.value(), name(kind)));
    return Optional.ofNullable(until).map(OffsetDateTime::toInstant);
  }

  @Override
  public void restUntil(ChatId chat, Kind kind, Instant until) {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(until, "until");
    sessions.with(BackupCooldownMapper.class,
        m -> m.restUntil(chat.value(), name(kind), until.atOffset(ZoneOffset.UTC)));
  }

  private static String name(Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}

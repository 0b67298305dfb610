package io.alita.postgres.antiraid;

import io.alita.domain.antiraid.RaidSettings;
import io.alita.domain.antiraid.RaidStore;
import io.alita.domain.model.ChatId;
import io.alita.postgres.mybatis.Sessions;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link RaidStore} on PostgreSQL through {@link RaidMapper}. The raid's end is a column of the settings row, so it
 * outlives a restart. Each call is one transaction of its own, or part of the event's transaction when called inside
 * a {@link io.alita.domain.dispatch.UnitOfWork#write}. Writes first insert the bare {@code chats} row the
 * foreign key needs. Values are checked here, so a bad one never reaches the database's CHECKs as an SQL error.
 */
public final class MyBatisRaidStore implements RaidStore {

  private final Sessions sessions;

  /** @param sessions over a factory with {@link RaidMapper} registered */
  public MyBatisRaidStore(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public RaidSettings settings(ChatId chat) {
    RaidMapper.SettingsRow row = sessions.with(RaidMapper.class, m -> m.settings(chat.value()));
    if (row == null) {
      return RaidSettings.DEFAULTS;
    }
    return new RaidSettings(Duration.ofSeconds(row.raidTimeSeconds()), Duration.ofSeconds(row.actionTimeSeconds()),
        row.autoThreshold(), Optional.ofNullable(row.activeUntil()).map(OffsetDateTime::toInstant));
  }

  @Override
  public void setRaidTime(ChatId chat, Duration raidTime) {
    RaidSettings.DEFAULTS.withRaidTime(raidTime);
    write(chat, m -> m.setRaidTime(chat.value(), Math.toIntExact(raidTime.getSeconds())));
  }

  @Override
  public void setActionTime(ChatId chat, Duration actionTime) {
    RaidSettings.DEFAULTS.withActionTime(actionTime);
    write(chat, m -> m.setActionTime(chat.value(), Math.toIntExact(actionTime.getSeconds())));
  }

  @Override
  public void setAutoThreshold(ChatId chat, int joins) {
    RaidSettings.DEFAULTS.withAutoThreshold(joins);
    write(chat, m -> m.setAutoThreshold(chat.value(), joins));
  }

  @Override
  public void setActiveUntil(ChatId chat, Optional<Instant> until) {
    OffsetDateTime value = until.map(u -> u.atOffset(ZoneOffset.UTC)).orElse(null);
    write(chat, m -> m.setActiveUntil(chat.value(), value));
  }

  private void write(ChatId chat, Function<RaidMapper, Integer> work) {
    sessions.inTransaction(() -> sessions.with(RaidMapper.class, m -> {
      m.ensureChat(chat.value());
      return work.apply(m);
    }));
  }
}

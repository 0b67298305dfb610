package io.alita.postgres.antiflood;

import io.alita.domain.penalty.PenaltyMode;

import io.alita.domain.antiflood.FloodLimit;
import io.alita.domain.antiflood.FloodSettings;
import io.alita.domain.antiflood.FloodSettingsStore;
import io.alita.domain.model.ChatId;
import io.alita.postgres.mybatis.Sessions;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link FloodSettingsStore} on PostgreSQL through {@link FloodSettingsMapper}. Each call is one transaction of its
 * own, or part of the event's transaction when called inside
 * a {@link io.alita.domain.dispatch.UnitOfWork#write}. Writes first insert the bare {@code chats} row the
 * foreign key needs; a new settings row takes the column defaults (limit 0 = off), so setting the mode or deletion
 * never switches antiflood on.
 */
public final class MyBatisFloodSettingsStore implements FloodSettingsStore {

  private final Sessions sessions;

  /** @param sessions over a factory with {@link FloodSettingsMapper} registered */
  public MyBatisFloodSettingsStore(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public FloodSettings settings(ChatId chat) {
    FloodSettingsMapper.SettingsRow row = sessions.with(FloodSettingsMapper.class, m -> m.settings(chat.value()));
    if (row == null) {
      return FloodSettings.DEFAULTS;
    }
    PenaltyMode mode = PenaltyMode.of(row.action()).orElseThrow(
        () -> new IllegalStateException("antiflood_settings of chat " + chat + " has action " + row.action()));
    Optional<FloodLimit> limit = row.floodLimit() == 0 ? Optional.empty() : Optional.of(new FloodLimit(row.floodLimit()));
    return new FloodSettings(limit, mode, Optional.ofNullable(row.actionSeconds()).map(Duration::ofSeconds),
        row.deleteFlood());
  }

  @Override
  public void setLimit(ChatId chat, Optional<FloodLimit> limit) {
    int value = limit.map(FloodLimit::value).orElse(0);
    write(chat, m -> m.setLimit(chat.value(), value));
  }

  @Override
  public void setMode(ChatId chat, PenaltyMode mode, Optional<Duration> duration) {
    // validated here, so a bad pair never reaches the database's CHECK as an SQL error
    FloodSettings checked = FloodSettings.DEFAULTS.withMode(mode, duration);
    Integer seconds = checked.modeDuration().map(d -> Math.toIntExact(d.getSeconds())).orElse(null);
    write(chat, m -> m.setMode(chat.value(), mode.word(), seconds));
  }

  @Override
  public void setDeleteFlood(ChatId chat, boolean delete) {
    write(chat, m -> m.setDeleteFlood(chat.value(), delete));
  }

  private void write(ChatId chat, Function<FloodSettingsMapper, Integer> work) {
    sessions.inTransaction(() -> sessions.with(FloodSettingsMapper.class, m -> {
      m.ensureChat(chat.value());
      return work.apply(m);
    }));
  }
}

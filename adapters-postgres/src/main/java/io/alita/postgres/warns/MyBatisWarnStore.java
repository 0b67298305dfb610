package io.alita.postgres.warns;

import io.alita.domain.penalty.PenaltyMode;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.warns.WarnCount;
import io.alita.domain.warns.WarnLimit;
import io.alita.domain.warns.WarnReason;
import io.alita.domain.warns.WarnSettings;
import io.alita.domain.warns.WarnStore;
import io.alita.domain.warns.WarnedMember;
import io.alita.domain.warns.WarnedMembers;
import io.alita.postgres.mybatis.Sessions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link WarnStore} and {@link WarnedMembers} on PostgreSQL through {@link WarnMapper}. Each call is one transaction of its own, or part of the
 * event's transaction when called inside a {@link io.alita.domain.dispatch.UnitOfWork#write}. Writes first
 * insert the bare {@code chats} (and {@code users}) rows the foreign keys need, leaving existing rows untouched.
 */
public final class MyBatisWarnStore implements WarnStore, WarnedMembers {

  private final Sessions sessions;

  /** @param sessions over a factory with {@link WarnMapper} registered */
  public MyBatisWarnStore(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public WarnSettings settings(ChatId chat) {
    WarnMapper.SettingsRow row = sessions.with(WarnMapper.class, m -> m.settings(chat.value()));
    if (row == null) {
      return WarnSettings.DEFAULTS;
    }
    PenaltyMode mode = PenaltyMode.of(row.warnMode())
        .orElseThrow(() -> new IllegalStateException("warns_settings of chat " + chat + " has mode " + row.warnMode()));
    Optional<Duration> duration = Optional.ofNullable(row.warnModeSeconds()).map(Duration::ofSeconds);
    return new WarnSettings(new WarnLimit(row.warnLimit()), mode, duration);
  }

  @Override
  public void setLimit(ChatId chat, WarnLimit limit) {
    inTransaction(m -> {
      m.ensureChat(chat.value());
      return m.setLimit(chat.value(), limit.value());
    });
  }

  @Override
  public void setMode(ChatId chat, PenaltyMode mode, Optional<Duration> duration) {
    // validated here, so a bad pair never reaches the database's CHECK as an SQL error
    WarnSettings checked = WarnSettings.DEFAULTS.withMode(mode, duration);
    Integer seconds = checked.modeDuration().map(d -> Math.toIntExact(d.getSeconds())).orElse(null);
    inTransaction(m -> {
      m.ensureChat(chat.value());
      return m.setMode(chat.value(), mode.word(), seconds);
    });
  }

  @Override
  public WarnCount addWarn(ChatId chat, UserId user, WarnReason reason) {
    return count(inTransaction(m -> {
      m.ensureChat(chat.value());
      m.ensureUser(user.value());
      return m.addWarn(chat.value(), user.value(), reason.text());
    }));
  }

  @Override
  public Optional<WarnCount> removeLatest(ChatId chat, UserId user) {
    return Optional.ofNullable(inTransaction(m -> m.removeLatest(chat.value(), user.value())))
        .map(MyBatisWarnStore::count);
  }

  @Override
  public boolean reset(ChatId chat, UserId user) {
    return inTransaction(m -> m.reset(chat.value(), user.value())) > 0;
  }

  @Override
  public int resetAll(ChatId chat) {
    return inTransaction(m -> m.resetAll(chat.value()));
  }

  @Override
  public WarnCount warnsOf(ChatId chat, UserId user) {
    WarnMapper.WarnsRow row = sessions.with(WarnMapper.class, m -> m.warnsOf(chat.value(), user.value()));
    return row == null ? WarnCount.NONE : count(row);
  }

  @Override
  public List<WarnedMember> warnedIn(ChatId chat) {
    return sessions.with(WarnMapper.class, m -> m.warnedIn(chat.value())).stream()
        .map(r -> new WarnedMember(UserId.of(r.userId()), Optional.ofNullable(r.name()).filter(n -> !n.isBlank()),
            Optional.ofNullable(r.username()).filter(n -> !n.isBlank()),
            count(new WarnMapper.WarnsRow(r.numWarns(), r.reasons()))))
        .toList();
  }

  private <T> T inTransaction(Function<WarnMapper, T> work) {
    return sessions.inTransaction(() -> sessions.with(WarnMapper.class, work));
  }

  private static WarnCount count(WarnMapper.WarnsRow row) {
    return new WarnCount(row.numWarns(), row.reasons() == null ? List.of() : Arrays.asList(row.reasons()));
  }
}

package io.alita.postgres.reports;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.reports.ReportSettings;
import io.alita.domain.reports.ReportStore;
import io.alita.postgres.mybatis.Sessions;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link ReportStore} on PostgreSQL through {@link ReportMapper}. Each call is one transaction of its own, or part of
 * the event's transaction when called inside a {@link io.alita.domain.dispatch.UnitOfWork#write}.
 */
public final class MyBatisReportStore implements ReportStore {

  private final Sessions sessions;

  /** @param sessions over a factory with {@link ReportMapper} registered */
  public MyBatisReportStore(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public ReportSettings chat(ChatId chat) {
    return sessions.with(ReportMapper.class, m -> {
      Boolean enabled = m.chatEnabled(chat.value());
      if (enabled == null) {
        return ReportSettings.DEFAULT;
      }
      return new ReportSettings(enabled, m.blocked(chat.value()).stream().map(UserId::of)
          .collect(Collectors.toSet()));
    });
  }

  @Override
  public void setChatEnabled(ChatId chat, boolean enabled) {
    sessions.inTransaction(() -> sessions.with(ReportMapper.class, m -> {
      m.ensureChat(chat.value());
      return m.setChatEnabled(chat.value(), enabled);
    }));
  }

  @Override
  public void block(ChatId chat, UserId user) {
    sessions.inTransaction(() -> sessions.with(ReportMapper.class, m -> {
      m.ensureChat(chat.value());
      return m.block(chat.value(), user.value());
    }));
  }

  @Override
  public void unblock(ChatId chat, UserId user) {
    sessions.with(ReportMapper.class, m -> m.unblock(chat.value(), user.value()));
  }

  @Override
  public boolean userEnabled(UserId user) {
    Boolean enabled = sessions.with(ReportMapper.class, m -> m.userEnabled(user.value()));
    return enabled == null || enabled;
  }

  @Override
  public void setUserEnabled(UserId user, boolean enabled) {
    sessions.inTransaction(() -> sessions.with(ReportMapper.class, m -> {
      m.ensureUser(user.value());
      return m.setUserEnabled(user.value(), enabled);
    }));
  }

  @Override
  public Set<UserId> optedOut(Collection<UserId> users) {
    if (users.isEmpty()) {
      return Set.of();
    }
    List<Long> ids = users.stream().map(UserId::value).distinct().sorted().toList();
    return sessions.with(ReportMapper.class, m -> m.optedOut(ids)).stream().map(UserId::of)
        .collect(Collectors.toSet());
  }
}

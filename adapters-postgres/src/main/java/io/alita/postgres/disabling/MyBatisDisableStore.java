package io.alita.postgres.disabling;

import io.alita.domain.disabling.DisableStore;
import io.alita.domain.disabling.DisabledCommands;
import io.alita.domain.model.ChatId;
import io.alita.postgres.mybatis.Sessions;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@link DisableStore} on PostgreSQL through {@link DisableMapper}. Each call is one transaction of its own, or part of
 * the event's transaction when called inside a {@link io.alita.domain.dispatch.UnitOfWork#write}.
 */
public final class MyBatisDisableStore implements DisableStore {

  private final Sessions sessions;

  /** @param sessions over a factory with {@link DisableMapper} registered */
  public MyBatisDisableStore(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public DisabledCommands find(ChatId chat) {
    return sessions.with(DisableMapper.class, m -> {
      Boolean delete = m.deleteCommands(chat.value());
      return new DisabledCommands(Set.copyOf(m.disabled(chat.value())), delete != null && delete);
    });
  }

  @Override
  public void disable(ChatId chat, Set<String> commands) {
    if (commands.isEmpty()) {
      return;
    }
    List<String> sorted = commands.stream().sorted().toList();
    sessions.inTransaction(() -> sessions.with(DisableMapper.class, m -> {
      m.ensureChat(chat.value());
      return m.disable(chat.value(), sorted);
    }));
  }

  @Override
  public void enable(ChatId chat, Set<String> commands) {
    if (commands.isEmpty()) {
      return;
    }
    List<String> sorted = commands.stream().sorted().toList();
    sessions.with(DisableMapper.class, m -> m.enable(chat.value(), sorted));
  }

  @Override
  public void setDeleteCommands(ChatId chat, boolean delete) {
    sessions.inTransaction(() -> sessions.with(DisableMapper.class, m -> {
      m.ensureChat(chat.value());
      return m.setDeleteCommands(chat.value(), delete);
    }));
  }
}

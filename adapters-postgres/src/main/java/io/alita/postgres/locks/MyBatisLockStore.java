package io.alita.postgres.locks;

import io.alita.domain.locks.LockStore;
import io.alita.domain.locks.LockType;
import io.alita.domain.model.ChatId;
import io.alita.postgres.mybatis.Sessions;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@link LockStore} on PostgreSQL through {@link LockMapper}: one {@code locks} row per chat and type, as the original
 * bot kept them. Each call is one transaction of its own, or part of the event's transaction when called inside
 * a {@link io.alita.domain.dispatch.UnitOfWork#write}.
 */
public final class MyBatisLockStore implements LockStore {

  private final Sessions sessions;

  /** @param sessions over a factory with {@link LockMapper} registered */
  public MyBatisLockStore(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public Set<LockType> locked(ChatId chat) {
    List<String> words = sessions.with(LockMapper.class, m -> m.locked(chat.value()));
    Set<LockType> types = EnumSet.noneOf(LockType.class);
    for (String word : words) {
      // the CHECK on lock_type admits only the 22 words, so an unknown one means the schema and code disagree
      types.add(LockType.of(word).orElseThrow(
          () -> new IllegalStateException("locks of chat " + chat + " hold an unknown type '" + word + "'")));
    }
    return types;
  }

  @Override
  public void set(ChatId chat, Set<LockType> types, boolean locked) {
    if (types.isEmpty()) {
      return;
    }
    List<String> words = types.stream().map(LockType::word).sorted().toList();
    sessions.inTransaction(() -> sessions.with(LockMapper.class, m -> {
      m.ensureChat(chat.value());
      return m.set(chat.value(), words, locked);
    }));
  }
}

package io.alita.postgres.connections;

import io.alita.domain.connections.Connection;
import io.alita.domain.connections.ConnectionsStore;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.postgres.mybatis.Sessions;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ConnectionsStore} on PostgreSQL through {@link ConnectionsMapper}. A connection is one upsert on the user's
 * row ({@code uk_connection_user_id}: one per user), after recording the user and the chat its foreign keys need, in
 * one transaction. Inside {@link Sessions#inTransaction}, or an event's unit of work, all of it joins that transaction.
 */
public final class MyBatisConnectionsStore implements ConnectionsStore {

  private final Sessions sessions;

  /** @param sessions over a factory with {@link ConnectionsMapper} registered */
  public MyBatisConnectionsStore(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public Optional<Connection> find(UserId user) {
    ConnectionsMapper.ConnectionRow row = sessions.with(ConnectionsMapper.class, m -> m.find(user.value()));
    if (row == null) {
      return Optional.empty();
    }
    return chat(row.chatId(), row.chatType(), row.chatName(), row.username())
        .map(group -> new Connection(user, group, row.connected()));
  }

  @Override
  public void connect(SeenUser user, SeenChat group) {
    sessions.inTransaction(() -> sessions.with(ConnectionsMapper.class, m -> {
      m.recordUser(user.id().value(), user.fullName(), user.username());
      recordChat(m, group);
      return m.connect(user.id().value(), group.id().value());
    }));
  }

  @Override
  public void disconnect(UserId user) {
    sessions.with(ConnectionsMapper.class, m -> m.disconnect(user.value()));
  }

  @Override
  public boolean allowsMembers(ChatId group) {
    Boolean allow = sessions.with(ConnectionsMapper.class, m -> m.allowConnect(group.value()));
    return allow != null && allow;
  }

  @Override
  public void setAllowsMembers(SeenChat group, boolean allow) {
    sessions.inTransaction(() -> sessions.with(ConnectionsMapper.class, m -> {
      recordChat(m, group);
      return m.setAllowConnect(group.id().value(), allow);
    }));
  }

  @Override
  public Optional<SeenChat> group(ChatId group) {
    return row(sessions.with(ConnectionsMapper.class, m -> m.chat(group.value())));
  }

  @Override
  public Optional<SeenChat> groupNamed(String username) {
    Objects.requireNonNull(username, "username");
    return row(sessions.with(ConnectionsMapper.class, m -> m.chatNamed(username)));
  }

  private static void recordChat(ConnectionsMapper m, SeenChat group) {
    m.recordChat(group.id().value(), group.kind().name().toLowerCase(Locale.ROOT), group.title(), group.username());
  }

  private static Optional<SeenChat> row(ConnectionsMapper.ChatRow row) {
    return row == null ? Optional.empty() : chat(row.chatId(), row.chatType(), row.chatName(), row.username());
  }

  /** A recorded group; a row whose id and type disagree (never written by this bot) reads as none. */
  private static Optional<SeenChat> chat(long id, String type, String title, String username) {
    try {
      return Optional.of(new SeenChat(ChatId.of(id), ChatKind.valueOf(type.toUpperCase(Locale.ROOT)), title,
          username));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}

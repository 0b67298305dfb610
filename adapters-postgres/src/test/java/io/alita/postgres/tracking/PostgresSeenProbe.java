package io.alita.postgres.tracking;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenStoreProbe;
import io.alita.postgres.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

/** Reads the tracking tables with plain JDBC, apart from the mapper under test. */
final class PostgresSeenProbe implements SeenStoreProbe {

  private interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private final TestDatabase.Coordinates db;

  PostgresSeenProbe(TestDatabase.Coordinates db) {
    this.db = db;
  }

  @Override
  public Optional<StoredUser> user(UserId id) {
    return one("SELECT name, username, updated_at, last_activity FROM users WHERE user_id = ?", id.value(),
        rs -> new StoredUser(rs.getString(1), rs.getString(2), instant(rs, 3), instant(rs, 4)));
  }

  @Override
  public Optional<StoredChat> chat(ChatId id) {
    return one("SELECT chat_type, chat_name, username, updated_at, last_activity FROM chats WHERE chat_id = ?", id.value(),
        rs -> new StoredChat(ChatKind.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)), rs.getString(2), rs.getString(3),
            instant(rs, 4), instant(rs, 5)));
  }

  @Override
  public Optional<StoredChannel> channel(ChatId id) {
    return one("SELECT channel_name, username, updated_at FROM channels WHERE chat_id = ?", id.value(),
        rs -> new StoredChannel(rs.getString(1), rs.getString(2), instant(rs, 3)));
  }

  @Override
  public Optional<Instant> membershipLastSeen(ChatId chat, UserId user) {
    try (Connection c = db.connect();
        PreparedStatement ps = c.prepareStatement("SELECT last_seen FROM chat_users WHERE chat_id = ? AND user_id = ?")) {
      ps.setLong(1, chat.value());
      ps.setLong(2, user.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(instant(rs, 1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of the only row of {@code sql}, as text; empty when there is no row. */
  Optional<String> text(String sql, long id) {
    return one(sql, id, rs -> rs.getString(1));
  }

  private <T> Optional<T> one(String sql, long id, Row<T> row) {
    try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(row.read(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }
}

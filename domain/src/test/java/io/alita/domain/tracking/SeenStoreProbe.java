package io.alita.domain.tracking;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * How {@link SeenStoreContract} reads back what a {@link SeenStore} kept: straight from the tables for the PostgreSQL adapter,
 * from its maps for the in-memory fake. Test-only, so the port carries no reads that only tests would call.
 */
public interface SeenStoreProbe {

  /** A {@code users} row. */
  record StoredUser(String name, String username, Instant updatedAt, Instant lastActivity) {}

  /** A {@code chats} row. */
  record StoredChat(ChatKind kind, String title, String username, Instant updatedAt, Instant lastActivity) {}

  /** A {@code channels} row. */
  record StoredChannel(String title, String username, Instant updatedAt) {}

  Optional<StoredUser> user(UserId id);

  Optional<StoredChat> chat(ChatId id);

  Optional<StoredChannel> channel(ChatId id);

  /** The {@code last_seen} of the membership, empty when there is none. */
  Optional<Instant> membershipLastSeen(ChatId chat, UserId user);
}

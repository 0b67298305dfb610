package io.alita.domain.tracking;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.time.Instant;

/** Users, chats and channels for tracking tests, and a fixed starting time. */
public final class TestSeenFactory {

  /** A whole second, so that every store keeps it exactly (PostgreSQL keeps microseconds). */
  public static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

  private TestSeenFactory() {}

  public static SeenUser user(long id, String firstName, String username) {
    return new SeenUser(UserId.of(id), firstName, null, username, false);
  }

  public static SeenChat supergroup(long id, String title) {
    return new SeenChat(ChatId.of(id), ChatKind.SUPERGROUP, title, null);
  }

  public static SeenChat group(long id, String title) {
    return new SeenChat(ChatId.of(id), ChatKind.GROUP, title, null);
  }

  public static SeenChannel channel(long id, String title, String username) {
    return new SeenChannel(ChatId.of(id), title, username);
  }

  public static Membership member(long chat, long user) {
    return new Membership(ChatId.of(chat), UserId.of(user));
  }

  public static Instant minutes(long minutes) {
    return T0.plusSeconds(60 * minutes);
  }
}

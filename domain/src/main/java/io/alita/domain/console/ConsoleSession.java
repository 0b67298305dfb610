package io.alita.domain.console;

import io.alita.domain.model.ChatId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A signed-in browser.
 *
 * @param chats     for a group admin, the chats Telegram confirmed at login; empty for the other roles, which see all
 *                  chats (owner, team) or none (operator)
 * @param csrfToken the synchronizer token every form of this session carries
 */
public record ConsoleSession(ConsoleUser user, Set<ChatId> chats, String csrfToken, Instant expiresAt) {

  public ConsoleSession {
    Objects.requireNonNull(user, "user");
    chats = Set.copyOf(chats);
    Objects.requireNonNull(csrfToken, "csrfToken");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** True when the session's user may open the chat's pages (a change is checked with Telegram again). */
  public boolean maySee(ChatId chat) {
    return user.role().seesAllChats() || (user.role() == ConsoleRole.GROUP_ADMIN && chats.contains(chat));
  }
}

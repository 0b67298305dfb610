package io.alita.domain.update;

import io.alita.domain.permission.ChatMember;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import java.util.Objects;

/**
 * A member's status changed ({@code chat_member}, or {@code my_chat_member} when the member is the bot itself).
 *
 * @param by who made the change (the member themself for joins and leaves)
 * @param user the member whose status changed
 */
public record MemberChange(SeenChat chat, SeenUser by, SeenUser user, ChatMember before, ChatMember after,
    boolean aboutTheBot) {
  public MemberChange {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /** Someone became, or stopped being, an admin: cached admin lists of the chat are stale. */
  public boolean changesAdmins() {
    return before.isAdmin() != after.isAdmin() || (after.isAdmin() && !before.rights().equals(after.rights()));
  }

  public boolean joined() {
    return !before.isPresent() && after.isPresent();
  }

  public boolean left() {
    return before.isPresent() && !after.isPresent();
  }
}

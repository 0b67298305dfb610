package io.alita.domain.permission;

import io.alita.domain.model.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * One user's membership of one chat.
 *
 * @param rights meaningful for administrators; {@link AdminRights#ALL} for the creator
 * @param isMember for RESTRICTED: whether the user is currently in the chat
 * @param customTitle an administrator's title, if set
 */
public record ChatMember(UserId user, MemberStatus status, AdminRights rights, boolean isMember, boolean isBot,
    Optional<String> customTitle) {

  public ChatMember {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(status, "status");
    rights = status == MemberStatus.CREATOR ? new AdminRights(AdminRights.ALL.rights(), rights.anonymous()) : rights;
    Objects.requireNonNull(customTitle, "customTitle");
  }

  public static ChatMember of(UserId user, MemberStatus status) {
    return new ChatMember(user, status, AdminRights.NONE, status.isPresent(), false, Optional.empty());
  }

  public boolean isAdmin() {
    return status.isAdmin();
  }

  public boolean isCreator() {
    return status == MemberStatus.CREATOR;
  }

  /** In the chat now. */
  public boolean isPresent() {
    return status == MemberStatus.RESTRICTED ? isMember : status.isPresent();
  }

  public boolean can(Right right) {
    return isCreator() || (isAdmin() && rights.has(right));
  }
}

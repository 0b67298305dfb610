package io.alita.domain.permission;

import io.alita.domain.action.ChatPermissions;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One chat's members as Telegram would report them, the same for every chat id asked about. Shared by the module tests
 * (approvals, locks, warns).
 */
public final class FakeChatQueries implements ChatQueries {

  private final Map<UserId, ChatMember> members = new LinkedHashMap<>();

  public void admin(UserId user, MemberStatus status, AdminRights rights) {
    members.put(user, new ChatMember(user, status, rights, true, false, Optional.empty()));
  }

  public void member(UserId user, MemberStatus status) {
    members.put(user, ChatMember.of(user, status));
  }

  public void removeAdmin(UserId user) {
    members.put(user, ChatMember.of(user, MemberStatus.MEMBER));
  }

  @Override
  public List<ChatMember> administrators(ChatId chat) {
    return members.values().stream().filter(ChatMember::isAdmin).toList();
  }

  @Override
  public Optional<ChatMember> member(ChatId chat, UserId user) {
    return Optional.ofNullable(members.get(user));
  }

  @Override
  public Optional<ChatPermissions> defaultPermissions(ChatId chat) {
    return Optional.of(ChatPermissions.MEMBER_DEFAULTS);
  }

  @Override
  public Optional<String> inviteLink(ChatId chat) {
    return Optional.empty();
  }
}

package io.alita.domain.locks;

import io.alita.domain.action.ChatPermissions;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.ChatQueries;
import io.alita.domain.permission.MemberStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One chat's members as Telegram would report them, the same for every chat id asked about. */
final class FakeChatQueries implements ChatQueries {

  private final Map<UserId, ChatMember> members = new LinkedHashMap<>();

  void admin(UserId user, MemberStatus status, AdminRights rights) {
    members.put(user, new ChatMember(user, status, rights, true, false, Optional.empty()));
  }

  void member(UserId user, MemberStatus status) {
    members.put(user, ChatMember.of(user, status));
  }

  void removeAdmin(UserId user) {
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

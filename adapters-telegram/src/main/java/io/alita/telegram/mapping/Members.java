package io.alita.telegram.mapping;

import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.permission.Right;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberAdministrator;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberBanned;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberLeft;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberOwner;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberRestricted;

/** TelegramBots' {@code ChatMember} subtypes as the domain's {@link ChatMember}. */
public final class Members {

  private Members() {}

  /** One membership, from {@code getChatMember}, {@code getChatAdministrators} or a {@code chat_member} update. */
  public static ChatMember member(org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember member) {
    User user = member.getUser();
    UserId id = UserId.of(user.getId());
    boolean isBot = Boolean.TRUE.equals(user.getIsBot());
    if (member instanceof ChatMemberOwner owner) {
      // The domain grants the creator every right itself; only anonymity is Telegram's to tell.
      return new ChatMember(id, MemberStatus.CREATOR, new AdminRights(Set.of(), yes(owner.getIsAnonymous())), true, isBot,
          title(owner.getCustomTitle()));
    }
    if (member instanceof ChatMemberAdministrator admin) {
      return new ChatMember(id, MemberStatus.ADMINISTRATOR, rights(admin), true, isBot, title(admin.getCustomTitle()));
    }
    if (member instanceof ChatMemberRestricted restricted) {
      return new ChatMember(id, MemberStatus.RESTRICTED, AdminRights.NONE, yes(restricted.getIsMember()), isBot,
          Optional.empty());
    }
    if (member instanceof ChatMemberMember) {
      return plain(id, MemberStatus.MEMBER, isBot);
    }
    if (member instanceof ChatMemberLeft) {
      return plain(id, MemberStatus.LEFT, isBot);
    }
    if (member instanceof ChatMemberBanned) {
      return plain(id, MemberStatus.KICKED, isBot);
    }
    // A subtype added by a later library version: its status string still says what it is.
    return plain(id, status(member.getStatus()), isBot);
  }

  /** The rights the domain knows, read from an administrator's flags. */
  public static AdminRights rights(ChatMemberAdministrator admin) {
    EnumSet<Right> rights = EnumSet.noneOf(Right.class);
    grant(rights, Right.DELETE_MESSAGES, admin.getCanDeleteMessages());
    grant(rights, Right.RESTRICT_MEMBERS, admin.getCanRestrictMembers());
    grant(rights, Right.PROMOTE_MEMBERS, admin.getCanPromoteMembers());
    grant(rights, Right.CHANGE_INFO, admin.getCanChangeInfo());
    grant(rights, Right.INVITE_USERS, admin.getCanInviteUsers());
    grant(rights, Right.PIN_MESSAGES, admin.getCanPinMessages());
    return new AdminRights(rights, yes(admin.getIsAnonymous()));
  }

  /** The Bot API status names ({@code creator}, {@code administrator}, {@code member}, {@code restricted}, {@code left}, {@code kicked}). */
  public static MemberStatus status(String status) {
    return switch (status == null ? "" : status.toLowerCase(Locale.ROOT)) {
      case "creator" -> MemberStatus.CREATOR;
      case "administrator" -> MemberStatus.ADMINISTRATOR;
      case "member" -> MemberStatus.MEMBER;
      case "restricted" -> MemberStatus.RESTRICTED;
      case "kicked" -> MemberStatus.KICKED;
      // "left" and anything unknown: treating an unknown status as absent never grants anything.
      default -> MemberStatus.LEFT;
    };
  }

  private static ChatMember plain(UserId id, MemberStatus status, boolean isBot) {
    return new ChatMember(id, status, AdminRights.NONE, status.isPresent(), isBot, Optional.empty());
  }

  private static void grant(Set<Right> rights, Right right, Boolean flag) {
    if (yes(flag)) {
      rights.add(right);
    }
  }

  private static Optional<String> title(String title) {
    return title == null || title.isBlank() ? Optional.empty() : Optional.of(title);
  }

  private static boolean yes(Boolean flag) {
    return Boolean.TRUE.equals(flag);
  }
}

package io.alita.domain.dispatch;

import io.alita.domain.i18n.MessageKey;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.Right;
import io.alita.domain.tracking.ChatKind;
import java.util.Optional;

/** Decides whether a gate holds for a user in a chat; a rule as a plain function of the admin list. */
public final class PermissionCheck {

  public static final MessageKey GROUP_ONLY = MessageKey.of("dispatch.group_only");
  public static final MessageKey PRIVATE_ONLY = MessageKey.of("dispatch.private_only");
  public static final MessageKey USER_NOT_ADMIN = MessageKey.of("dispatch.user_not_admin");
  public static final MessageKey USER_NOT_CREATOR = MessageKey.of("dispatch.user_not_creator");
  public static final MessageKey BOT_NOT_ADMIN = MessageKey.of("dispatch.bot_not_admin");
  public static final MessageKey USER_LACKS_RIGHT = MessageKey.of("dispatch.user_lacks_right");
  public static final MessageKey BOT_LACKS_RIGHT = MessageKey.of("dispatch.bot_lacks_right");
  static final MessageKey RIGHT_DELETE = MessageKey.of("right.delete_messages");
  static final MessageKey RIGHT_RESTRICT = MessageKey.of("right.restrict_members");
  static final MessageKey RIGHT_PROMOTE = MessageKey.of("right.promote_members");
  static final MessageKey RIGHT_INFO = MessageKey.of("right.change_info");
  static final MessageKey RIGHT_INVITE = MessageKey.of("right.invite_users");
  static final MessageKey RIGHT_PIN = MessageKey.of("right.pin_messages");

  /** Why a gate does not hold; {@code silent} for requirements the original ignores without a word (team commands). */
  public record Denial(MessageKey reason, Optional<Right> right, boolean silent) {}

  private final AdminCache admins;
  private final BotIdentity bot;
  private final TeamRoster team;

  public PermissionCheck(AdminCache admins, BotIdentity bot, TeamRoster team) {
    this.admins = admins;
    this.bot = bot;
    this.team = team;
  }

  /**
   * The first requirement of {@code gate} that does not hold, or empty when all do.
   *
   * @param trustedAnonymous the user is an anonymous admin the chat trusts (or who proved themself)
   */
  public Optional<Denial> check(Gate gate, ChatId chat, ChatKind kind, UserId user, boolean trustedAnonymous) {
    for (Requirement r : gate.requirements()) {
      Optional<Denial> d = check(r, chat, kind, user, trustedAnonymous);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private Optional<Denial> check(Requirement r, ChatId chat, ChatKind kind, UserId user, boolean anon) {
    // The stand-in accounts (GroupAnonymousBot, Telegram's 777000 for linked-channel posts) are never targets, but
    // they only act as admins when the anonymous-admin path vouched for them: a channel post auto-forwarded into the
    // group must not run /setrules.
    if (!anon && user.isAnonymousAdminProxy() && (r instanceof Requirement.UserIsAdmin
        || r instanceof Requirement.UserCan || r instanceof Requirement.UserIsCreator)) {
      return deny(USER_NOT_ADMIN);
    }
    if (r instanceof Requirement.InGroup) {
      return kind.hasMembers() ? ok() : deny(GROUP_ONLY);
    }
    if (r instanceof Requirement.InPrivate) {
      return kind == ChatKind.PRIVATE ? ok() : deny(PRIVATE_ONLY);
    }
    if (r instanceof Requirement.UserIsAdmin) {
      return anon || isAdmin(chat, user) ? ok() : deny(USER_NOT_ADMIN);
    }
    if (r instanceof Requirement.UserIsCreator) {
      return admins.admin(chat, user).map(ChatMember::isCreator).orElse(false) ? ok() : deny(USER_NOT_CREATOR);
    }
    if (r instanceof Requirement.BotIsAdmin) {
      return isAdmin(chat, bot.id()) ? ok() : deny(BOT_NOT_ADMIN);
    }
    if (r instanceof Requirement.UserCan u) {
      return anon || can(chat, user, u.right()) ? ok()
          : Optional.of(new Denial(USER_LACKS_RIGHT, Optional.of(u.right()), false));
    }
    if (r instanceof Requirement.BotCan b) {
      return can(chat, bot.id(), b.right()) ? ok()
          : Optional.of(new Denial(BOT_LACKS_RIGHT, Optional.of(b.right()), false));
    }
    Requirement.Team t = (Requirement.Team) r;
    return team.has(user, t.level()) ? ok() : Optional.of(new Denial(USER_NOT_ADMIN, Optional.empty(), true));
  }

  /** Admin in that chat (anonymous-admin stand-ins always are; ids of zero or below never are). */
  public boolean isAdmin(ChatId chat, UserId user) {
    if (user.value() <= 0) {
      return false;
    }
    if (user.isAnonymousAdminProxy()) {
      return true;
    }
    return admins.admin(chat, user).isPresent();
  }

  private boolean can(ChatId chat, UserId user, Right right) {
    return admins.admin(chat, user).map(m -> m.can(right)).orElse(false);
  }

  /** The name of a right for messages ("restrict members"). */
  public static MessageKey rightName(Right right) {
    return switch (right) {
      case DELETE_MESSAGES -> RIGHT_DELETE;
      case RESTRICT_MEMBERS -> RIGHT_RESTRICT;
      case PROMOTE_MEMBERS -> RIGHT_PROMOTE;
      case CHANGE_INFO -> RIGHT_INFO;
      case INVITE_USERS -> RIGHT_INVITE;
      case PIN_MESSAGES -> RIGHT_PIN;
    };
  }

  private static Optional<Denial> ok() {
    return Optional.empty();
  }

  private static Optional<Denial> deny(MessageKey key) {
    return Optional.of(new Denial(key, Optional.empty(), false));
  }
}

package io.alita.app.sandbox;

import io.alita.domain.action.ChatPermissions;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.ChatQueries;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.permission.Right;
import io.alita.domain.sandbox.Persona;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Telegram's answers as the sandbox assumes them, without asking: the bot is an admin with every right, the simulated
 * user is what their persona says, and nobody else is known. Assuming the bot's rights shows what the chat's settings
 * do; whether the bot really holds those rights is for the chat's admins to check.
 */
final class SimulatedChatQueries implements ChatQueries {

  /** What a typical group admin may do: everything but appointing other admins. */
  static final AdminRights USUAL_ADMIN_RIGHTS = AdminRights.of(Right.DELETE_MESSAGES, Right.RESTRICT_MEMBERS,
      Right.CHANGE_INFO, Right.INVITE_USERS, Right.PIN_MESSAGES);

  private final ChatMember bot;
  private final ChatMember user;

  SimulatedChatQueries(UserId bot, UserId user, Persona persona) {
    this.bot = new ChatMember(bot, MemberStatus.ADMINISTRATOR, AdminRights.ALL, true, true, Optional.empty());
    this.user = persona == Persona.ADMIN
        ? new ChatMember(user, MemberStatus.ADMINISTRATOR, USUAL_ADMIN_RIGHTS, true, false, Optional.empty())
        : ChatMember.of(user, MemberStatus.MEMBER);
  }

  @Override
  public List<ChatMember> administrators(ChatId chat) {
    List<ChatMember> admins = new ArrayList<>();
    admins.add(bot);
    if (user.isAdmin()) {
      admins.add(user);
    }
    return admins;
  }

  @Override
  public Optional<ChatMember> member(ChatId chat, UserId id) {
    if (id.equals(bot.user())) {
      return Optional.of(bot);
    }
    return id.equals(user.user()) ? Optional.of(user) : Optional.empty();
  }

  @Override
  public Optional<ChatPermissions> defaultPermissions(ChatId chat) {
    return Optional.empty(); // unknown: the modules fall back to Telegram's defaults, as they do when Telegram refuses
  }

  @Override
  public Optional<String> inviteLink(ChatId chat) {
    return Optional.empty();
  }
}

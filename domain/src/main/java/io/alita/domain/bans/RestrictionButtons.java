package io.alita.domain.bans;

import io.alita.domain.format.Mention;
import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.action.Keyboard;
import io.alita.domain.callback.CallbackData;
import io.alita.domain.callback.CallbackNamespace;
import io.alita.domain.dispatch.ButtonContext;
import io.alita.domain.dispatch.PermissionCheck;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.i18n.TrustedHtml;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.ChatQueries;
import io.alita.domain.permission.Right;
import io.alita.domain.target.Target;
import io.alita.domain.tracking.SeenUser;
import java.util.Optional;

/**
 * The buttons under moderation replies: {@code restrict|v1|a=ban|kick|mute&u=<user>} (from /restrict) and
 * {@code unrestrict|v1|a=unban|unmute&u=<user>} (from /unrestrict and the Unban/Unmute buttons of /ban and /mute), or
 * {@code c=<channel>} for an unban of a channel. The formats are the original's, so buttons it left in chats still work.
 *
 * <p>A press is checked as a command would be: the presser must hold the right to restrict members, and so must the
 * bot; the target must still be someone who may be acted on (they may have been promoted since).
 */
public final class RestrictionButtons {

  static final MessageKey BAN = MessageKey.of("bans.button_ban");
  static final MessageKey KICK = MessageKey.of("bans.button_kick");
  static final MessageKey MUTE = MessageKey.of("bans.button_mute");
  static final MessageKey UNBAN = MessageKey.of("bans.button_unban");
  static final MessageKey UNMUTE = MessageKey.of("bans.button_unmute");
  static final MessageKey PRESSED_BANNED = MessageKey.of("bans.pressed_banned");
  static final MessageKey PRESSED_KICKED = MessageKey.of("bans.pressed_kicked");
  static final MessageKey PRESSED_MUTED = MessageKey.of("bans.pressed_muted");
  static final MessageKey PRESSED_UNBANNED = MessageKey.of("bans.pressed_unbanned");
  static final MessageKey PRESSED_UNMUTED = MessageKey.of("bans.pressed_unmuted");
  static final MessageKey PRESSED_UNBANNED_CHANNEL = MessageKey.of("bans.pressed_unbanned_channel");
  static final MessageKey DONE = MessageKey.of("bans.button_done");
  static final MessageKey INVALID = MessageKey.of("bans.button_invalid");
  static final MessageKey NOW_PROTECTED = MessageKey.of("bans.button_target_protected");

  private static final String ACTION = "a";
  private static final String USER = "u";
  private static final String CHANNEL = "c";

  private final TargetPicker picker;
  private final AdminCache admins;
  private final ChatQueries queries;
  private final BotIdentity bot;

  public RestrictionButtons(TargetPicker picker, AdminCache admins, ChatQueries queries, BotIdentity bot) {
    this.picker = picker;
    this.admins = admins;
    this.queries = queries;
    this.bot = bot;
  }

  /** Ban / Kick / Mute for {@code user}. */
  public static Keyboard restrictKeyboard(Messages messages, UserId user) {
    return Keyboard.row(button(messages, BAN, CallbackNamespace.RESTRICT, "ban", user),
        button(messages, KICK, CallbackNamespace.RESTRICT, "kick", user),
        button(messages, MUTE, CallbackNamespace.RESTRICT, "mute", user));
  }

  /** Unban / Unmute for {@code user}. */
  public static Keyboard unrestrictKeyboard(Messages messages, UserId user) {
    return Keyboard.row(unbanButton(messages, user), unmuteButton(messages, user));
  }

  /** The "Unban" button under a ban. */
  public static Button unbanButton(Messages messages, UserId user) {
    return button(messages, UNBAN, CallbackNamespace.UNRESTRICT, "unban", user);
  }

  /** The "Unban" button under a channel's ban. */
  public static Button unbanButton(Messages messages, ChatId channel) {
    return Button.Callback.of(messages.plain(UNBAN),
        CallbackData.of(CallbackNamespace.UNRESTRICT).with(ACTION, "unban").with(CHANNEL, channel.value()));
  }

  /** The "Unmute" button under a mute. */
  public static Button unmuteButton(Messages messages, UserId user) {
    return button(messages, UNMUTE, CallbackNamespace.UNRESTRICT, "unmute", user);
  }

  private static Button button(Messages messages, MessageKey label, CallbackNamespace ns, String action, UserId user) {
    return Button.Callback.of(messages.plain(label), CallbackData.of(ns).with(ACTION, action).with(USER, user.value()));
  }

  /** Handles a press of a {@code restrict} button. */
  public void onRestrict(ButtonContext ctx) {
    Optional<String> action = ctx.data().field(ACTION);
    Optional<UserId> user = idField(ctx, USER).filter(id -> id > 0).map(UserId::of);
    if (user.isEmpty() || action.isEmpty()) {
      ctx.answer(INVALID, true);
      return;
    }
    if (!mayAct(ctx)) {
      return;
    }
    UserId target = user.get();
    switch (action.get()) {
      case "ban" -> act(ctx, new Target.User(target), new ChatAction.Ban(ctx.chat(), target, Optional.empty()),
          PRESSED_BANNED);
      case "kick" -> act(ctx, new Target.User(target), new ChatAction.Kick(ctx.chat(), target), PRESSED_KICKED);
      case "mute" -> act(ctx, new Target.User(target),
          new ChatAction.Restrict(ctx.chat(), target, ChatPermissions.NOTHING, Optional.empty()), PRESSED_MUTED);
      default -> ctx.answer(INVALID, true);
    }
  }

  /** Handles a press of an {@code unrestrict} button. */
  public void onUnrestrict(ButtonContext ctx) {
    Optional<String> action = ctx.data().field(ACTION);
    Optional<UserId> user = idField(ctx, USER).filter(id -> id > 0).map(UserId::of);
    Optional<ChatId> channel = idField(ctx, CHANNEL).filter(id -> id < 0).map(ChatId::of);
    boolean wellFormed = action.isPresent() && (user.isPresent() != channel.isPresent())
        && (user.isPresent() || action.get().equals("unban"));
    if (!wellFormed) {
      ctx.answer(INVALID, true);
      return;
    }
    if (!mayAct(ctx)) {
      return;
    }
    if (channel.isPresent()) {
      act(ctx, new Target.Channel(channel.get()), new ChatAction.UnbanSenderChat(ctx.chat(), channel.get()),
          PRESSED_UNBANNED_CHANNEL);
      return;
    }
    UserId target = user.get();
    switch (action.get()) {
      case "unban" -> act(ctx, new Target.User(target), new ChatAction.Unban(ctx.chat(), target), PRESSED_UNBANNED);
      case "unmute" -> act(ctx, new Target.User(target), new ChatAction.Restrict(ctx.chat(), target,
          RestoredPermissions.of(queries, ctx.chat()), Optional.empty()), PRESSED_UNMUTED);
      default -> ctx.answer(INVALID, true);
    }
  }

  /** The presser and the bot both hold the right to restrict members; otherwise the press is answered with why. */
  private boolean mayAct(ButtonContext ctx) {
    String right = ctx.messages().plain(PermissionCheck.rightName(Right.RESTRICT_MEMBERS));
    UserId presser = ctx.press().from().id();
    if (!admins.admin(ctx.chat(), presser).map(m -> m.can(Right.RESTRICT_MEMBERS)).orElse(false)) {
      ctx.answer(PermissionCheck.USER_LACKS_RIGHT, true, "right", right);
      return false;
    }
    Optional<ChatMember> self = admins.admin(ctx.chat(), bot.id());
    if (!self.map(m -> m.can(Right.RESTRICT_MEMBERS)).orElse(false)) {
      ctx.answer(PermissionCheck.BOT_LACKS_RIGHT, true, "right", right);
      return false;
    }
    return true;
  }

  private void act(ButtonContext ctx, Target target, ChatAction action, MessageKey done) {
    if (picker.protection(ctx.chat(), target) != TargetPicker.Protection.NONE) {
      ctx.answer(NOW_PROTECTED, true);
      return;
    }
    ctx.act(action);
    SeenUser presser = ctx.press().from();
    TrustedHtml name = target instanceof Target.User u ? picker.mention(u.id())
        : Mention.channel(((Target.Channel) target).id(), null);
    ctx.confirmEdit(ctx.messages().html(done, "user", name, "channel", name, "admin",
        Mention.user(presser.id(), presser.fullName())), Keyboard.NONE);
    ctx.answer(DONE, false);
  }

  private static Optional<Long> idField(ButtonContext ctx, String key) {
    return ctx.data().field(key).flatMap(v -> {
      try {
        return Optional.of(Long.parseLong(v));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    });
  }
}

package io.alita.domain.bans;

import io.alita.domain.format.Mention;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Keyboard;
import io.alita.domain.callback.CallbackNamespace;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.dispatch.Requirement;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.ChatQueries;
import io.alita.domain.permission.Right;
import io.alita.domain.target.Target;
import io.alita.domain.target.UserDirectory;
import io.alita.domain.time.DurationParse;
import io.alita.domain.time.ModerationDuration;
import io.alita.domain.tracking.SeenUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Bans and kicks: /ban, /sban, /dban, /tban, /unban, /kick, /dkick, /kickme, /restrict and /unrestrict, and the buttons
 * under their replies (which also carry out the "Unmute" button of the Mutes module).
 *
 * <p>A ban of a channel (one posting in the group as a sender chat) uses {@code banChatSenderChat}; every other command
 * acts on users only. Nothing here writes to the database: the decisions are actions, carried out by the Telegram
 * adapter, so these commands need no update transaction.
 */
public final class BansModule implements BotModule {

  static final MessageKey BANNED = MessageKey.of("bans.banned");
  static final MessageKey BANNED_CHANNEL = MessageKey.of("bans.banned_channel");
  static final MessageKey TBANNED = MessageKey.of("bans.tbanned");
  static final MessageKey TBAN_USAGE = MessageKey.of("bans.tban_usage");
  static final MessageKey UNBANNED = MessageKey.of("bans.unbanned");
  static final MessageKey UNBANNED_CHANNEL = MessageKey.of("bans.unbanned_channel");
  static final MessageKey KICKED = MessageKey.of("bans.kicked");
  static final MessageKey KICKME = MessageKey.of("bans.kickme");
  static final MessageKey KICKME_ADMIN = MessageKey.of("bans.kickme_admin");
  static final MessageKey RESTRICT_PROMPT = MessageKey.of("bans.restrict_prompt");
  static final MessageKey UNRESTRICT_PROMPT = MessageKey.of("bans.unrestrict_prompt");

  /** /kickme: any member, in a group where the bot may remove members. */
  static final Gate KICKME_GATE = Gate.GROUP.then(new Requirement.BotIsAdmin()).botCan(Right.RESTRICT_MEMBERS);

  private final TargetPicker picker;
  private final RestrictionButtons buttons;
  private final AdminCache admins;
  private final Clock clock;

  /**
   * @param directory finds the holders of {@code @usernames}
   * @param admins the chats' admin lists (targets that are admins are refused)
   * @param queries the chat's default permissions, restored by the Unmute button
   * @param names names for mentions of users given by id
   * @param clock the start of a /tban
   */
  public BansModule(UserDirectory directory, AdminCache admins, ChatQueries queries, BotIdentity bot, UserNames names,
      Clock clock) {
    this.picker = new TargetPicker(directory, admins, bot, names);
    this.buttons = new RestrictionButtons(picker, admins, queries, bot);
    this.admins = admins;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "Bans";
  }

  @Override
  public void register(Registry registry) {
    registry.command(CommandSpec.of("ban", Gate.MODERATE, this::ban).forAnonymousAdmins());
    registry.command(CommandSpec.of("sban", Gate.MODERATE_AND_DELETE, this::silentBan).forAnonymousAdmins());
    registry.command(CommandSpec.of("dban", Gate.MODERATE_AND_DELETE, this::deleteAndBan).forAnonymousAdmins());
    registry.command(CommandSpec.of("tban", Gate.MODERATE, this::temporaryBan).forAnonymousAdmins());
    registry.command(CommandSpec.of("unban", Gate.MODERATE, this::unban).forAnonymousAdmins());
    registry.command(CommandSpec.of("kick", Gate.MODERATE, this::kick));
    registry.command(CommandSpec.of("dkick", Gate.MODERATE_AND_DELETE, this::deleteAndKick));
    registry.command(CommandSpec.of("kickme", KICKME_GATE, this::kickMe));
    registry.command(CommandSpec.of("restrict", Gate.MODERATE, this::restrict).forAnonymousAdmins());
    registry.command(CommandSpec.of("unrestrict", Gate.MODERATE, this::unrestrict).forAnonymousAdmins());
    registry.button(CallbackNamespace.RESTRICT, buttons::onRestrict);
    registry.button(CallbackNamespace.UNRESTRICT, buttons::onUnrestrict);
  }

  private void ban(CommandContext ctx) {
    picker.pick(ctx, TargetPicker.Channels.ACCEPTED).ifPresent(p -> banAndReply(ctx, p));
  }

  private void silentBan(CommandContext ctx) {
    Optional<TargetPicker.Picked> picked = picker.pick(ctx, TargetPicker.Channels.ACCEPTED);
    if (picked.isEmpty()) {
      return;
    }
    ctx.act(ChatAction.Delete.one(ctx.chat(), ctx.message().id()));
    ctx.act(banAction(ctx, picked.get().target()));
  }

  private void deleteAndBan(CommandContext ctx) {
    Optional<TargetPicker.Picked> picked = picker.pickReplied(ctx, TargetPicker.Channels.ACCEPTED);
    if (picked.isEmpty()) {
      return;
    }
    ctx.act(ChatAction.Delete.one(ctx.chat(), ctx.message().replyTo().orElseThrow().id()));
    banAndReply(ctx, picked.get());
  }

  private void banAndReply(CommandContext ctx, TargetPicker.Picked picked) {
    Messages m = ctx.messages();
    ctx.act(banAction(ctx, picked.target()));
    if (picked.target() instanceof Target.Channel c) {
      ctx.confirmHtml(Reasons.append(m, ctx.text(BANNED_CHANNEL, "channel", picked.name()), picked.reason()),
          Keyboard.row(RestrictionButtons.unbanButton(m, c.id())));
      return;
    }
    UserId user = picked.user().orElseThrow();
    ctx.confirmHtml(Reasons.append(m, ctx.text(BANNED, "user", picked.name()), picked.reason()),
        Keyboard.row(RestrictionButtons.unbanButton(m, user)));
  }

  private static ChatAction banAction(CommandContext ctx, Target target) {
    if (target instanceof Target.Channel c) {
      return new ChatAction.BanSenderChat(ctx.chat(), c.id());
    }
    return new ChatAction.Ban(ctx.chat(), ((Target.User) target).id(), Optional.empty());
  }

  private void temporaryBan(CommandContext ctx) {
    // banChatSenderChat takes no end date: a channel can only be banned for good, with /ban.
    Optional<TargetPicker.Picked> picked = picker.pick(ctx, TargetPicker.Channels.REFUSED);
    if (picked.isEmpty()) {
      return;
    }
    DurationParse parse = ModerationDuration.TEMPORARY_ACTION.parse(picked.get().reason());
    if (!(parse instanceof DurationParse.Ok ok)) {
      ctx.replyHtml(DurationReply.problem(ctx.messages(), parse, TBAN_USAGE), Keyboard.NONE);
      return;
    }
    UserId user = picked.get().user().orElseThrow();
    Instant until = clock.instant().plus(ok.duration());
    ctx.act(new ChatAction.Ban(ctx.chat(), user, Optional.of(until)));
    String html = ctx.text(TBANNED, "user", picked.get().name(), "duration", ModerationDuration.format(ok.duration()));
    ctx.confirmHtml(Reasons.append(ctx.messages(), html, ok.remainder()),
        Keyboard.row(RestrictionButtons.unbanButton(ctx.messages(), user)));
  }

  private void unban(CommandContext ctx) {
    Optional<TargetPicker.Picked> picked = picker.pick(ctx, TargetPicker.Channels.ACCEPTED);
    if (picked.isEmpty()) {
      return;
    }
    if (picked.get().target() instanceof Target.Channel c) {
      ctx.act(new ChatAction.UnbanSenderChat(ctx.chat(), c.id()));
      ctx.confirm(UNBANNED_CHANNEL, "channel", picked.get().name());
      return;
    }
    ctx.act(new ChatAction.Unban(ctx.chat(), picked.get().user().orElseThrow()));
    ctx.confirm(UNBANNED, "user", picked.get().name());
  }

  private void kick(CommandContext ctx) {
    picker.pick(ctx, TargetPicker.Channels.REFUSED).ifPresent(p -> kickAndReply(ctx, p));
  }

  private void deleteAndKick(CommandContext ctx) {
    Optional<TargetPicker.Picked> picked = picker.pickReplied(ctx, TargetPicker.Channels.REFUSED);
    if (picked.isEmpty()) {
      return;
    }
    ctx.act(ChatAction.Delete.one(ctx.chat(), ctx.message().replyTo().orElseThrow().id()));
    kickAndReply(ctx, picked.get());
  }

  private void kickAndReply(CommandContext ctx, TargetPicker.Picked picked) {
    ctx.act(new ChatAction.Kick(ctx.chat(), picked.user().orElseThrow()));
    ctx.confirmHtml(Reasons.append(ctx.messages(), ctx.text(KICKED, "user", picked.name()), picked.reason()),
        Keyboard.NONE);
  }

  private void kickMe(CommandContext ctx) {
    SeenUser me = ctx.actor();
    if (me.id().isAnonymousAdminProxy() || admins.admin(ctx.chat(), me.id()).isPresent()) {
      ctx.reply(KICKME_ADMIN);
      return;
    }
    ctx.act(new ChatAction.Kick(ctx.chat(), me.id()));
    ctx.confirmHtml(ctx.text(KICKME, "user", Mention.user(me.id(), me.fullName())), Keyboard.NONE);
  }

  private void restrict(CommandContext ctx) {
    picker.pick(ctx, TargetPicker.Channels.REFUSED).ifPresent(p -> ctx.replyHtml(
        ctx.text(RESTRICT_PROMPT, "user", p.name()),
        RestrictionButtons.restrictKeyboard(ctx.messages(), p.user().orElseThrow())));
  }

  private void unrestrict(CommandContext ctx) {
    picker.pick(ctx, TargetPicker.Channels.REFUSED).ifPresent(p -> ctx.replyHtml(
        ctx.text(UNRESTRICT_PROMPT, "user", p.name()),
        RestrictionButtons.unrestrictKeyboard(ctx.messages(), p.user().orElseThrow())));
  }
}

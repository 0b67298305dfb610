package io.alita.domain.mutes;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.action.Keyboard;
import io.alita.domain.bans.DurationReply;
import io.alita.domain.bans.Reasons;
import io.alita.domain.bans.RestoredPermissions;
import io.alita.domain.bans.RestrictionButtons;
import io.alita.domain.bans.TargetPicker;
import io.alita.domain.bans.UserNames;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.ChatQueries;
import io.alita.domain.target.UserDirectory;
import io.alita.domain.time.DurationParse;
import io.alita.domain.time.ModerationDuration;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Mutes: /mute, /smute, /dmute, /tmute and /unmute. A mute restricts a member to {@link ChatPermissions#NOTHING}; an
 * unmute gives back the chat's default permissions ({@link RestoredPermissions}). Mutes act on users only: a channel
 * posting as a sender chat can only be banned. The "Unmute" button under a mute is handled with the other restriction
 * buttons by the Bans module.
 */
public final class MutesModule implements BotModule {

  static final MessageKey MUTED = MessageKey.of("mutes.muted");
  static final MessageKey TMUTED = MessageKey.of("mutes.tmuted");
  static final MessageKey TMUTE_USAGE = MessageKey.of("mutes.tmute_usage");
  static final MessageKey UNMUTED = MessageKey.of("mutes.unmuted");

  private final TargetPicker picker;
  private final ChatQueries queries;
  private final Clock clock;

  /**
   * @param directory finds the holders of {@code @usernames}
   * @param admins the chats' admin lists (admins are never muted)
   * @param queries the chat's default permissions, restored by /unmute
   * @param names names for mentions of users given by id
   * @param clock the start of a /tmute
   */
  public MutesModule(UserDirectory directory, AdminCache admins, ChatQueries queries, BotIdentity bot, UserNames names,
      Clock clock) {
    this.picker = new TargetPicker(directory, admins, bot, names);
    this.queries = queries;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "Mutes";
  }

  @Override
  public void register(Registry registry) {
    registry.command(CommandSpec.of("mute", Gate.MODERATE, this::mute).forAnonymousAdmins());
    registry.command(CommandSpec.of("smute", Gate.MODERATE_AND_DELETE, this::silentMute).forAnonymousAdmins());
    registry.command(CommandSpec.of("dmute", Gate.MODERATE_AND_DELETE, this::deleteAndMute).forAnonymousAdmins());
    registry.command(CommandSpec.of("tmute", Gate.MODERATE, this::temporaryMute).forAnonymousAdmins());
    registry.command(CommandSpec.of("unmute", Gate.MODERATE, this::unmute).forAnonymousAdmins());
  }

  private void mute(CommandContext ctx) {
    picker.pick(ctx, TargetPicker.Channels.REFUSED).ifPresent(p -> muteAndReply(ctx, p));
  }

  private void silentMute(CommandContext ctx) {
    Optional<TargetPicker.Picked> picked = picker.pick(ctx, TargetPicker.Channels.REFUSED);
    if (picked.isEmpty()) {
      return;
    }
    ctx.act(ChatAction.Delete.one(ctx.chat(), ctx.message().id()));
    ctx.act(muteFor(ctx, picked.get().user().orElseThrow(), Optional.empty()));
  }

  private void deleteAndMute(CommandContext ctx) {
    Optional<TargetPicker.Picked> picked = picker.pickReplied(ctx, TargetPicker.Channels.REFUSED);
    if (picked.isEmpty()) {
      return;
    }
    ctx.act(ChatAction.Delete.one(ctx.chat(), ctx.message().replyTo().orElseThrow().id()));
    muteAndReply(ctx, picked.get());
  }

  private void muteAndReply(CommandContext ctx, TargetPicker.Picked picked) {
    UserId user = picked.user().orElseThrow();
    ctx.act(muteFor(ctx, user, Optional.empty()));
    ctx.confirmHtml(Reasons.append(ctx.messages(), ctx.text(MUTED, "user", picked.name()), picked.reason()),
        Keyboard.row(RestrictionButtons.unmuteButton(ctx.messages(), user)));
  }

  private void temporaryMute(CommandContext ctx) {
    Optional<TargetPicker.Picked> picked = picker.pick(ctx, TargetPicker.Channels.REFUSED);
    if (picked.isEmpty()) {
      return;
    }
    DurationParse parse = ModerationDuration.TEMPORARY_ACTION.parse(picked.get().reason());
    if (!(parse instanceof DurationParse.Ok ok)) {
      ctx.replyHtml(DurationReply.problem(ctx.messages(), parse, TMUTE_USAGE), Keyboard.NONE);
      return;
    }
    UserId user = picked.get().user().orElseThrow();
    Instant until = clock.instant().plus(ok.duration());
    ctx.act(muteFor(ctx, user, Optional.of(until)));
    String html = ctx.text(TMUTED, "user", picked.get().name(), "duration", ModerationDuration.format(ok.duration()));
    ctx.confirmHtml(Reasons.append(ctx.messages(), html, ok.remainder()),
        Keyboard.row(RestrictionButtons.unmuteButton(ctx.messages(), user)));
  }

  private void unmute(CommandContext ctx) {
    Optional<TargetPicker.Picked> picked = picker.pick(ctx, TargetPicker.Channels.REFUSED);
    if (picked.isEmpty()) {
      return;
    }
    ctx.act(new ChatAction.Restrict(ctx.chat(), picked.get().user().orElseThrow(),
        RestoredPermissions.of(queries, ctx.chat()), Optional.empty()));
    ctx.confirm(UNMUTED, "user", picked.get().name());
  }

  private static ChatAction muteFor(CommandContext ctx, UserId user, Optional<Instant> until) {
    return new ChatAction.Restrict(ctx.chat(), user, ChatPermissions.NOTHING, until);
  }
}

package io.alita.domain.antiflood;

import io.alita.domain.penalty.Penalty;
import io.alita.domain.penalty.PenaltyChoice;
import io.alita.domain.penalty.PenaltyMode;

import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.action.Keyboard;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.cache.PerChatCache;
import io.alita.domain.callback.CallbackData;
import io.alita.domain.callback.CallbackNamespace;
import io.alita.domain.command.Words;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.MessageContext;
import io.alita.domain.dispatch.MessageFilter;
import io.alita.domain.dispatch.PermissionCheck;
import io.alita.domain.dispatch.Refusals;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.dispatch.Requirement;
import io.alita.domain.dispatch.Stage;
import io.alita.domain.format.Html;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.i18n.TrustedHtml;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import io.alita.domain.time.DurationParse;
import io.alita.domain.time.ModerationDuration;
import io.alita.domain.tracking.SeenChannel;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.IncomingMessage;
import io.alita.domain.update.MessageKind;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Antiflood: /setflood, /setfloodmode, /delflood, /flood, and the {@link Stage#ANTIFLOOD} filter that counts every
 * group message against the chat's limit ({@link FloodRule}).
 *
 * <p>An ordinary message costs no database query: settings come from a {@link PerChatCache} that the commands
 * invalidate after their change commits, and counting is in memory ({@link FloodTracker}). Whether the sender is
 * exempt (an admin, an approved member) is asked only when they cross the limit, so the admin list is not consulted
 * for every message. Anonymous admins and posts of the linked channel are never counted.
 *
 * <p>On a flood: the flood's messages are deleted (all of them with /delflood on, else the one that crossed the
 * limit), the sender is muted, kicked or banned per the chat's mode (a channel posting in the group is banned as a
 * channel), and the chat is told, with an unmute or unban button for admins (handled by the Bans module's
 * {@code unrestrict} buttons). The message goes no further: later stages (locks, blacklists, filters) need not act
 * on a deleted message.
 */
public final class AntifloodModule implements BotModule {

  static final MessageKey FLOODED = MessageKey.of("antiflood.flooded");
  static final MessageKey ACTION_BAN = MessageKey.of("antiflood.action_ban");
  static final MessageKey ACTION_KICK = MessageKey.of("antiflood.action_kick");
  static final MessageKey ACTION_MUTE = MessageKey.of("antiflood.action_mute");
  static final MessageKey ACTION_TBAN = MessageKey.of("antiflood.action_tban");
  static final MessageKey ACTION_TMUTE = MessageKey.of("antiflood.action_tmute");
  static final MessageKey UNMUTE_BUTTON = MessageKey.of("antiflood.unmute_button");
  static final MessageKey UNBAN_BUTTON = MessageKey.of("antiflood.unban_button");
  static final MessageKey SETTINGS_OFF = MessageKey.of("antiflood.settings_off");
  static final MessageKey SETTINGS_ON = MessageKey.of("antiflood.settings_on");
  static final MessageKey DELETE_ON = MessageKey.of("antiflood.delete_on");
  static final MessageKey DELETE_OFF = MessageKey.of("antiflood.delete_off");
  static final MessageKey LIMIT_USAGE = MessageKey.of("antiflood.limit_usage");
  static final MessageKey LIMIT_INVALID = MessageKey.of("antiflood.limit_invalid");
  static final MessageKey LIMIT_SET = MessageKey.of("antiflood.limit_set");
  static final MessageKey TURNED_OFF = MessageKey.of("antiflood.turned_off");
  static final MessageKey MODE_USAGE = MessageKey.of("antiflood.mode_usage");
  static final MessageKey MODE_INVALID = MessageKey.of("antiflood.mode_invalid");
  static final MessageKey MODE_SET = MessageKey.of("antiflood.mode_set");
  static final MessageKey DELETE_USAGE = MessageKey.of("antiflood.delete_usage");
  static final MessageKey DELETE_SET_ON = MessageKey.of("antiflood.delete_set_on");
  static final MessageKey DELETE_SET_OFF = MessageKey.of("antiflood.delete_set_off");

  private final FloodSettingsStore store;
  private final PermissionCheck permissions;
  private final BiPredicate<ChatId, UserId> approved;
  private final Clock clock;
  private final PerChatCache<FloodSettings> settings;
  private final FloodTracker tracker;

  /**
   * @param admins whose admins are exempt
   * @param bot the bot itself, for the bot-admin check of /setflood
   * @param approved whether a member is approved in a chat (approved members are exempt); asked only when a member
   *     crosses the limit
   * @param clock when a tban or tmute starts, and when idle windows are swept
   */
  public AntifloodModule(FloodSettingsStore store, AdminCache admins, BotIdentity bot,
      BiPredicate<ChatId, UserId> approved, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.permissions = new PermissionCheck(Objects.requireNonNull(admins, "admins"), Objects.requireNonNull(bot, "bot"),
        (user, level) -> false);
    this.approved = Objects.requireNonNull(approved, "approved");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.settings = new PerChatCache<>(store::settings);
    this.tracker = new FloodTracker(clock);
  }

  @Override
  public String name() {
    return "Antiflood";
  }

  @Override
  public void register(Registry registry) {
    registry.command(CommandSpec.of("setflood", Gate.GROUP_ADMIN.then(new Requirement.BotIsAdmin()), this::setLimit).connectable());
    registry.command(CommandSpec.of("setfloodmode", Gate.GROUP_ADMIN, this::setMode).connectable());
    registry.command(CommandSpec.of("delflood", Gate.GROUP_ADMIN, this::setDelete).connectable());
    registry.command(CommandSpec.of("flood", Gate.GROUP, this::show).connectable());
    registry.filter(Stage.ANTIFLOOD, this::check);
    registry.settingsCache(settings);
  }

  /** The in-memory counters, for a scheduled sweep and for tests. */
  public FloodTracker tracker() {
    return tracker;
  }

  // ------------------------------------------------------------------------------------------------ the filter

  private MessageFilter.Verdict check(MessageContext ctx) {
    Messages messages = ctx.messages(); // the group's language
    IncomingMessage message = ctx.message();
    Effects effects = ctx.effects();
    if (!message.isGroup() || message.edited() || message.kind() == MessageKind.SERVICE) {
      return MessageFilter.Verdict.CONTINUE;
    }
    ChatId chat = message.chatId();
    FloodSettings current = settings.get(chat);
    Optional<Flooder> sender = sender(message);
    if (current.limit().isEmpty() || sender.isEmpty()) {
      return MessageFilter.Verdict.CONTINUE;
    }
    FloodDecision decision = tracker.record(chat, sender.get(), current.limit().get(), message.id(), message.date(),
        message.mediaGroupId());
    if (!(decision instanceof FloodDecision.Flood flood) || exempt(chat, sender.get())) {
      return MessageFilter.Verdict.CONTINUE;
    }
    FloodPenalty.deletions(current, chat, flood).forEach(effects::add);
    effects.add(FloodPenalty.against(current, chat, sender.get(), clock.instant()));
    String notice = messages.html(FLOODED, "user", name(message, sender.get()), "action", actionText(messages, current));
    effects.addConfirmation(new ChatAction.Send(OutgoingMessage.to(chat, notice).withKeyboard(keyboard(messages, current,
        sender.get()))), refused -> new ChatAction.Send(OutgoingMessage.to(chat,
            messages.html(Refusals.key(refused.reason())))));
    return MessageFilter.Verdict.STOP;
  }

  /**
   * Who is counted: the channel a message was posted as, or the member who wrote it. Anonymous admins (writing as the
   * group) and the linked channel's automatic forwards (sent as Telegram's 777000) are admins' posts: not counted.
   */
  private static Optional<Flooder> sender(IncomingMessage message) {
    if (message.from().map(u -> u.id().isAnonymousAdminProxy()).orElse(false)) {
      return Optional.empty();
    }
    Optional<SeenChannel> channel = message.senderChat();
    if (channel.isPresent()) {
      return channel.get().id().equals(message.chatId()) ? Optional.empty()
          : Optional.of(new Flooder.Channel(channel.get().id()));
    }
    return message.from().map(u -> new Flooder.Member(u.id()));
  }

  private boolean exempt(ChatId chat, Flooder sender) {
    return sender instanceof Flooder.Member m && (permissions.isAdmin(chat, m.id()) || approved.test(chat, m.id()));
  }

  private static TrustedHtml name(IncomingMessage message, Flooder sender) {
    if (sender instanceof Flooder.Channel channel) {
      String title = message.senderChat().map(SeenChannel::title).orElse(null);
      return TrustedHtml.of(Html.escape(title == null ? channel.id().toString() : title));
    }
    UserId id = ((Flooder.Member) sender).id();
    return io.alita.domain.format.Mention.user(id, message.from().map(SeenUser::fullName));
  }

  /** Unmute under a mute, Unban under a ban, nothing under a kick (the member may simply rejoin). */
  private static Keyboard keyboard(Messages messages, FloodSettings current, Flooder sender) {
    CallbackData unrestrict = CallbackData.of(CallbackNamespace.UNRESTRICT);
    if (sender instanceof Flooder.Channel channel) {
      return Keyboard.row(Button.Callback.of(messages.plain(UNBAN_BUTTON),
          unrestrict.with("a", "unban").with("c", channel.id().value())));
    }
    long user = ((Flooder.Member) sender).id().value();
    return switch (current.mode()) {
      case MUTE, TMUTE -> Keyboard.row(Button.Callback.of(messages.plain(UNMUTE_BUTTON),
          unrestrict.with("a", "unmute").with("u", user)));
      case BAN, TBAN -> Keyboard.row(Button.Callback.of(messages.plain(UNBAN_BUTTON),
          unrestrict.with("a", "unban").with("u", user)));
      case KICK -> Keyboard.NONE;
    };
  }

  /** "muted", "banned for 6h", ...: as HTML for a placeholder. */
  private static TrustedHtml actionText(Messages messages, FloodSettings current) {
    return FloodSettingsChange.actionText(messages, current);
  }

  // ------------------------------------------------------------------------------------------------ commands

  /** /flood: anyone may see the settings. */
  private void show(CommandContext ctx) {
    FloodSettings current = settings.get(ctx.chat());
    if (current.limit().isEmpty()) {
      ctx.reply(SETTINGS_OFF);
      return;
    }
    ctx.reply(SETTINGS_ON, "limit", current.limit().get().value(), "window", ModerationDuration.format(FloodRule.WINDOW),
        "action", actionText(ctx.messages(), current),
        "delete", TrustedHtml.of(ctx.messages().html(current.deleteFlood() ? DELETE_ON : DELETE_OFF)));
  }

  /** /setflood n|off: checked and answered by {@link FloodSettingsChange}, as the console's form is. */
  private void setLimit(CommandContext ctx) {
    ChatId chat = ctx.chat();
    ChangeOutcome outcome = change(ctx).limit(chat, ctx.command().argumentText(), Commit.in(ctx.unitOfWork()));
    if (outcome.applied()) {
      ctx.afterCommit(() -> settings.invalidate(chat));
      ctx.afterCommit(() -> tracker.forgetChat(chat));
    }
    outcome.replyTo(ctx);
  }

  /** /setfloodmode ban|kick|mute|tban &lt;time&gt;|tmute &lt;time&gt;, through {@link FloodSettingsChange}. */
  private void setMode(CommandContext ctx) {
    ChatId chat = ctx.chat();
    ChangeOutcome outcome = change(ctx).mode(chat, ctx.command().argumentText(), Commit.in(ctx.unitOfWork()));
    if (outcome.applied()) {
      ctx.afterCommit(() -> settings.invalidate(chat));
    }
    outcome.replyTo(ctx);
  }

  /** /delflood on|yes|off|no, through {@link FloodSettingsChange}; without an argument, shows the setting. */
  private void setDelete(CommandContext ctx) {
    if (Words.splitFirst(ctx.command().argumentText()).first().isEmpty()) {
      ctx.reply(settings.get(ctx.chat()).deleteFlood() ? DELETE_ON : DELETE_OFF);
      return;
    }
    ChatId chat = ctx.chat();
    ChangeOutcome outcome = change(ctx).deleteFlood(chat, ctx.command().argumentText(), Commit.in(ctx.unitOfWork()));
    if (outcome.applied()) {
      ctx.afterCommit(() -> settings.invalidate(chat));
    }
    outcome.replyTo(ctx);
  }

  private FloodSettingsChange change(CommandContext ctx) {
    return new FloodSettingsChange(store, ctx.messages());
  }
}

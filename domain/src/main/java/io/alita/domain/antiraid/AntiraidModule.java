package io.alita.domain.antiraid;

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
import io.alita.domain.dispatch.ButtonContext;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.MessageContext;
import io.alita.domain.dispatch.MemberContext;
import io.alita.domain.dispatch.MessageFilter;
import io.alita.domain.dispatch.PermissionCheck;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.dispatch.Requirement;
import io.alita.domain.dispatch.Stage;
import io.alita.domain.dispatch.HandlingContext;
import io.alita.domain.dispatch.TimerContext;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import io.alita.domain.i18n.Messages;
import io.alita.domain.i18n.TrustedHtml;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.time.DurationParse;
import io.alita.domain.time.ModerationDuration;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.IncomingMessage;
import io.alita.domain.update.MemberChange;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Anti-raid: /antiraid (status, on, off, or a duration), /raidtime, /raidactiontime, /autoantiraid, the
 * Enable/Disable button ({@code antiraid|v1|a=on|off}), and the join handlers.
 *
 * <p>While a raid is on (its end, stored with the settings, is still ahead), every member who joins is banned for the
 * raid action time, unless they are an admin, approved, or were added by an admin. Joins are seen both as the
 * {@code new_chat_members} service message and as {@code chat_member} updates; {@link JoinCounter} counts a member
 * once, so one join is acted on once. With automatic raids on, the join that makes the count within a minute reach
 * the threshold switches the raid on for the raid time, and is banned itself.
 *
 * <p>The raid state is read through a {@link PerChatCache}: a join or a message costs no database query once the
 * chat's settings are loaded; every change invalidates the chat's entry after it committed. A raid ends by itself:
 * "on" is a comparison of its end with the clock, so no poller is needed and a restart changes nothing.
 */
public final class AntiraidModule implements BotModule {

  static final MessageKey STATUS_ON = MessageKey.of("antiraid.status_on");
  static final MessageKey STATUS_OFF = MessageKey.of("antiraid.status_off");
  static final MessageKey AUTO_OFF = MessageKey.of("antiraid.auto_off");
  static final MessageKey AUTO_ON = MessageKey.of("antiraid.auto_on");
  static final MessageKey ENABLE_BUTTON = MessageKey.of("antiraid.enable_button");
  static final MessageKey DISABLE_BUTTON = MessageKey.of("antiraid.disable_button");
  static final MessageKey ENABLED = MessageKey.of("antiraid.enabled");
  static final MessageKey ALREADY_ON = MessageKey.of("antiraid.already_on");
  static final MessageKey DISABLED = MessageKey.of("antiraid.disabled");
  static final MessageKey ALREADY_OFF = MessageKey.of("antiraid.already_off");
  static final MessageKey AUTO_TRIGGERED = MessageKey.of("antiraid.auto_triggered");
  static final MessageKey RAID_TIME = MessageKey.of("antiraid.raid_time");
  static final MessageKey RAID_TIME_SET = MessageKey.of("antiraid.raid_time_set");
  static final MessageKey ACTION_TIME = MessageKey.of("antiraid.action_time");
  static final MessageKey ACTION_TIME_SET = MessageKey.of("antiraid.action_time_set");
  static final MessageKey AUTO_USAGE = MessageKey.of("antiraid.auto_usage");
  static final MessageKey AUTO_SET = MessageKey.of("antiraid.auto_set");
  static final MessageKey AUTO_SET_OFF = MessageKey.of("antiraid.auto_set_off");
  static final MessageKey BUTTON_INVALID = MessageKey.of("antiraid.button_invalid");

  /** Telegram takes a ban shorter than this as a ban for good; a raid's ban must never become one. */
  static final Duration SHORTEST_BAN = Duration.ofSeconds(30);

  private static final Gate ADMIN_AND_BOT_ADMIN = Gate.GROUP_ADMIN.then(new Requirement.BotIsAdmin());
  private static final Set<String> ON_WORDS = Set.of("on", "yes");
  private static final Set<String> OFF_WORDS = Set.of("off", "no");
  private static final DateTimeFormatter UNTIL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final RaidStore store;
  private final PermissionCheck permissions;
  private final BotIdentity bot;
  private final BiPredicate<ChatId, UserId> approved;
  private final Clock clock;
  private final PerChatCache<RaidSettings> settings;
  private final JoinCounter joins;

  /**
   * @param admins whose admins are never banned for joining, and who may press the Enable/Disable button
   * @param bot the bot itself (never acted on when it joins)
   * @param approved whether a member is approved in a chat (approved members are never banned for joining)
   * @param clock when raids start and end, and how long joiners are banned
   */
  public AntiraidModule(RaidStore store, AdminCache admins, BotIdentity bot,
      BiPredicate<ChatId, UserId> approved, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.bot = Objects.requireNonNull(bot, "bot");
    this.permissions = new PermissionCheck(Objects.requireNonNull(admins, "admins"), bot, (user, level) -> false);
    this.approved = Objects.requireNonNull(approved, "approved");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.settings = new PerChatCache<>(store::settings);
    this.joins = new JoinCounter(clock);
  }

  @Override
  public String name() {
    return "AntiRaid";
  }

  @Override
  public void register(Registry registry) {
    registry.command(CommandSpec.of("antiraid", ADMIN_AND_BOT_ADMIN, this::antiraid));
    registry.command(CommandSpec.of("raidtime", Gate.GROUP_ADMIN, ctx -> duration(ctx, RAID_TIME,
        RaidSettings::raidTime, (change, commit) -> change.raidTime(ctx.chat(), ctx.command().argumentText(), commit))));
    registry.command(CommandSpec.of("raidactiontime", Gate.GROUP_ADMIN, ctx -> duration(ctx, ACTION_TIME,
        RaidSettings::actionTime,
        (change, commit) -> change.actionTime(ctx.chat(), ctx.command().argumentText(), commit))));
    registry.command(CommandSpec.of("autoantiraid", Gate.GROUP_ADMIN, this::autoantiraid));
    registry.button(CallbackNamespace.ANTIRAID, Gate.GROUP_ADMIN, this::button);
    registry.filter(Stage.ANTIRAID, this::joinMessage);
    registry.onMember(this::memberChanged);
    registry.onTimer(RaidEnd.class, this::raidEnded);
    registry.settingsCache(settings);
  }

  // ------------------------------------------------------------------------------------------------ joins

  private MessageFilter.Verdict joinMessage(MessageContext ctx) {
    IncomingMessage message = ctx.message();
    Effects effects = ctx.effects();
    if (message.newMembers().isEmpty() || !message.isGroup() || message.edited()) {
      return MessageFilter.Verdict.CONTINUE;
    }
    Optional<UserId> addedBy = message.from().map(SeenUser::id);
    for (SeenUser member : message.newMembers()) {
      joined(ctx, message.chatId(), member.id(), addedBy);
    }
    return MessageFilter.Verdict.CONTINUE;
  }

  private void memberChanged(MemberContext ctx) {
    MemberChange change = ctx.change();
    Effects effects = ctx.effects();
    if (change.joined() && !change.aboutTheBot() && change.chat().kind().hasMembers()) {
      joined(ctx, change.chat().id(), change.user().id(), Optional.of(change.by().id()));
    }
  }

  /** Whether a member who joins now is banned for it (a raid is on, they are not exempt): Greetings welcomes nobody it bans. */
  public boolean bansJoiner(ChatId chat, UserId member) {
    return settings.get(chat).activeAt(clock.instant()) && !member.equals(bot.id())
        && !permissions.isAdmin(chat, member) && !approved.test(chat, member);
  }

  private void joined(HandlingContext ctx, ChatId chat, UserId member, Optional<UserId> addedBy) {
    Effects effects = ctx.effects();
    if (member.equals(bot.id())) {
      return;
    }
    RaidSettings current = settings.get(chat);
    Instant now = clock.instant();
    boolean active = current.activeAt(now);
    if (!active && !current.autoEnabled()) {
      return;
    }
    if (addedBy.filter(by -> !by.equals(member)).map(by -> permissions.isAdmin(chat, by)).orElse(false)
        || permissions.isAdmin(chat, member) || approved.test(chat, member)) {
      return;
    }
    JoinCounter.Join join = joins.record(chat, member, ctx.key());
    if (!join.firstInWindow()) {
      return; // the other update of the same join
    }
    if (!active) {
      if (join.joinsInWindow() < current.autoThreshold()) {
        return;
      }
      Instant until = now.plus(current.raidTime());
      ctx.write(() -> store.setActiveUntil(chat, Optional.of(until)));
      ctx.later(until, new RaidEnd(chat, until));
      ctx.afterCommit(() -> {
        settings.invalidate(chat);
        joins.reset(chat);
        joins.record(chat, member, ctx.key());
      });
      effects.add(new ChatAction.Send(OutgoingMessage.to(chat, ctx.messages().html(AUTO_TRIGGERED,
          "count", join.joinsInWindow(), "until", UNTIL.format(now.plus(current.raidTime())),
          "action_time", ModerationDuration.format(current.actionTime())))));
    }
    Duration ban = current.actionTime().compareTo(SHORTEST_BAN) < 0 ? SHORTEST_BAN : current.actionTime();
    effects.add(new ChatAction.Ban(chat, member, Optional.of(now.plus(ban))));
  }

  // ------------------------------------------------------------------------------------------------ /antiraid

  private void antiraid(CommandContext ctx) {
    ChatId chat = ctx.chat();
    String argument = Words.strip(ctx.command().argumentText());
    String word = Words.splitFirst(argument).first().toLowerCase(Locale.ROOT);
    RaidSettings current = settings.get(chat);
    Instant now = clock.instant();
    if (word.isEmpty()) {
      ctx.replyHtml(status(ctx.messages(), current, now), statusKeyboard(ctx.messages(), current, now));
      return;
    }
    if (ON_WORDS.contains(word)) {
      if (current.activeAt(now)) {
        ctx.reply(ALREADY_ON, "until", UNTIL.format(current.activeUntil().get()));
        return;
      }
      start(ctx, chat, now.plus(current.raidTime()));
      ctx.reply(ENABLED, "until", UNTIL.format(now.plus(current.raidTime())),
          "action_time", ModerationDuration.format(current.actionTime()));
      return;
    }
    if (OFF_WORDS.contains(word)) {
      if (!current.activeAt(now)) {
        ctx.reply(ALREADY_OFF);
        return;
      }
      stop(ctx, chat);
      ctx.reply(DISABLED);
      return;
    }
    DurationParse parsed = ModerationDuration.ANTI_RAID.parse(argument);
    if (!(parsed instanceof DurationParse.Ok ok)) {
      ctx.replyHtml(((DurationParse.Failure) parsed).message(ctx.messages()), Keyboard.NONE);
      return;
    }
    start(ctx, chat, now.plus(ok.duration()));
    ctx.reply(ENABLED, "until", UNTIL.format(now.plus(ok.duration())),
        "action_time", ModerationDuration.format(current.actionTime()));
  }

  /** Starts a raid (or moves the end of the current one) as part of the event, and schedules its end. */
  private void start(HandlingContext ctx, ChatId chat, Instant until) {
    ctx.write(() -> store.setActiveUntil(chat, Optional.of(until)));
    ctx.later(until, new RaidEnd(chat, until));
    ctx.afterCommit(() -> {
      settings.invalidate(chat);
      joins.reset(chat);
    });
  }

  private void stop(HandlingContext ctx, ChatId chat) {
    ctx.write(() -> store.setActiveUntil(chat, Optional.empty()));
    ctx.afterCommit(() -> {
      settings.invalidate(chat);
      joins.reset(chat);
    });
  }

  /**
   * A raid's time is up: its end is cleared from the settings (as the original's poller does) and the join count
   * starts again. A raid ended or moved meanwhile is left alone; an end seen late (after a restart, the raid simply
   * reads as over) changes nothing users see.
   */
  private void raidEnded(TimerContext<RaidEnd> ctx) {
    ChatId chat = ctx.chat();
    RaidSettings current = settings.get(chat);
    if (!current.activeUntil().equals(Optional.of(ctx.timer().until())) || current.activeAt(clock.instant())) {
      return;
    }
    stop(ctx, chat);
  }

  private static String status(Messages messages, RaidSettings current, Instant now) {
    String auto = current.autoEnabled() ? messages.html(AUTO_ON, "count", current.autoThreshold())
        : messages.html(AUTO_OFF);
    String raidTime = ModerationDuration.format(current.raidTime());
    String actionTime = ModerationDuration.format(current.actionTime());
    if (current.activeAt(now)) {
      return messages.html(STATUS_ON, "until", UNTIL.format(current.activeUntil().get()), "action_time", actionTime,
          "raid_time", raidTime, "auto", TrustedHtml.of(auto));
    }
    return messages.html(STATUS_OFF, "action_time", actionTime, "raid_time", raidTime,
        "auto", TrustedHtml.of(auto));
  }

  private static Keyboard statusKeyboard(Messages messages, RaidSettings current, Instant now) {
    boolean active = current.activeAt(now);
    CallbackData data = CallbackData.of(CallbackNamespace.ANTIRAID).with("a", active ? "off" : "on");
    return Keyboard.row(Button.Callback.of(messages.plain(active ? DISABLE_BUTTON : ENABLE_BUTTON), data));
  }

  /** Enable / Disable under the status: any admin may press it (the gate is checked by the dispatcher). */
  private void button(ButtonContext ctx) {
    ChatId chat = ctx.chat();
    Optional<String> action = ctx.data().field("a");
    RaidSettings current = settings.get(chat);
    Instant now = clock.instant();
    RaidSettings after;
    if (action.equals(Optional.of("on"))) {
      if (current.activeAt(now)) {
        after = current;
      } else {
        Instant until = now.plus(current.raidTime());
        start(ctx, chat, until);
        after = current.withActiveUntil(Optional.of(until));
      }
    } else if (action.equals(Optional.of("off"))) {
      if (current.activeAt(now)) {
        stop(ctx, chat);
      }
      after = current.withActiveUntil(Optional.empty());
    } else {
      ctx.answer(BUTTON_INVALID, true);
      return;
    }
    if (after.activeAt(now)) {
      ctx.answer(ENABLED, false, "until", UNTIL.format(after.activeUntil().get()),
          "action_time", ModerationDuration.format(after.actionTime()));
    } else {
      ctx.answer(DISABLED, false);
    }
    ctx.edit(status(ctx.messages(), after, now), statusKeyboard(ctx.messages(), after, now));
  }

  // ------------------------------------------------------------------------------------------------ settings

  /** /raidtime and /raidactiontime: without an argument, the setting; else through {@link RaidSettingsChange}. */
  private void duration(CommandContext ctx, MessageKey show, java.util.function.Function<RaidSettings, Duration> read,
      java.util.function.BiFunction<RaidSettingsChange, Commit, ChangeOutcome> change) {
    if (Words.strip(ctx.command().argumentText()).isEmpty()) {
      ctx.reply(show, "duration", ModerationDuration.format(read.apply(settings.get(ctx.chat()))));
      return;
    }
    ChatId chat = ctx.chat();
    ChangeOutcome outcome = change.apply(new RaidSettingsChange(store, ctx.messages()), Commit.in(ctx.unitOfWork()));
    if (outcome.applied()) {
      ctx.afterCommit(() -> settings.invalidate(chat));
    }
    outcome.replyTo(ctx);
  }

  /** /autoantiraid N|off: N joins within a minute switch a raid on; through {@link RaidSettingsChange}. */
  private void autoantiraid(CommandContext ctx) {
    String word = Words.splitFirst(ctx.command().argumentText()).first().toLowerCase(Locale.ROOT);
    if (word.isEmpty()) {
      RaidSettings current = settings.get(ctx.chat());
      ctx.replyHtml(ctx.text(AUTO_USAGE, "max", RaidSettings.MAX_THRESHOLD) + "\n"
          + (current.autoEnabled() ? ctx.text(AUTO_ON, "count", current.autoThreshold()) : ctx.text(AUTO_OFF)),
          Keyboard.NONE);
      return;
    }
    ChatId chat = ctx.chat();
    ChangeOutcome outcome = new RaidSettingsChange(store, ctx.messages())
        .autoThreshold(chat, word, Commit.in(ctx.unitOfWork()));
    if (outcome.applied()) {
      ctx.afterCommit(() -> {
        settings.invalidate(chat);
        joins.reset(chat);
      });
    }
    outcome.replyTo(ctx);
  }
}

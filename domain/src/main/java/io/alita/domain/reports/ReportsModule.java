package io.alita.domain.reports;

import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Keyboard;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.callback.CallbackData;
import io.alita.domain.callback.CallbackNamespace;
import io.alita.domain.command.Words;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.ButtonContext;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.HandlingContext;
import io.alita.domain.dispatch.MessageContext;
import io.alita.domain.dispatch.MessageFilter;
import io.alita.domain.dispatch.PermissionCheck;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.dispatch.Requirement;
import io.alita.domain.dispatch.Stage;
import io.alita.domain.format.Mention;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.settings.Commit;
import io.alita.domain.i18n.TrustedHtml;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.Right;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.IncomingMessage;
import io.alita.domain.update.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Reports module: {@code /report [reason]} as a reply, {@code @admin} / {@code @admins} in a message (a
 * {@link Stage#REPORTS} filter), and {@code /reports}: in a group an admin turns the chat's reports on or off, blocks
 * or unblocks a member (as a reply) and lists the blocked ones; in a private chat a user turns their own setting on or
 * off (whether they are tagged in reports of the chats they administer).
 *
 * <p>A report is refused to admins, to the special accounts (the anonymous-admin stand-in, Telegram, the channel bot),
 * to a member reporting their own message, and against the bot or an admin; a blocked member's report is deleted
 * without an answer. The report replies to the reported message, tags (invisible mentions) every admin whose personal
 * setting is on, and carries Kick / Ban / Delete / Resolved buttons, each checked like the command it stands for: the
 * presser must be an admin with the right to restrict (Kick, Ban) or delete (Delete), and the bot must have it too.
 *
 * <p><b>Cooldown.</b> A member can report once per {@link #COOLDOWN} in a chat (in memory, per worker): a later
 * {@code /report} is told to wait, a later {@code @admin} is ignored, so nobody can make the bot tag every admin over
 * and over.
 */
public final class ReportsModule implements BotModule {

  public static final String NAME = "Reports";
  public static final Duration COOLDOWN = Duration.ofMinutes(1);
  /** Telegram's channel bot: the sender of messages posted on behalf of a channel. */
  static final UserId CHANNEL_BOT = UserId.of(136817688L);
  /** The invisible character an admin's tag is wrapped around. */
  static final String INVISIBLE = "\u2063";
  private static final Pattern AT_ADMIN = Pattern.compile("(?i)(?<![\\w@])@admins?(?!\\w)");

  /** The module's help text (listed in /help through {@code help.module.<name>}). */
  static final MessageKey HELP = MessageKey.of("help.module.reports");
  static final MessageKey OFF_IN_CHAT = MessageKey.of("reports.off_in_chat");
  static final MessageKey SPECIAL = MessageKey.of("reports.special");
  static final MessageKey ADMIN = MessageKey.of("reports.admin");
  static final MessageKey NO_REPLY = MessageKey.of("reports.no_reply");
  static final MessageKey OWN = MessageKey.of("reports.own");
  static final MessageKey BOT = MessageKey.of("reports.bot");
  static final MessageKey TARGET_ADMIN = MessageKey.of("reports.target_admin");
  static final MessageKey TARGET_UNKNOWN = MessageKey.of("reports.target_unknown");
  static final MessageKey COOLING = MessageKey.of("reports.cooldown");
  static final MessageKey REPORTED = MessageKey.of("reports.reported");
  static final MessageKey REASON = MessageKey.of("reports.reason");
  static final MessageKey BUTTON_LINK = MessageKey.of("reports.button_link");
  static final MessageKey BUTTON_KICK = MessageKey.of("reports.button_kick");
  static final MessageKey BUTTON_BAN = MessageKey.of("reports.button_ban");
  static final MessageKey BUTTON_DELETE = MessageKey.of("reports.button_delete");
  static final MessageKey BUTTON_RESOLVED = MessageKey.of("reports.button_resolved");
  static final MessageKey DONE_KICK = MessageKey.of("reports.done_kick");
  static final MessageKey DONE_BAN = MessageKey.of("reports.done_ban");
  static final MessageKey DONE_DELETE = MessageKey.of("reports.done_delete");
  static final MessageKey DONE_RESOLVED = MessageKey.of("reports.done_resolved");
  static final MessageKey BUTTON_INVALID = MessageKey.of("reports.button_invalid");
  static final MessageKey NOW_ADMIN = MessageKey.of("reports.now_admin");
  static final MessageKey CHAT_ON = MessageKey.of("reports.chat_on");
  static final MessageKey CHAT_OFF = MessageKey.of("reports.chat_off");
  static final MessageKey CHAT_IS_ON = MessageKey.of("reports.chat_is_on");
  static final MessageKey CHAT_IS_OFF = MessageKey.of("reports.chat_is_off");
  static final MessageKey USER_ON = MessageKey.of("reports.user_on");
  static final MessageKey USER_OFF = MessageKey.of("reports.user_off");
  static final MessageKey USER_IS_ON = MessageKey.of("reports.user_is_on");
  static final MessageKey USER_IS_OFF = MessageKey.of("reports.user_is_off");
  static final MessageKey USAGE = MessageKey.of("reports.usage");
  static final MessageKey USER_USAGE = MessageKey.of("reports.user_usage");
  static final MessageKey BLOCK_NO_REPLY = MessageKey.of("reports.block_no_reply");
  static final MessageKey BLOCKED = MessageKey.of("reports.blocked");
  static final MessageKey UNBLOCKED = MessageKey.of("reports.unblocked");
  static final MessageKey BLOCKLIST = MessageKey.of("reports.blocklist");
  static final MessageKey BLOCKLIST_EMPTY = MessageKey.of("reports.blocklist_empty");

  /** What the report's buttons do, and the gate each is checked against. */
  enum Action {
    KICK("kick", Gate.MODERATE, DONE_KICK),
    BAN("ban", Gate.MODERATE, DONE_BAN),
    DELETE("del", Gate.GROUP_ADMIN.then(new Requirement.BotIsAdmin()).userCan(Right.DELETE_MESSAGES)
        .botCan(Right.DELETE_MESSAGES), DONE_DELETE),
    RESOLVED("done", Gate.GROUP_ADMIN, DONE_RESOLVED);

    final String word;
    final Gate gate;
    final MessageKey done;

    Action(String word, Gate gate, MessageKey done) {
      this.word = word;
      this.gate = gate;
      this.done = done;
    }

    static Optional<Action> of(String word) {
      for (Action a : values()) {
        if (a.word.equals(word)) {
          return Optional.of(a);
        }
      }
      return Optional.empty();
    }
  }

  private final ReportStore store;
  private final AdminCache admins;
  private final BotIdentity bot;
  private final PermissionCheck permissions;
  private final Clock clock;
  private final Map<String, Instant> lastReport = new ConcurrentHashMap<>();

  public ReportsModule(ReportStore store, AdminCache admins, BotIdentity bot, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.admins = Objects.requireNonNull(admins, "admins");
    this.bot = Objects.requireNonNull(bot, "bot");
    this.clock = Objects.requireNonNull(clock, "clock");
    // Only the admin and rights rules are used here; team levels never matter.
    this.permissions = new PermissionCheck(admins, bot, (user, level) -> false);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void register(Registry registry) {
    registry.command(CommandSpec.of("report", Gate.GROUP, this::reportCommand));
    registry.command(CommandSpec.of("reports", Gate.ANYONE, this::reports));
    registry.filter(Stage.REPORTS, this::atAdmin);
    registry.button(CallbackNamespace.REPORT, Gate.GROUP_ADMIN, this::button);
  }

  // ------------------------------------------------------------------------------------------------ reporting

  private void reportCommand(CommandContext ctx) {
    report(ctx, ctx.message(), ctx.actor(), ctx.command().argumentText().strip(), true);
  }

  /** {@code @admin} or {@code @admins} anywhere in a member's message (not in a command: /report handles those). */
  private MessageFilter.Verdict atAdmin(MessageContext ctx) {
    IncomingMessage m = ctx.message();
    if (m.edited() || !m.isGroup() || m.from().isEmpty() || m.text().startsWith("/")
        || !AT_ADMIN.matcher(m.text()).find()) {
      return MessageFilter.Verdict.CONTINUE;
    }
    report(ctx, m, m.from().get(), m.text().strip(), false);
    return MessageFilter.Verdict.CONTINUE;
  }

  /**
   * Reports the message {@code message} replies to, or says why not.
   *
   * @param asked true for /report: a report that is off or cooling down is answered; an {@code @admin} then stays quiet
   */
  private void report(HandlingContext ctx, IncomingMessage message, SeenUser reporter, String reason, boolean asked) {
    ChatId chat = message.chatId();
    ReportSettings settings = store.chat(chat);
    if (!settings.enabled()) {
      if (asked) {
        answer(ctx, message, ctx.messages().html(OFF_IN_CHAT));
      }
      return;
    }
    UserId from = reporter.id();
    if (isSpecial(from) || message.senderChat().isPresent()) {
      answer(ctx, message, ctx.messages().html(SPECIAL));
      return;
    }
    if (permissions.isAdmin(chat, from)) {
      answer(ctx, message, ctx.messages().html(ADMIN));
      return;
    }
    if (settings.isBlocked(from)) {
      ctx.act(ChatAction.Delete.one(chat, message.id()));
      return;
    }
    Optional<Reply> reply = message.replyTo();
    if (reply.isEmpty()) {
      answer(ctx, message, ctx.messages().html(NO_REPLY));
      return;
    }
    Optional<SeenUser> target = reply.get().fromUser();
    if (target.isEmpty() || isSpecial(target.get().id()) || reply.get().sender().senderChat().isPresent()) {
      answer(ctx, message, ctx.messages().html(TARGET_UNKNOWN));
      return;
    }
    SeenUser reported = target.get();
    if (reported.id().equals(from)) {
      answer(ctx, message, ctx.messages().html(OWN));
      return;
    }
    if (reported.id().equals(bot.id())) {
      answer(ctx, message, ctx.messages().html(BOT));
      return;
    }
    if (permissions.isAdmin(chat, reported.id())) {
      answer(ctx, message, ctx.messages().html(TARGET_ADMIN));
      return;
    }
    Instant now = clock.instant();
    String key = chat.value() + ":" + from.value();
    Instant last = lastReport.get(key);
    if (last != null && last.plus(COOLDOWN).isAfter(now)) {
      if (asked) {
        long seconds = Math.max(1, Duration.between(now, last.plus(COOLDOWN)).toSeconds());
        answer(ctx, message, ctx.messages().html(COOLING, "seconds", seconds));
      }
      return;
    }
    remember(key, now);
    send(ctx, message.chat(), reply.get().id(), reporter, reported, reason);
  }

  private void send(HandlingContext ctx, SeenChat chat, MessageId reportedMessage, SeenUser reporter,
      SeenUser reported, String reason) {
    StringBuilder html = new StringBuilder(ctx.messages().html(REPORTED,
        "user", Mention.user(reported.id(), reported.fullName()),
        "reporter", Mention.user(reporter.id(), reporter.fullName())));
    if (!reason.isEmpty()) {
      html.append('\n').append(ctx.messages().html(REASON, "reason", reason));
    }
    html.append(tags(chat.id()));
    CallbackData base = CallbackData.of(CallbackNamespace.REPORT)
        .with("u", reported.id().value()).with("m", reportedMessage.value());
    Keyboard keyboard = link(chat, reportedMessage)
        .map(url -> Keyboard.row(new Button.Url(ctx.messages().plain(BUTTON_LINK), url)))
        .orElse(Keyboard.NONE)
        .plusRow(button(ctx, BUTTON_KICK, base, Action.KICK), button(ctx, BUTTON_BAN, base, Action.BAN))
        .plusRow(button(ctx, BUTTON_DELETE, base, Action.DELETE), button(ctx, BUTTON_RESOLVED, base,
            Action.RESOLVED));
    ctx.act(new ChatAction.Send(OutgoingMessage.replyTo(chat.id(), reportedMessage, html.toString())
        .withKeyboard(keyboard)));
  }

  /** Invisible mentions of the chat's human admins who want reports: they are notified, nobody sees a list. */
  private String tags(ChatId chat) {
    List<UserId> humans = admins.admins(chat).values().stream().filter(a -> !a.isBot()).map(ChatMember::user)
        .filter(u -> !isSpecial(u)).sorted((a, b) -> Long.compare(a.value(), b.value())).toList();
    Set<UserId> optedOut = humans.isEmpty() ? Set.of() : store.optedOut(humans);
    return humans.stream().filter(u -> !optedOut.contains(u))
        .map(u -> "<a href=\"tg://user?id=" + u.value() + "\">" + INVISIBLE + "</a>")
        .collect(Collectors.joining());
  }

  private static Button button(HandlingContext ctx, MessageKey label, CallbackData base, Action action) {
    return Button.Callback.of(ctx.messages().plain(label), base.with("a", action.word));
  }

  /** A link to the reported message: for a supergroup ({@code t.me/c/...}) or a public chat ({@code t.me/name/...}). */
  static Optional<String> link(SeenChat chat, MessageId message) {
    if (chat.username() != null && !chat.username().isBlank()) {
      return Optional.of("https://t.me/" + chat.username() + "/" + message.value());
    }
    String id = Long.toString(chat.id().value());
    if (id.startsWith("-100")) {
      return Optional.of("https://t.me/c/" + id.substring(4) + "/" + message.value());
    }
    return Optional.empty();
  }

  private void remember(String key, Instant now) {
    if (lastReport.size() > 10_000) {
      lastReport.values().removeIf(t -> t.plus(COOLDOWN).isBefore(now));
    }
    lastReport.put(key, now);
  }

  static boolean isSpecial(UserId user) {
    return user.equals(UserId.GROUP_ANONYMOUS_BOT) || user.equals(UserId.TELEGRAM) || user.equals(CHANNEL_BOT);
  }

  private static void answer(HandlingContext ctx, IncomingMessage message, String html) {
    ctx.act(new ChatAction.Send(OutgoingMessage.replyTo(message.chatId(), message.id(), html)));
  }

  // ------------------------------------------------------------------------------------------------ the buttons

  /** A press of Kick, Ban, Delete or Resolved: the presser (an admin, by the button's gate) needs the action's rights. */
  private void button(ButtonContext ctx) {
    Optional<Action> action = ctx.data().field("a").flatMap(Action::of);
    Optional<Long> user = ctx.data().field("u").flatMap(ReportsModule::number);
    Optional<Long> msg = ctx.data().field("m").flatMap(ReportsModule::number);
    if (action.isEmpty() || user.isEmpty() || msg.isEmpty()) {
      ctx.answer(BUTTON_INVALID, true);
      return;
    }
    ChatId chat = ctx.chat();
    SeenUser presser = ctx.press().from();
    Optional<PermissionCheck.Denial> denial = permissions.check(action.get().gate, chat, ctx.press().chat().kind(),
        presser.id(), false);
    if (denial.isPresent()) {
      PermissionCheck.Denial d = denial.get();
      ctx.answer(d.reason(), true, "right",
          d.right().map(r -> ctx.messages().plain(PermissionCheck.rightName(r))).orElse(""));
      return;
    }
    UserId target = UserId.of(user.get());
    String done = ctx.messages().html(action.get().done, "admin", Mention.user(presser.id(), presser.fullName()),
        "user", Mention.user(target, (String) null));
    switch (action.get()) {
      case KICK, BAN -> {
        if (permissions.isAdmin(chat, target)) {
          ctx.answer(NOW_ADMIN, true);
          return;
        }
        ctx.claimOnce();
        ctx.act(action.get() == Action.KICK ? new ChatAction.Kick(chat, target)
            : new ChatAction.Ban(chat, target, Optional.empty()));
        ctx.confirmEdit(done, Keyboard.NONE);
      }
      case DELETE -> {
        ctx.claimOnce();
        ctx.act(ChatAction.Delete.one(chat, MessageId.of(msg.get().intValue())));
        ctx.confirmEdit(done, Keyboard.NONE);
      }
      case RESOLVED -> ctx.edit(done, Keyboard.NONE);
    }
  }

  private static Optional<Long> number(String s) {
    try {
      return Optional.of(Long.parseLong(s));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  // ------------------------------------------------------------------------------------------------ /reports

  private void reports(CommandContext ctx) {
    String argument = Words.splitFirst(ctx.command().argumentText()).first().toLowerCase(Locale.ROOT);
    if (ctx.message().isPrivate()) {
      personal(ctx, argument);
      return;
    }
    if (!ctx.message().isGroup()) {
      return;
    }
    Optional<PermissionCheck.Denial> denial = permissions.check(Gate.GROUP_ADMIN, ctx.chat(),
        ctx.message().chat().kind(), ctx.actor().id(), ctx.anonymousAdmin());
    if (denial.isPresent()) {
      ctx.reply(denial.get().reason(), "right", "");
      return;
    }
    ChatId chat = ctx.chat();
    switch (argument) {
      case "" -> ctx.reply(store.chat(chat).enabled() ? CHAT_IS_ON : CHAT_IS_OFF);
      case "block", "unblock" -> block(ctx, argument.equals("block"));
      case "showblocklist" -> {
        Set<UserId> blocked = store.chat(chat).blocked();
        if (blocked.isEmpty()) {
          ctx.reply(BLOCKLIST_EMPTY);
        } else {
          ctx.reply(BLOCKLIST, "users", new TrustedHtml(blocked.stream().sorted((a, b) -> Long.compare(a.value(),
              b.value())).map(u -> "• " + Mention.user(u, (String) null).html()).collect(Collectors.joining("\n"))));
        }
      }
      default -> {
        new ReportSettingsChange(store, ctx.messages()).enabled(chat, argument, Commit.in(ctx.unitOfWork()))
            .replyTo(ctx);
      }
    }
  }

  private void block(CommandContext ctx, boolean block) {
    Optional<SeenUser> target = ctx.message().replyTo().flatMap(Reply::fromUser);
    if (target.isEmpty()) {
      ctx.reply(BLOCK_NO_REPLY);
      return;
    }
    UserId user = target.get().id();
    ReportSettingsChange change = new ReportSettingsChange(store, ctx.messages());
    Optional<String> name = Optional.of(target.get().fullName());
    Commit commit = Commit.in(ctx.unitOfWork());
    (block ? change.block(ctx.chat(), user, name, commit) : change.unblock(ctx.chat(), user, name, commit)).replyTo(ctx);
  }

  private void personal(CommandContext ctx, String argument) {
    UserId user = ctx.actor().id();
    if (argument.isEmpty()) {
      ctx.reply(store.userEnabled(user) ? USER_IS_ON : USER_IS_OFF);
      return;
    }
    Optional<Boolean> on = onOff(argument);
    if (on.isEmpty()) {
      ctx.reply(USER_USAGE);
      return;
    }
    ctx.write(() -> store.setUserEnabled(user, on.get()));
    ctx.reply(on.get() ? USER_ON : USER_OFF);
  }

  static Optional<Boolean> onOff(String word) {
    return switch (word) {
      case "on", "yes", "true" -> Optional.of(true);
      case "off", "no", "false" -> Optional.of(false);
      default -> Optional.empty();
    };
  }
}

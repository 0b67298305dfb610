package io.alita.domain.greetings;

import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Keyboard;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.callback.CallbackData;
import io.alita.domain.callback.CallbackNamespace;
import io.alita.domain.command.Words;
import io.alita.domain.content.ContentSender;
import io.alita.domain.content.StoredContent;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.ButtonContext;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.EventKey;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.HandlingContext;
import io.alita.domain.dispatch.JoinContext;
import io.alita.domain.dispatch.MemberContext;
import io.alita.domain.dispatch.MessageContext;
import io.alita.domain.dispatch.MessageFilter;
import io.alita.domain.dispatch.PermissionCheck;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.dispatch.Stage;
import io.alita.domain.format.Html;
import io.alita.domain.format.Mention;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.TrustedHtml;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.Right;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.IncomingMessage;
import io.alita.domain.update.JoinRequest;
import io.alita.domain.update.MemberChange;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

/**
 * Greetings: {@code /welcome}, {@code /goodbye} (show, switch, {@code noformat}), {@code /setwelcome},
 * {@code /setgoodbye}, {@code /resetwelcome}, {@code /resetgoodbye}, {@code /cleanwelcome}, {@code /cleangoodbye},
 * {@code /cleanservice}, {@code /autoapprove}; the welcome when a member joins and the goodbye when one leaves;
 * join requests; and the bot's word when it is added to a chat.
 *
 * <p>Telegram tells of one join twice: a {@code chat_member} update and the {@code new_chat_members} service message
 * (which names the forum topic). The first sighting greets, the other is the same join: sightings are remembered for
 * {@link #SAME_JOIN} with the event that saw them, so a retry of that event is still the first. A member captcha will
 * challenge is welcomed when they solve it ({@link Greeter} is captcha's {@code VerifiedListener}); one who fails is
 * not welcomed at all.
 */
public final class GreetingsModule implements BotModule {

  /** The module's name in the help menu. */
  public static final String NAME = "Greetings";

  static final MessageKey HELP = MessageKey.of("help.module.greetings");
  static final MessageKey WELCOME_STATUS = MessageKey.of("greetings.welcome_status");
  static final MessageKey GOODBYE_STATUS = MessageKey.of("greetings.goodbye_status");
  static final MessageKey SWITCH_IS = MessageKey.of("greetings.switch_is");
  static final MessageKey JOIN_NOTICE = MessageKey.of("greetings.join_notice");
  static final MessageKey JOIN_APPROVE = MessageKey.of("greetings.join_approve");
  static final MessageKey JOIN_DECLINE = MessageKey.of("greetings.join_decline");
  static final MessageKey JOIN_BAN = MessageKey.of("greetings.join_ban");
  static final MessageKey JOIN_APPROVED = MessageKey.of("greetings.join_approved");
  static final MessageKey JOIN_DECLINED = MessageKey.of("greetings.join_declined");
  static final MessageKey JOIN_BANNED = MessageKey.of("greetings.join_banned");
  static final MessageKey JOIN_DONE = MessageKey.of("greetings.join_done");
  static final MessageKey JOIN_INVALID = MessageKey.of("greetings.join_invalid");
  static final MessageKey BOT_BASIC_GROUP = MessageKey.of("greetings.bot_basic_group");
  static final MessageKey BOT_ADDED = MessageKey.of("greetings.bot_added");
  static final MessageKey BOT_MAKE_ADMIN = MessageKey.of("greetings.bot_make_admin");

  /** Two sightings of a member's join (or leave) this close together are one join. */
  public static final Duration SAME_JOIN = Duration.ofMinutes(1);
  /** A second request of the same user within this time gets no second notice (as the original). */
  public static final Duration PENDING_NOTICE = Duration.ofMinutes(5);

  /** Settings commands: an admin who may change the chat's info. */
  static final Gate CHANGE_INFO = Gate.GROUP_ADMIN.userCan(Right.CHANGE_INFO);
  /** Join-request buttons: an admin who may invite, and a bot that may. */
  static final Gate INVITE = Gate.GROUP_ADMIN.userCan(Right.INVITE_USERS).botCan(Right.INVITE_USERS);
  /** The Ban button also needs restrict rights, for both. */
  static final Gate BAN = INVITE.userCan(Right.RESTRICT_MEMBERS).botCan(Right.RESTRICT_MEMBERS);

  private final Greeter greeter;
  private final GreetingsEdit edit;
  private final ContentSender sender;
  private final BiPredicate<ChatId, SeenUser> heldByCaptcha;
  private final BotIdentity bot;
  private final PermissionCheck permissions;
  private final Clock clock;
  /** Recent sightings of joins and leaves, by chat, member and greeting. */
  private final Map<Sighting, Seen> sightings = new ConcurrentHashMap<>();
  /** Join requests put to the admins, with the requester's name for the notice's last word. */
  private final Map<Member, Pending> pendingRequests = new ConcurrentHashMap<>();

  private record Member(ChatId chat, UserId user) {}

  private record Sighting(Member member, GreetingKind kind) {}

  private record Seen(Instant at, EventKey event) {}

  private record Pending(Instant at, EventKey event, String name) {}

  /**
   * @param heldByCaptcha whether a member who joins now is not welcomed at the join: captcha challenges them (the
   *     welcome waits for their answer), or anti-raid bans them
   * @param admins who may press the join-request buttons, and whether the bot is an admin where it was added
   */
  public GreetingsModule(Greeter greeter, GreetingsEdit edit, ContentSender sender,
      BiPredicate<ChatId, SeenUser> heldByCaptcha, AdminCache admins, BotIdentity bot, Clock clock) {
    this.greeter = Objects.requireNonNull(greeter, "greeter");
    this.edit = Objects.requireNonNull(edit, "edit");
    this.sender = Objects.requireNonNull(sender, "sender");
    this.heldByCaptcha = Objects.requireNonNull(heldByCaptcha, "heldByCaptcha");
    this.bot = Objects.requireNonNull(bot, "bot");
    this.permissions = new PermissionCheck(Objects.requireNonNull(admins, "admins"), bot, (user, level) -> false);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void register(Registry registry) {
    registry.command(CommandSpec.of("welcome", Gate.GROUP_ADMIN, ctx -> show(ctx, GreetingKind.WELCOME)).connectable());
    registry.command(CommandSpec.of("goodbye", Gate.GROUP_ADMIN, ctx -> show(ctx, GreetingKind.GOODBYE)).connectable());
    registry.command(CommandSpec.of("setwelcome", CHANGE_INFO, ctx -> set(ctx, GreetingKind.WELCOME)).connectable());
    registry.command(CommandSpec.of("setgoodbye", CHANGE_INFO, ctx -> set(ctx, GreetingKind.GOODBYE)).connectable());
    registry.command(CommandSpec.of("resetwelcome", CHANGE_INFO, ctx -> reset(ctx, GreetingKind.WELCOME)).connectable());
    registry.command(CommandSpec.of("resetgoodbye", CHANGE_INFO, ctx -> reset(ctx, GreetingKind.GOODBYE)).connectable());
    for (GreetingSwitch s : new GreetingSwitch[] {GreetingSwitch.CLEAN_WELCOME, GreetingSwitch.CLEAN_GOODBYE,
        GreetingSwitch.CLEAN_SERVICE, GreetingSwitch.AUTO_APPROVE}) {
      registry.command(CommandSpec.of(s.command(), CHANGE_INFO, ctx -> toggle(ctx, s)).connectable());
    }
    registry.button(CallbackNamespace.JOIN_REQUEST, INVITE, this::joinButton);
    registry.filter(Stage.ANTIRAID, this::serviceMessage);
    registry.onMember(this::memberChanged);
    registry.onJoinRequest(this::joinRequested);
    registry.settingsCache(greeter.cache());
  }

  // ------------------------------------------------------------------------------------------------ commands

  /** /welcome, /goodbye: no argument shows it; on/off switches it; noformat sends the stored text as typed. */
  private void show(CommandContext ctx, GreetingKind kind) {
    String arg = Words.splitFirst(ctx.command().argumentText()).first().toLowerCase(Locale.ROOT);
    GreetingSwitch which = kind == GreetingKind.WELCOME ? GreetingSwitch.WELCOME : GreetingSwitch.GOODBYE;
    GreetingsSettings s = greeter.settings(ctx.chat());
    Greeting greeting = s.greeting(kind);
    if (arg.isEmpty()) {
      GreetingSwitch clean = kind == GreetingKind.WELCOME ? GreetingSwitch.CLEAN_WELCOME : GreetingSwitch.CLEAN_GOODBYE;
      ctx.reply(kind == GreetingKind.WELCOME ? WELCOME_STATUS : GOODBYE_STATUS, "state", state(ctx, which.in(s)),
          "clean", state(ctx, clean.in(s)), "service", state(ctx, s.cleanService()));
      // The preview answers where the command was sent (the private chat over a connection), as the group's.
      ctx.act(sender.action(greeting.content(), ContentSender.Send.to(ctx.answerChat(), ctx.targetChat().title(),
          ctx.actor()).withRulesOf(ctx.chat()).replyingTo(ctx.message().id()).inThread(ctx.message().threadId())));
    } else if (arg.equals("noformat")) {
      noformat(ctx, greeting.content());
    } else {
      change(ctx, edit.in(ctx.messages()).setSwitch(ctx.targetChat(), which, arg, Commit.in(ctx.unitOfWork())));
    }
  }

  /** The stored text with its buttons as markup, escaped: what an admin would type to set it again. */
  private static void noformat(CommandContext ctx, StoredContent content) {
    String raw = Html.escape(content.noformat());
    if (content.media().isPresent()) {
      ctx.act(new ChatAction.SendMedia(ctx.answerChat(), content.media().get(), content.type().takesText() ? raw : "",
          Keyboard.NONE, Optional.of(ctx.message().id()), ctx.message().threadId(), false, false));
    } else {
      ctx.replyHtml(raw, Keyboard.NONE);
    }
  }

  private void set(CommandContext ctx, GreetingKind kind) {
    Optional<StoredContent> captured = io.alita.domain.content.ContentCapture.from(ctx.command().argumentText(),
        ctx.message().replyTo());
    change(ctx, edit.in(ctx.messages()).set(ctx.targetChat(), kind, captured, Commit.in(ctx.unitOfWork())));
  }

  private void reset(CommandContext ctx, GreetingKind kind) {
    change(ctx, edit.in(ctx.messages()).reset(ctx.targetChat(), kind, Commit.in(ctx.unitOfWork())));
  }

  /** /cleanwelcome, /cleangoodbye, /cleanservice, /autoapprove: no argument shows the state. */
  private void toggle(CommandContext ctx, GreetingSwitch which) {
    String arg = Words.splitFirst(ctx.command().argumentText()).first();
    if (arg.isEmpty()) {
      ctx.reply(SWITCH_IS, "name", ctx.messages().plain(which.label()),
          "state", state(ctx, which.in(greeter.settings(ctx.chat()))), "command", which.command());
      return;
    }
    change(ctx, edit.in(ctx.messages()).setSwitch(ctx.targetChat(), which, arg, Commit.in(ctx.unitOfWork())));
  }

  private void change(CommandContext ctx, ChangeOutcome outcome) {
    if (outcome.applied()) {
      ChatId chat = ctx.chat();
      ctx.afterCommit(() -> greeter.cache().invalidate(chat));
    }
    outcome.replyTo(ctx);
  }

  private static String state(HandlingContext ctx, boolean on) {
    return ctx.messages().plain(on ? GreetingsEdit.ON : GreetingsEdit.OFF);
  }

  // ------------------------------------------------------------------------------------------------ joins, leaves

  private void memberChanged(MemberContext ctx) {
    MemberChange change = ctx.change();
    if (change.aboutTheBot()) {
      if (change.joined()) {
        botAdded(ctx, change.chat(), Optional.of(change.after().isAdmin()), Optional.empty());
      }
      return;
    }
    if (!change.chat().kind().hasMembers()) {
      return;
    }
    if (change.joined()) {
      joined(ctx, change.chat(), change.user(), Optional.empty());
    } else if (change.left()) {
      left(ctx, change.chat(), change.user(), !change.by().id().equals(change.user().id()), Optional.empty());
    }
  }

  /** Join and leave service messages: greet (unless the other update did), and delete them with cleanservice. */
  private MessageFilter.Verdict serviceMessage(MessageContext ctx) {
    IncomingMessage m = ctx.message();
    if (!m.isGroup() || m.edited()) {
      return MessageFilter.Verdict.CONTINUE;
    }
    boolean aboutOthers = false;
    if (!m.newMembers().isEmpty()) {
      for (SeenUser member : m.newMembers()) {
        if (member.id().equals(bot.id())) {
          botAdded(ctx, m.chat(), Optional.empty(), m.threadId());
        } else {
          aboutOthers = true;
          joined(ctx, m.chat(), member, m.threadId());
        }
      }
    } else if (m.leftMember().isPresent()) {
      SeenUser member = m.leftMember().get();
      if (member.id().equals(bot.id())) {
        return MessageFilter.Verdict.CONTINUE;
      }
      aboutOthers = true;
      boolean removed = m.from().map(by -> !by.id().equals(member.id())).orElse(false);
      left(ctx, m.chat(), member, removed, m.threadId());
    }
    if (aboutOthers && greeter.settings(m.chatId()).cleanService()) {
      ctx.act(ChatAction.Delete.one(m.chatId(), m.id()));
    }
    return MessageFilter.Verdict.CONTINUE;
  }

  private void joined(HandlingContext ctx, SeenChat chat, SeenUser member, Optional<Integer> thread) {
    if (member.isBot() || member.id().isAnonymousAdminProxy()) {
      return; // bots are not welcomed
    }
    Member who = new Member(chat.id(), member.id());
    if (!firstSight(new Sighting(who, GreetingKind.WELCOME), ctx.key())) {
      return; // the other update of the same join
    }
    ctx.afterCommit(() -> sightings.remove(new Sighting(who, GreetingKind.GOODBYE)));
    if (heldByCaptcha.test(chat.id(), member)) {
      return; // welcomed when they solve the captcha (or banned by anti-raid)
    }
    greeter.greet(ctx, GreetingKind.WELCOME, chat, member, thread);
  }

  /** A member who left on their own gets the goodbye; one removed by an admin (or a failed captcha) does not. */
  private void left(HandlingContext ctx, SeenChat chat, SeenUser member, boolean removed, Optional<Integer> thread) {
    Member who = new Member(chat.id(), member.id());
    if (!firstSight(new Sighting(who, GreetingKind.GOODBYE), ctx.key())) {
      return;
    }
    // a member who comes back is a new join, not the echo of the old one
    ctx.afterCommit(() -> sightings.remove(new Sighting(who, GreetingKind.WELCOME)));
    if (member.isBot() || removed) {
      return;
    }
    greeter.greet(ctx, GreetingKind.GOODBYE, chat, member, thread);
  }

  private boolean firstSight(Sighting sighting, EventKey event) {
    Instant now = clock.instant();
    sightings.values().removeIf(s -> s.at().isBefore(now.minus(SAME_JOIN)));
    Seen earlier = sightings.putIfAbsent(sighting, new Seen(now, event));
    return earlier == null || earlier.event().equals(event);
  }

  // ------------------------------------------------------------------------------------------------ the bot added

  /**
   * The bot was added: a basic group is asked to become a supergroup (the bot needs one) and left; a channel is left;
   * a supergroup is thanked, and asked to make the bot an admin when it is not one.
   *
   * @param admin whether the bot is an admin, when the update says; otherwise asked
   */
  private void botAdded(HandlingContext ctx, SeenChat chat, Optional<Boolean> admin, Optional<Integer> thread) {
    if (!firstSight(new Sighting(new Member(chat.id(), bot.id()), GreetingKind.WELCOME), ctx.key())) {
      return;
    }
    switch (chat.kind()) {
      case CHANNEL -> {
        ctx.claimOnce();
        ctx.act(new ChatAction.LeaveChat(chat.id()));
      }
      case GROUP -> {
        ctx.claimOnce();
        ctx.act(new ChatAction.Send(OutgoingMessage.to(chat.id(), ctx.messages().html(BOT_BASIC_GROUP))
            .inThread(thread)));
        ctx.act(new ChatAction.LeaveChat(chat.id()));
      }
      case SUPERGROUP -> {
        ctx.claimOnce();
        String title = chat.title() == null ? "" : chat.title();
        ctx.act(new ChatAction.Send(OutgoingMessage.to(chat.id(), ctx.messages().html(BOT_ADDED, "chat", title,
            "bot", bot.username())).inThread(thread)));
        if (!admin.orElseGet(() -> permissions.isAdmin(chat.id(), bot.id()))) {
          ctx.act(new ChatAction.Send(OutgoingMessage.to(chat.id(), ctx.messages().html(BOT_MAKE_ADMIN))
              .inThread(thread)));
        }
      }
      case PRIVATE -> { }
    }
  }

  // ------------------------------------------------------------------------------------------------ join requests

  private void joinRequested(JoinContext ctx) {
    JoinRequest request = ctx.request();
    ChatId chat = request.chat().id();
    SeenUser user = request.user();
    if (!request.chat().kind().hasMembers()) {
      return;
    }
    if (greeter.settings(chat).autoApprove()) {
      ctx.claimOnce();
      ctx.act(new ChatAction.ApproveJoinRequest(chat, user.id()));
      return;
    }
    Instant now = clock.instant();
    pendingRequests.values().removeIf(p -> p.at().isBefore(now.minus(PENDING_NOTICE)));
    Pending earlier = pendingRequests.putIfAbsent(new Member(chat, user.id()),
        new Pending(now, ctx.key(), user.fullName()));
    if (earlier != null && !earlier.event().equals(ctx.key())) {
      return; // a notice for this request is up already
    }
    ctx.claimOnce();
    Keyboard keyboard = Keyboard.row(
        new Button.Callback(ctx.messages().plain(JOIN_APPROVE), data("accept", user.id())),
        new Button.Callback(ctx.messages().plain(JOIN_DECLINE), data("decline", user.id())),
        new Button.Callback(ctx.messages().plain(JOIN_BAN), data("ban", user.id())));
    ctx.act(new ChatAction.Send(OutgoingMessage.to(chat, ctx.messages().html(JOIN_NOTICE,
        "user", Mention.user(user.id(), user.fullName()), "id", user.id().value())).withKeyboard(keyboard)));
  }

  private static String data(String action, UserId user) {
    return CallbackData.of(CallbackNamespace.JOIN_REQUEST).with("a", action).with("u", user.value()).encode();
  }

  private void joinButton(ButtonContext ctx) {
    Optional<String> action = ctx.data().field("a");
    Optional<UserId> user = ctx.data().field("u").flatMap(GreetingsModule::userId);
    if (action.isEmpty() || user.isEmpty()
        || !(action.get().equals("accept") || action.get().equals("decline") || action.get().equals("ban"))) {
      ctx.answer(JOIN_INVALID, true);
      return;
    }
    ChatId chat = ctx.chat();
    UserId requester = user.get();
    SeenUser presser = ctx.press().from();
    if (action.get().equals("ban")) {
      Optional<PermissionCheck.Denial> denial = permissions.check(BAN, chat, ctx.press().chat().kind(), presser.id(),
          false);
      if (denial.isPresent()) {
        PermissionCheck.Denial d = denial.get();
        ctx.answer(d.reason(), true, "right",
            d.right().map(r -> ctx.messages().plain(PermissionCheck.rightName(r))).orElse(""));
        return;
      }
    }
    ctx.claimOnce();
    Member key = new Member(chat, requester);
    Pending pending = pendingRequests.get(key);
    ctx.afterCommit(() -> pendingRequests.remove(key));
    TrustedHtml who = Mention.user(requester, Optional.ofNullable(pending).map(Pending::name));
    TrustedHtml admin = Mention.user(presser.id(), presser.fullName());
    MessageKey outcome;
    switch (action.get()) {
      case "accept" -> {
        ctx.act(new ChatAction.ApproveJoinRequest(chat, requester));
        outcome = JOIN_APPROVED;
      }
      case "decline" -> {
        ctx.act(new ChatAction.DeclineJoinRequest(chat, requester));
        outcome = JOIN_DECLINED;
      }
      default -> {
        ctx.act(new ChatAction.DeclineJoinRequest(chat, requester));
        ctx.act(new ChatAction.Ban(chat, requester, Optional.empty()));
        outcome = JOIN_BANNED;
      }
    }
    ctx.answer(JOIN_DONE, false);
    ctx.confirmEdit(ctx.messages().html(outcome, "user", who, "admin", admin), Keyboard.NONE);
  }

  private static Optional<UserId> userId(String text) {
    try {
      long id = Long.parseLong(text);
      return id > 0 ? Optional.of(UserId.of(id)) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}

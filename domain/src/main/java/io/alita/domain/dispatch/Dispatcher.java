package io.alita.domain.dispatch;

import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.action.Keyboard;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.audit.Actor;
import io.alita.domain.audit.Attribution;
import io.alita.domain.cache.ChatChanges;
import io.alita.domain.cache.PerChatCache;
import io.alita.domain.cache.CacheLimits;
import io.alita.domain.cache.CacheStats;
import io.alita.domain.cache.SettingsCaches;
import io.alita.domain.callback.CallbackData;
import io.alita.domain.callback.CallbackNamespace;
import io.alita.domain.command.Command;
import io.alita.domain.command.CommandParser;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.timer.DelayedAction;
import io.alita.domain.timer.Timer;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Incoming;
import io.alita.domain.update.IncomingMessage;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns one event into what it leads to, in one unit of work. Every message is observed, then runs through the stages
 * in order (a command is routed to its module after its gate is checked); button presses go to the module owning their
 * namespace, after the button's gate; member changes and join requests to the listeners; due timers to the module
 * owning their type.
 *
 * <p><b>One transaction per event.</b> The dispatcher opens the event's {@link UnitOfWork} through
 * {@link UpdateTransactions}: the first write of any stage opens one transaction that records the event's key, every
 * later write joins it, and it commits once the event is decided. Modules write through their context and never see a
 * transaction; a redelivered event stops at its first write ({@link AlreadyApplied}) and leads to nothing.
 *
 * <p><b>Contained failures.</b> A handler that throws (a bug, a store refusing a value) fails alone: its stage's writes
 * and actions are undone, the failure is logged with its stack trace and reported to the {@link DispatchMonitor}, and
 * the later stages still run; a command or button is answered with a short apology. Only an unreachable database
 * ({@link StoreUnavailable}) fails the whole event, which is then retried by the pipeline.
 *
 * <p><b>Anonymous admins.</b> A gated command sent as the group (GroupAnonymousBot) runs at once when the chat trusts
 * anonymous admins; otherwise the bot asks for proof with a button, keeps the command for {@link #ANON_PROOF_TTL}, and
 * runs it as the admin who presses the button, as part of that press (its key, its transaction).
 */
public final class Dispatcher implements EventHandler {

  public static final Duration ANON_PROOF_TTL = Duration.ofSeconds(20);
  /** Processed keys are kept this long: Telegram redelivers nothing older than a day. */
  public static final Duration REMEMBER_KEYS = Duration.ofDays(2);
  static final MessageKey ANON_PROVE = MessageKey.of("dispatch.anon_prove");
  static final MessageKey ANON_PROVE_BUTTON = MessageKey.of("dispatch.anon_prove_button");
  static final MessageKey ANON_EXPIRED = MessageKey.of("dispatch.anon_expired");
  static final MessageKey FAILED = MessageKey.of("dispatch.failed");
  static final MessageKey ANON_PROVEN = MessageKey.of("dispatch.anon_proven");

  private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

  /**
   * What the dispatcher needs from around it.
   *
   * @param team the owner and team, for team gates
   * @param anonymousAdmins whether a chat trusts anonymous admins without proof
   * @param attribution binds who runs a command or presses a button while its handler runs, so the changes it makes
   *     are audited under them; filters, listeners and timers run unbound: their changes are the bot's own
   * @param transactions the event's unit of work and its exactly-once record
   * @param monitor told of every contained failure (the worker counts them)
   * @param cacheLimits applied to every per-chat settings cache a module declares (docs/decisions/0038)
   */
  public record Ports(BotIdentity bot, AdminCache admins, TeamRoster team, AnonymousAdminPolicy anonymousAdmins,
      Messages messages, Clock clock, Attribution attribution, UpdateTransactions transactions,
      DispatchMonitor monitor, CacheLimits cacheLimits) {
    public Ports {
      Objects.requireNonNull(bot, "bot");
      Objects.requireNonNull(admins, "admins");
      Objects.requireNonNull(team, "team");
      Objects.requireNonNull(anonymousAdmins, "anonymousAdmins");
      Objects.requireNonNull(messages, "messages");
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(attribution, "attribution");
      Objects.requireNonNull(transactions, "transactions");
      Objects.requireNonNull(monitor, "monitor");
      Objects.requireNonNull(cacheLimits, "cacheLimits");
    }

    /** Ports with nobody attributed and failures only logged. */
    public static Ports of(BotIdentity bot, AdminCache admins, TeamRoster team, AnonymousAdminPolicy anonymousAdmins,
        Messages messages, Clock clock, UpdateTransactions transactions) {
      return new Ports(bot, admins, team, anonymousAdmins, messages, clock, Attribution.NONE, transactions,
          DispatchMonitor.NONE, CacheLimits.DEFAULT);
    }

    public Ports withAttribution(Attribution other) {
      return new Ports(bot, admins, team, anonymousAdmins, messages, clock, other, transactions, monitor,
          cacheLimits);
    }

    public Ports withMonitor(DispatchMonitor other) {
      return new Ports(bot, admins, team, anonymousAdmins, messages, clock, attribution, transactions, other,
          cacheLimits);
    }

    public Ports withCacheLimits(CacheLimits other) {
      return new Ports(bot, admins, team, anonymousAdmins, messages, clock, attribution, transactions, monitor,
          other);
    }
  }

  private record PendingProof(IncomingMessage message, Command command, CommandSpec spec, Instant expires) {}

  private final Map<String, CommandSpec> commands = new HashMap<>();
  private final Map<String, ButtonSpec> buttons = new HashMap<>();
  private final List<MemberListener> memberListeners = new ArrayList<>();
  private final List<JoinRequestListener> joinListeners = new ArrayList<>();
  private final List<MessageObserver> observers = new ArrayList<>();
  private final Map<Stage, List<MessageFilter>> filters = new EnumMap<>(Stage.class);
  private final Map<Class<?>, TimerHandler<?>> timerHandlers = new HashMap<>();
  private final List<CommandGuard> guards = new ArrayList<>();
  private final Map<String, PendingProof> pendingProofs = new ConcurrentHashMap<>();
  private final SettingsCaches settingsCaches;
  private ConnectedChats connectedChats = ConnectedChats.NONE;
  private ChatLanguages chatLanguages;
  private boolean languagesClaimed;
  private final Lifecycle lifecycle = new Lifecycle();

  private final CommandParser parser;
  private final PermissionCheck permissions;
  private final AdminCache admins;
  private final AnonymousAdminPolicy anonymousAdmins;
  private final Messages messages;
  private final Clock clock;
  private final Attribution attribution;
  private final UpdateTransactions transactions;
  private final DispatchMonitor monitor;

  public Dispatcher(List<BotModule> modules, Ports ports) {
    this.attribution = ports.attribution();
    this.transactions = ports.transactions();
    this.monitor = ports.monitor();
    this.settingsCaches = new SettingsCaches(ports.cacheLimits());
    this.parser = new CommandParser(ports.bot().username());
    this.admins = ports.admins();
    this.permissions = new PermissionCheck(admins, ports.bot(), ports.team());
    this.anonymousAdmins = ports.anonymousAdmins();
    this.messages = ports.messages();
    this.chatLanguages = chat -> messages;
    this.clock = ports.clock();
    ModuleRegistry own = new ModuleRegistry("Dispatcher");
    own.button(CallbackNamespace.ANON_ADMIN, this::proveAnonymousAdmin);
    own.onMember(ctx -> {
      if (ctx.change().changesAdmins()) {
        admins.invalidate(ctx.chat());
      }
    });
    own.every(Duration.ofHours(1),
        timers -> transactions.forgetBefore(clock.instant().minus(REMEMBER_KEYS)));
    for (BotModule m : modules) {
      m.register(new ModuleRegistry(m.name()));
    }
    for (CommandGuard g : guards) {
      g.registered(commandNames());
    }
    connectedChats.connectable(commands.values().stream().filter(CommandSpec::worksOverConnection).distinct().toList());
  }

  /** What one module registers, named for the lifecycle's logs. */
  private final class ModuleRegistry implements Registry {
    private final String module;

    ModuleRegistry(String module) {
      this.module = module;
    }

    @Override
    public void command(CommandSpec spec) {
      for (String name : spec.names()) {
        if (commands.putIfAbsent(name, spec) != null) {
          throw new IllegalStateException("two modules claim /" + name);
        }
      }
    }

    @Override
    public void connectedChats(ConnectedChats chats) {
      if (connectedChats != ConnectedChats.NONE) {
        throw new IllegalStateException("two modules claim connections");
      }
      connectedChats = Objects.requireNonNull(chats, "chats");
    }

    @Override
    public void chatLanguages(ChatLanguages languages) {
      if (languagesClaimed) {
        throw new IllegalStateException("two modules claim chat languages");
      }
      languagesClaimed = true;
      chatLanguages = Objects.requireNonNull(languages, "languages");
    }

    @Override
    public void button(CallbackNamespace namespace, Gate gate, ButtonHandler handler) {
      button(namespace, new ButtonSpec(gate, handler));
    }

    @Override
    public void connectableButton(CallbackNamespace namespace, Gate gate, ButtonHandler handler) {
      button(namespace, new ButtonSpec(gate, handler, true));
    }

    private void button(CallbackNamespace namespace, ButtonSpec spec) {
      if (buttons.putIfAbsent(namespace.value(), spec) != null) {
        throw new IllegalStateException("two modules claim buttons " + namespace.value());
      }
    }

    @Override
    public void onMember(MemberListener listener) {
      memberListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void onJoinRequest(JoinRequestListener listener) {
      joinListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void observe(MessageObserver observer) {
      observers.add(Objects.requireNonNull(observer, "observer"));
    }

    @Override
    public void filter(Stage stage, MessageFilter filter) {
      if (stage == Stage.COMMANDS) {
        throw new IllegalArgumentException("commands are routed by the dispatcher; register a CommandSpec");
      }
      filters.computeIfAbsent(stage, s -> new ArrayList<>()).add(Objects.requireNonNull(filter, "filter"));
    }

    @Override
    public <T extends Timer> void onTimer(Class<T> type, TimerHandler<T> handler) {
      if (type == DelayedAction.class || timerHandlers.putIfAbsent(type, handler) != null) {
        throw new IllegalStateException("two modules claim timers " + type.getSimpleName());
      }
    }

    @Override
    public void onStart(StartHook hook) {
      lifecycle.addStart(module, hook);
    }

    @Override
    public void every(Duration period, PeriodicJob job) {
      lifecycle.addJob(module, period, job);
    }

    @Override
    public void onStop(Runnable hook) {
      lifecycle.addStop(module, hook);
    }

    @Override
    public void settingsCache(PerChatCache<?> cache) {
      settingsCaches.add(cache);
    }

    @Override
    public void guard(CommandGuard guard) {
      guards.add(Objects.requireNonNull(guard, "guard"));
    }
  }

  /** The names of every command, for the help menu and tests. */
  public Set<String> commandNames() {
    return Collections.unmodifiableSet(commands.keySet());
  }

  /**
   * Where the database's change notifications go: forgets a chat's cached settings in every module that declared a
   * cache, so a change saved by another process (the console) is seen by the next message.
   */
  public ChatChanges settingsChanges() {
    return settingsCaches;
  }

  /** What the per-chat settings caches did, summed over every cache a module declared (for {@code /metrics}). */
  public CacheStats cacheStats() {
    return settingsCaches.stats();
  }

  /** What the modules do at the worker's start, in the background, and at its stop. */
  public Lifecycle lifecycle() {
    return lifecycle;
  }

  public PermissionCheck permissions() {
    return permissions;
  }

  /** Admin lists are cached per chat; exposed for /admincache. */
  public AdminCache admins() {
    return admins;
  }

  /**
   * Decides {@code event} in its unit of work and commits it. Never throws: a handler's failure is contained, and a
   * failure of the event as a whole comes back as {@link Outcome.Unavailable} or {@link Outcome.Failed}.
   */
  @Override
  public Outcome handle(Incoming event) {
    try {
      return new Outcome.Handled(transactions.handle(event.key(), work -> route(event, work)));
    } catch (AlreadyApplied repeat) {
      return Outcome.REPEAT;
    } catch (StoreUnavailable down) {
      return new Outcome.Unavailable(down);
    } catch (RuntimeException failed) {
      return new Outcome.Failed(failed);
    }
  }

  /**
   * What {@code event} leads to, for callers that carry nothing out on failure (tests, the console's sandbox): the
   * effects, none for a repeat.
   *
   * @throws RuntimeException the event failed as a whole (the cause of {@link Outcome.Unavailable} or
   *     {@link Outcome.Failed})
   */
  public Effects dispatch(Incoming event) {
    Outcome outcome = handle(event);
    if (outcome instanceof Outcome.Handled h) {
      return h.effects();
    }
    if (outcome instanceof Outcome.Unavailable u) {
      throw u.cause();
    }
    if (outcome instanceof Outcome.Failed f) {
      throw f.cause();
    }
    return new Effects();
  }

  private Effects route(Incoming event, UnitOfWork work) {
    Effects effects = new Effects();
    if (event instanceof Incoming.Message m) {
      message(event.key(), m.message(), work, effects);
    } else if (event instanceof Incoming.Button b) {
      button(event.key(), b, work, effects);
    } else if (event instanceof Incoming.Member m) {
      MemberContext ctx = new MemberContext(event.key(), m.change(), work, effects, messagesIn(m.change().chat().id()));
      for (MemberListener l : memberListeners) {
        contained("member", work, effects, () -> l.changed(ctx), () -> { });
      }
    } else if (event instanceof Incoming.Join j) {
      JoinContext ctx = new JoinContext(event.key(), j.request(), work, effects, messagesIn(j.request().chat().id()));
      for (JoinRequestListener l : joinListeners) {
        contained("join", work, effects, () -> l.requested(ctx), () -> { });
      }
    } else if (event instanceof Incoming.Due d) {
      timer(event.key(), d.timer(), work, effects);
    }
    return effects;
  }

  // ------------------------------------------------------------------------------------------------ containment

  /**
   * Runs one handler so that its failure stays its own: its writes and actions are undone, the failure logged and
   * counted, and {@code onFailure} adds what the user should see. The event's own outcomes (a repeat, an unreachable
   * database) pass through.
   */
  private void contained(String stage, UnitOfWork work, Effects effects, Runnable handler, Runnable onFailure) {
    UnitOfWork.Mark writes = work.mark();
    Effects.Mark actions = effects.mark();
    try {
      handler.run();
    } catch (AlreadyApplied | StoreUnavailable eventLevel) {
      throw eventLevel;
    } catch (RuntimeException failure) {
      work.rollbackTo(writes);
      effects.rewind(actions);
      LOG.log(Level.ERROR, "A " + stage + " handler failed; its changes were undone and the update goes on", failure);
      monitor.contained(stage, failure);
      onFailure.run();
    }
  }

  private MessageFilter.Verdict containedFilter(Stage stage, MessageFilter filter, MessageContext ctx) {
    MessageFilter.Verdict[] verdict = {MessageFilter.Verdict.CONTINUE};
    contained(stage.name().toLowerCase(java.util.Locale.ROOT), ctx.unitOfWork(), ctx.effects(),
        () -> verdict[0] = filter.check(ctx), () -> verdict[0] = MessageFilter.Verdict.CONTINUE);
    return verdict[0];
  }

  // ------------------------------------------------------------------------------------------------ messages

  private void message(EventKey key, IncomingMessage message, UnitOfWork work, Effects effects) {
    for (MessageObserver o : observers) {
      contained("observer", work, effects, () -> o.observe(message), () -> { });
    }
    MessageContext ctx = new MessageContext(key, message, work, effects, messagesIn(message.chatId()));
    for (Stage stage : Stage.values()) {
      if (stage == Stage.COMMANDS) {
        command(key, message, work, effects);
        continue;
      }
      for (MessageFilter f : filters.getOrDefault(stage, List.of())) {
        if (containedFilter(stage, f, ctx) == MessageFilter.Verdict.STOP) {
          return;
        }
      }
    }
  }

  private void command(EventKey key, IncomingMessage message, UnitOfWork work, Effects effects) {
    if (message.edited()) {
      return; // commands are not re-run when their message is edited
    }
    Optional<Command> parsed = parser.parse(message.text(), message.entities());
    if (parsed.isEmpty()) {
      return;
    }
    CommandSpec spec = commands.get(parsed.get().name());
    if (spec == null || message.from().isEmpty()) {
      return;
    }
    SeenUser sender = message.from().get();
    if (keptFromMember(message, parsed.get().name(), sender, effects)) {
      return;
    }
    boolean anonymous = isAnonymousAdmin(message);
    if (anonymous && spec.gate().needsAdmin()) {
      if (!spec.anonymousAdmins()) {
        return; // the original routes only some commands for anonymous admins; others ignore them
      }
      if (!anonymousAdmins.trusts(message.chatId())) {
        askForProof(key, message, parsed.get(), spec, work, effects);
        return;
      }
    }
    run(key, message, parsed.get(), spec, sender, anonymous, work, effects);
  }

  /**
   * True when a guard keeps the command from its sender (a disabled command sent by a member of a group who is no
   * admin): it is then ignored, and its message deleted if the guard says so. Private chats and admins bypass it; the
   * admin check (possibly a Telegram query) is made only for a command a guard would keep.
   */
  private boolean keptFromMember(IncomingMessage message, String name, SeenUser sender, Effects effects) {
    if (!message.isGroup() || guards.isEmpty()) {
      return false;
    }
    CommandGuard.Verdict verdict = verdict(message.chatId(), name);
    if (verdict == CommandGuard.Verdict.RUN || isAnonymousAdmin(message)
        || permissions.isAdmin(message.chatId(), sender.id())) {
      return false;
    }
    if (verdict == CommandGuard.Verdict.IGNORE_AND_DELETE) {
      effects.add(ChatAction.Delete.one(message.chatId(), message.id()));
    }
    return true;
  }

  /**
   * True when a guard keeps the command from {@code sender} in {@code group}, which they act on from a private chat
   * over a connection: a member connected with /allowconnect cannot run from private what is disabled for members in
   * the group. There is nothing to delete: the message is in private.
   */
  private boolean keptFromMember(ChatId group, String name, SeenUser sender) {
    return !guards.isEmpty() && verdict(group, name) != CommandGuard.Verdict.RUN
        && !permissions.isAdmin(group, sender.id());
  }

  private CommandGuard.Verdict verdict(ChatId chat, String name) {
    CommandGuard.Verdict verdict = CommandGuard.Verdict.RUN;
    for (int i = 0; i < guards.size() && verdict == CommandGuard.Verdict.RUN; i++) {
      verdict = guards.get(i).forMembers(chat, name);
    }
    return verdict;
  }

  private static boolean isAnonymousAdmin(IncomingMessage message) {
    return message.from().map(u -> u.id().equals(UserId.GROUP_ANONYMOUS_BOT)).orElse(false)
        && message.senderChat().map(c -> c.id().equals(message.chatId())).orElse(false);
  }

  private void run(EventKey key, IncomingMessage message, Command command, CommandSpec spec, SeenUser actor,
      boolean trustedAnonymous, UnitOfWork work, Effects effects) {
    // Answered where it was sent: over a connection that is the private chat, so in the user's language.
    Messages texts = messagesIn(message.chatId());
    CommandContext here = new CommandContext(key, message, command, actor, trustedAnonymous, work, texts, effects);
    contained("command", work, effects, () -> {
      Optional<SeenChat> target = targetChat(message, spec, actor, work, here);
      if (target.isEmpty()) {
        return;
      }
      boolean overConnection = !target.get().equals(message.chat());
      if (overConnection && keptFromMember(target.get().id(), command.name(), actor)) {
        return; // disabled in the connected group for members: as ignored from private as in the group
      }
      CommandContext ctx = !overConnection ? here
          : new CommandContext(key, message, command, actor, trustedAnonymous, target.get(), work, texts, effects);
      Optional<PermissionCheck.Denial> denial = permissions.check(spec.gate(), ctx.chat(), ctx.targetChat().kind(),
          actor.id(), trustedAnonymous);
      if (denial.isPresent()) {
        PermissionCheck.Denial d = denial.get();
        if (!d.silent()) {
          ctx.reply(d.reason(), "right", d.right().map(r -> texts.plain(PermissionCheck.rightName(r))).orElse(""));
        }
        return;
      }
      Actor who = trustedAnonymous ? Actor.anonymousAdmin() : Actor.command(actor.id(), actor.fullName());
      Effects.Mark before = effects.mark();
      attribution.during(who, () -> spec.handler().handle(ctx));
      if (ctx.overConnection()) {
        effects.rewrite(before, action -> intoPrivate(action, ctx));
      }
    }, () -> here.reply(FAILED));
  }

  /**
   * The chat a command acts on: its own, or, for a connection-aware command sent in private, the connected group
   * ({@link ConnectedChats}); empty when it must not run, after answering why in private.
   */
  private Optional<SeenChat> targetChat(IncomingMessage message, CommandSpec spec, SeenUser actor, UnitOfWork work,
      CommandContext here) {
    if (!spec.worksOverConnection() || !message.isPrivate()) {
      return Optional.of(message.chat());
    }
    ConnectedChats.Target target = connectedChats.resolve(new ConnectedChats.Request(actor, spec.name(), work));
    if (target instanceof ConnectedChats.Target.Refused r) {
      here.reply(r.reason(), r.namesAndValues().toArray());
      return Optional.empty();
    }
    return Optional.of(((ConnectedChats.Target.Group) target).group());
  }

  /**
   * A message a command sent over a connection addressed to the group goes to the private chat instead: answers
   * never reach the group (a module doing so is a bug, logged here).
   */
  private static ChatAction intoPrivate(ChatAction action, CommandContext ctx) {
    if (!action.chat().equals(ctx.chat())) {
      return action;
    }
    Optional<MessageId> reply = Optional.of(ctx.message().id());
    if (action instanceof ChatAction.Send s) {
      LOG.log(Level.WARNING, "/" + ctx.command().name() + " over a connection sent to the group; answered in private");
      OutgoingMessage m = s.message();
      return new ChatAction.Send(new OutgoingMessage(ctx.answerChat(), m.html(), m.keyboard(), reply, m.silent(),
          m.linkPreview(), Optional.empty(), m.protect()));
    }
    if (action instanceof ChatAction.SendMedia m) {
      LOG.log(Level.WARNING, "/" + ctx.command().name() + " over a connection sent to the group; answered in private");
      return new ChatAction.SendMedia(ctx.answerChat(), m.media(), m.captionHtml(), m.keyboard(), reply,
          Optional.empty(), m.silent(), m.protect());
    }
    if (action instanceof ChatAction.SendPhoto p) {
      LOG.log(Level.WARNING, "/" + ctx.command().name() + " over a connection sent to the group; answered in private");
      return new ChatAction.SendPhoto(ctx.answerChat(), p.png(), p.captionHtml(), p.keyboard(), reply);
    }
    return action;
  }

  private void askForProof(EventKey key, IncomingMessage message, Command command, CommandSpec spec, UnitOfWork work,
      Effects effects) {
    Instant now = clock.instant();
    pendingProofs.values().removeIf(p -> p.expires().isBefore(now));
    pendingProofs.put(proofKey(message.chatId(), message.id()),
        new PendingProof(message, command, spec, now.plus(ANON_PROOF_TTL)));
    CallbackData data = CallbackData.of(CallbackNamespace.ANON_ADMIN)
        .with("c", message.chatId().value()).with("m", message.id().value());
    Messages texts = messagesIn(message.chatId());
    CommandContext ctx = new CommandContext(key, message, command, message.from().get(), false, work, texts, effects);
    ctx.replyHtml(texts.html(ANON_PROVE), Keyboard.row(Button.Callback.of(texts.plain(ANON_PROVE_BUTTON), data)));
  }

  /** The proof: the kept command runs now, as the admin who pressed, as part of this press. */
  private void proveAnonymousAdmin(ButtonContext ctx) {
    Optional<Long> chat = ctx.data().field("c").flatMap(Dispatcher::parseLong);
    Optional<Long> msg = ctx.data().field("m").flatMap(Dispatcher::parseLong);
    if (chat.isEmpty() || msg.isEmpty() || chat.get() != ctx.chat().value()) {
      ctx.answer(ANON_EXPIRED, true);
      return;
    }
    String proof = proofKey(ctx.chat(), MessageId.of(msg.get().intValue()));
    PendingProof pending = pendingProofs.get(proof);
    if (pending == null || pending.expires().isBefore(clock.instant())) {
      pendingProofs.remove(proof);
      ctx.answer(ANON_EXPIRED, true);
      ctx.edit(ctx.messages().html(ANON_EXPIRED), Keyboard.NONE);
      return;
    }
    if (!permissions.isAdmin(ctx.chat(), ctx.press().from().id())) {
      ctx.answer(PermissionCheck.USER_NOT_ADMIN, true, "right", "");
      return;
    }
    // Used up once the press commits: a press retried after the database failed still finds its command.
    ctx.afterCommit(() -> pendingProofs.remove(proof, pending));
    ctx.act(ChatAction.Delete.one(ctx.chat(), ctx.press().message()));
    ctx.answer(ANON_PROVEN, false);
    run(ctx.key(), pending.message(), pending.command(), pending.spec(), ctx.press().from(), false, ctx.unitOfWork(),
        ctx.effects());
  }

  // ------------------------------------------------------------------------------------------------ buttons

  private void button(EventKey key, Incoming.Button b, UnitOfWork work, Effects effects) {
    Optional<CallbackData> data = CallbackData.decode(b.press().data());
    ButtonSpec spec = data.map(d -> buttons.get(d.namespace().value())).orElse(null);
    ChatId chat = b.press().chat().id();
    if (spec == null) {
      effects.add(new ChatAction.AnswerButton(chat, b.press().callbackId(), "", false));
      return;
    }
    // Answered where it was pressed: a group's button in the group's language, one in private in the user's.
    Messages texts = messagesIn(chat);
    ButtonContext here = new ButtonContext(key, b.press(), data.get(), work, texts, effects);
    SeenUser presser = b.press().from();
    boolean[] failed = {false};
    ButtonContext[] acting = {here};
    boolean[] refused = {false};
    contained("button", work, effects, () -> {
      SeenChat target = b.press().chat();
      if (spec.worksOverConnection() && target.kind() == io.alita.domain.tracking.ChatKind.PRIVATE) {
        ConnectedChats.Target t = connectedChats.resolve(new ConnectedChats.Request(presser, "", work));
        if (t instanceof ConnectedChats.Target.Refused r) {
          refused[0] = true; // an alert is plain text: the reason without its formatting
          effects.add(new ChatAction.AnswerButton(chat, b.press().callbackId(),
              io.alita.domain.format.Html.visibleText(texts.html(r.reason(), r.namesAndValues().toArray())), true));
          return;
        }
        target = ((ConnectedChats.Target.Group) t).group();
        acting[0] = new ButtonContext(key, b.press(), data.get(), target, work, texts, effects);
      }
      ButtonContext ctx = acting[0];
      Optional<PermissionCheck.Denial> denial =
          permissions.check(spec.gate(), target.id(), target.kind(), presser.id(), false);
      if (denial.isPresent()) {
        PermissionCheck.Denial d = denial.get();
        ctx.answer(d.reason(), true, "right",
            d.right().map(r -> texts.plain(PermissionCheck.rightName(r))).orElse(""));
        return;
      }
      attribution.during(Actor.command(presser.id(), presser.fullName()), () -> spec.handler().handle(ctx));
    }, () -> failed[0] = true);
    if (failed[0]) {
      // the failed handler's answer (if any) was undone with its other actions: every press gets one answer
      effects.add(new ChatAction.AnswerButton(chat, b.press().callbackId(), texts.plain(FAILED), true));
    } else if (!acting[0].answered() && !refused[0]) {
      effects.add(new ChatAction.AnswerButton(chat, b.press().callbackId(), "", false));
    }
  }

  // ------------------------------------------------------------------------------------------------ timers

  @SuppressWarnings("unchecked")
  private <T extends Timer> void timer(EventKey key, T timer, UnitOfWork work, Effects effects) {
    if (timer instanceof DelayedAction delayed) {
      effects.add(delayed.action());
      return;
    }
    TimerHandler<T> handler = (TimerHandler<T>) timerHandlers.get(timer.getClass());
    if (handler == null) {
      LOG.log(Level.WARNING, "No module handles timers " + timer.getClass().getSimpleName() + "; " + timer.id()
          + " is dropped");
      return;
    }
    TimerContext<T> ctx = new TimerContext<>(key, timer, work, effects, messagesIn(timer.chat()));
    contained("timer", work, effects, () -> handler.fire(ctx), () -> { });
  }

  /**
   * The one place an event's language is chosen: the texts of the chat it is answered in (a group's language, in
   * private the user's), English when unset or unknown. Cached by the Languages module: no query per message.
   */
  private Messages messagesIn(ChatId chat) {
    return chatLanguages.of(chat);
  }

  private static String proofKey(ChatId chat, MessageId message) {
    return chat.value() + ":" + message.value();
  }

  private static Optional<Long> parseLong(String s) {
    try {
      return Optional.of(Long.parseLong(s));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}

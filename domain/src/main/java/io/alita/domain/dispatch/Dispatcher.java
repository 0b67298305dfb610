package io.alita.domain.dispatch;

import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.action.Keyboard;
import io.alita.domain.audit.Actor;
import io.alita.domain.audit.Attribution;
import io.alita.domain.cache.ChatChanges;
import io.alita.domain.cache.PerChatCache;
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
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Incoming;
import io.alita.domain.update.IncomingMessage;
import io.alita.domain.update.UpdateId;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns one update into the actions it leads to: every message is observed, then a command is routed to its module
 * after its gate is checked; button presses go to the module owning their namespace; member changes to the listeners.
 * Returns the {@link Effects}; carrying them out is the caller's business (after any state change is committed).
 *
 * <p>Anonymous admins: a gated command sent as the group (GroupAnonymousBot) runs at once when the chat trusts
 * anonymous admins; otherwise the bot asks for proof with a button, keeps the command for {@link #ANON_PROOF_TTL},
 * and runs it as the admin who presses the button.
 */
public final class Dispatcher {

  public static final Duration ANON_PROOF_TTL = Duration.ofSeconds(20);
  static final MessageKey ANON_PROVE = MessageKey.of("dispatch.anon_prove");
  static final MessageKey ANON_PROVE_BUTTON = MessageKey.of("dispatch.anon_prove_button");
  static final MessageKey ANON_EXPIRED = MessageKey.of("dispatch.anon_expired");
  static final MessageKey FAILED = MessageKey.of("dispatch.failed");
  static final MessageKey ANON_PROVEN = MessageKey.of("dispatch.anon_proven");

  private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

  private record PendingProof(UpdateId updateId, IncomingMessage message, Command command, CommandSpec spec,
      Instant expires) {}

  private final Map<String, CommandSpec> commands = new HashMap<>();
  private final Map<String, ButtonHandler> buttons = new HashMap<>();
  private final List<MemberListener> memberListeners = new ArrayList<>();
  private final List<MessageObserver> observers = new ArrayList<>();
  private final Map<Stage, List<MessageFilter>> filters = new java.util.EnumMap<>(Stage.class);
  private final Map<String, PendingProof> pendingProofs = new ConcurrentHashMap<>();
  private final SettingsCaches settingsCaches = new SettingsCaches();

  private final CommandParser parser;
  private final PermissionCheck permissions;
  private final AdminCache admins;
  private final AnonymousAdminPolicy anonymousAdmins;
  private final Messages messages;
  private final Clock clock;
  private final Attribution attribution;

  /** A dispatcher whose commands are attributed to nobody ({@link Attribution#NONE}). */
  public Dispatcher(List<BotModule> modules, BotIdentity bot, AdminCache admins, TeamRoster team,
      AnonymousAdminPolicy anonymousAdmins, Messages messages, Clock clock) {
    this(modules, bot, admins, team, anonymousAdmins, messages, clock, Attribution.NONE);
  }

  /**
   * @param attribution binds who runs a command or presses a button while its handler runs, so the changes it
   *     makes are audited under them; filters and member listeners run unbound: their changes are the bot's own
   */
  public Dispatcher(List<BotModule> modules, BotIdentity bot, AdminCache admins, TeamRoster team,
      AnonymousAdminPolicy anonymousAdmins, Messages messages, Clock clock, Attribution attribution) {
    this.attribution = Objects.requireNonNull(attribution, "attribution");
    this.parser = new CommandParser(bot.username());
    this.admins = admins;
    this.permissions = new PermissionCheck(admins, bot, team);
    this.anonymousAdmins = anonymousAdmins;
    this.messages = messages;
    this.clock = clock;
    Registry registry = new Registry() {
      @Override
      public void command(CommandSpec spec) {
        for (String name : spec.names()) {
          if (commands.putIfAbsent(name, spec) != null) {
            throw new IllegalStateException("two modules claim /" + name);
          }
        }
      }

      @Override
      public void button(CallbackNamespace namespace, ButtonHandler handler) {
        if (buttons.putIfAbsent(namespace.value(), handler) != null) {
          throw new IllegalStateException("two modules claim buttons " + namespace.value());
        }
      }

      @Override
      public void onMember(MemberListener listener) {
        memberListeners.add(listener);
      }

      @Override
      public void observe(MessageObserver observer) {
        observers.add(observer);
      }

      @Override
      public void filter(Stage stage, MessageFilter filter) {
        if (stage == Stage.COMMANDS) {
          throw new IllegalArgumentException("commands are routed by the dispatcher; register a CommandSpec");
        }
        filters.computeIfAbsent(stage, s -> new ArrayList<>()).add(filter);
      }

      @Override
      public void settingsCache(PerChatCache<?> cache) {
        settingsCaches.add(cache);
      }
    };
    registry.button(CallbackNamespace.ANON_ADMIN, this::proveAnonymousAdmin);
    registry.onMember((id, change, effects) -> {
      if (change.changesAdmins()) {
        admins.invalidate(change.chat().id());
      }
    });
    for (BotModule m : modules) {
      m.register(registry);
    }
  }

  /** The names of every command, for the help menu and tests. */
  public java.util.Set<String> commandNames() {
    return java.util.Collections.unmodifiableSet(commands.keySet());
  }

  /**
   * Where the database's change notifications go: forgets a chat's cached settings in every module that declared a
   * cache, so a change saved by another process (the console) is seen by the next message.
   */
  public ChatChanges settingsChanges() {
    return settingsCaches;
  }

  public PermissionCheck permissions() {
    return permissions;
  }

  /** Decides what {@code update} leads to. Never throws for a handler's failure: it is logged and answered. */
  public Effects dispatch(Incoming update) {
    Effects effects = new Effects();
    if (update instanceof Incoming.Message m) {
      message(m.updateId(), m.message(), effects);
    } else if (update instanceof Incoming.Button b) {
      button(b, effects);
    } else if (update instanceof Incoming.Member m) {
      memberListeners.forEach(l -> l.changed(m.updateId(), m.change(), effects));
    }
    // Join requests go to the greetings module, which is not part of this build.
    return effects;
  }

  private void message(UpdateId updateId, IncomingMessage message, Effects effects) {
    for (MessageObserver o : observers) {
      o.observe(message);
    }
    for (Stage stage : Stage.values()) {
      if (stage == Stage.COMMANDS) {
        command(updateId, message, effects);
        continue;
      }
      for (MessageFilter f : filters.getOrDefault(stage, List.of())) {
        if (f.check(updateId, message, effects) == MessageFilter.Verdict.STOP) {
          return;
        }
      }
    }
  }

  private void command(UpdateId updateId, IncomingMessage message, Effects effects) {
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
    boolean anonymous = isAnonymousAdmin(message);
    if (anonymous && spec.gate().needsAdmin()) {
      if (!spec.anonymousAdmins()) {
        return; // the original routes only some commands for anonymous admins; others ignore them
      }
      if (!anonymousAdmins.trusts(message.chatId())) {
        askForProof(updateId, message, parsed.get(), spec, effects);
        return;
      }
    }
    run(updateId, message, parsed.get(), spec, sender, anonymous, effects);
  }

  private static boolean isAnonymousAdmin(IncomingMessage message) {
    return message.from().map(u -> u.id().equals(UserId.GROUP_ANONYMOUS_BOT)).orElse(false)
        && message.senderChat().map(c -> c.id().equals(message.chatId())).orElse(false);
  }

  private void run(UpdateId updateId, IncomingMessage message, Command command, CommandSpec spec, SeenUser actor,
      boolean trustedAnonymous, Effects effects) {
    Optional<PermissionCheck.Denial> denial =
        permissions.check(spec.gate(), message.chatId(), message.chat().kind(), actor.id(), trustedAnonymous);
    CommandContext ctx = new CommandContext(updateId, message, command, actor, trustedAnonymous, messages, effects);
    if (denial.isPresent()) {
      PermissionCheck.Denial d = denial.get();
      if (!d.silent()) {
        ctx.reply(d.reason(), "right", d.right().map(r -> messages.plain(PermissionCheck.rightName(r))).orElse(""));
      }
      return;
    }
    Actor who = trustedAnonymous ? Actor.anonymousAdmin() : Actor.command(actor.id(), actor.fullName());
    try {
      attribution.during(who, () -> spec.handler().handle(ctx));
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "/" + command.name() + " failed in chat " + message.chatId(), e);
      ctx.reply(FAILED);
    }
  }

  private void askForProof(UpdateId updateId, IncomingMessage message, Command command, CommandSpec spec,
      Effects effects) {
    Instant now = clock.instant();
    pendingProofs.values().removeIf(p -> p.expires().isBefore(now));
    pendingProofs.put(proofKey(message.chatId(), message.id()),
        new PendingProof(updateId, message, command, spec, now.plus(ANON_PROOF_TTL)));
    CallbackData data = CallbackData.of(CallbackNamespace.ANON_ADMIN)
        .with("c", message.chatId().value()).with("m", message.id().value());
    CommandContext ctx = new CommandContext(updateId, message, command, message.from().get(), false, messages, effects);
    ctx.replyHtml(messages.html(ANON_PROVE), Keyboard.row(Button.Callback.of(messages.plain(ANON_PROVE_BUTTON), data)));
  }

  private void proveAnonymousAdmin(ButtonContext ctx) {
    Optional<Long> chat = ctx.data().field("c").flatMap(Dispatcher::parseLong);
    Optional<Long> msg = ctx.data().field("m").flatMap(Dispatcher::parseLong);
    if (chat.isEmpty() || msg.isEmpty() || chat.get() != ctx.chat().value()) {
      ctx.answer(ANON_EXPIRED, true);
      return;
    }
    String key = proofKey(ctx.chat(), MessageId.of(msg.get().intValue()));
    PendingProof pending = pendingProofs.get(key);
    if (pending == null || pending.expires().isBefore(clock.instant())) {
      pendingProofs.remove(key);
      ctx.answer(ANON_EXPIRED, true);
      ctx.edit(messages.html(ANON_EXPIRED), Keyboard.NONE);
      return;
    }
    if (!permissions.isAdmin(ctx.chat(), ctx.press().from().id())) {
      ctx.answer(PermissionCheck.USER_NOT_ADMIN, true, "right", "");
      return;
    }
    pendingProofs.remove(key);
    ctx.act(ChatAction.Delete.one(ctx.chat(), ctx.press().message()));
    ctx.answer(ANON_PROVEN, false);
    run(pending.updateId(), pending.message(), pending.command(), pending.spec(), ctx.press().from(), false,
        ctx.effects());
  }

  private void button(Incoming.Button b, Effects effects) {
    Optional<CallbackData> data = CallbackData.decode(b.press().data());
    ButtonHandler handler = data.map(d -> buttons.get(d.namespace().value())).orElse(null);
    if (handler == null) {
      effects.add(new ChatAction.AnswerButton(b.press().chat().id(), b.press().callbackId(), "", false));
      return;
    }
    ButtonContext ctx = new ButtonContext(b.updateId(), b.press(), data.get(), messages, effects);
    SeenUser presser = b.press().from();
    try {
      attribution.during(Actor.command(presser.id(), presser.fullName()), () -> handler.handle(ctx));
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "button " + b.press().data() + " failed in chat " + ctx.chat(), e);
      if (!ctx.answered()) {
        ctx.answer(FAILED, true);
      }
      return;
    }
    if (!ctx.answered()) {
      effects.add(new ChatAction.AnswerButton(ctx.chat(), b.press().callbackId(), "", false));
    }
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

  /** Admin lists are cached per chat; exposed for /admincache. */
  public AdminCache admins() {
    return admins;
  }
}

package io.alita.domain.captcha;

import io.alita.domain.format.Mention;
import io.alita.domain.action.ActionResult;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.action.Effects;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.cache.PerChatCache;
import io.alita.domain.callback.CallbackNamespace;
import io.alita.domain.command.Words;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.ButtonContext;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.EventKey;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.HandlingContext;
import io.alita.domain.dispatch.MemberContext;
import io.alita.domain.dispatch.MessageContext;
import io.alita.domain.dispatch.MessageFilter;
import io.alita.domain.dispatch.PermissionCheck;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.dispatch.Requirement;
import io.alita.domain.dispatch.Stage;
import io.alita.domain.dispatch.TimerContext;
import io.alita.domain.dispatch.Timers;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.i18n.TrustedHtml;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.ChatQueries;
import io.alita.domain.target.TargetExtractor;
import io.alita.domain.target.UserDirectory;
import io.alita.domain.timer.DelayedAction;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.IncomingMessage;
import io.alita.domain.update.MemberChange;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.random.RandomGenerator;

/**
 * Captcha: /captcha, /captchamode, /captchatime, /captchaaction, /captchamaxattempts, /captchapending,
 * /captchaclear; the challenge sent to a member who joins (muted until they answer); the answer and refresh buttons;
 * the gate at {@link Stage#CAPTCHA} that holds back and deletes a pending member's messages; the timeout; and the
 * 24-hour mute of {@link FailureAction#MUTE}.
 *
 * <p>Every resolution (right answer, last wrong answer, timeout, leave, /captcha off) claims the captcha from the store,
 * which ends it. Timeouts and the ends of mutes are timers ({@link CaptchaExpiry}, {@link CaptchaUnmute}): they come
 * back as events in the chat's order, so a timeout and a press of the same member never run at once, and what a
 * timer decides is written and carried out like any update's.
 *
 * <p>Lifecycle: at the worker's start, pending captchas and 24-hour mutes get their timers back (what is already due
 * comes back at once); every {@link #SWEEP_EVERY} a sweep brings back what a lost timer would have.
 */
public final class CaptchaModule implements BotModule {

  /** Found by {@link io.alita.domain.help.HelpTopics} through the module's name; declared for the bundle test. */
  static final MessageKey HELP = MessageKey.of("help.module.captcha");
  static final MessageKey TURNED_OFF = MessageKey.of("captcha.turned_off");
  static final MessageKey NOT_YOURS = MessageKey.of("captcha.not_yours");
  static final MessageKey STALE = MessageKey.of("captcha.stale");
  static final MessageKey INVALID_BUTTON = MessageKey.of("captcha.invalid_button");
  static final MessageKey WRONG = MessageKey.of("captcha.wrong");
  static final MessageKey NO_ATTEMPTS_LEFT = MessageKey.of("captcha.no_attempts_left");
  static final MessageKey CORRECT = MessageKey.of("captcha.correct");
  static final MessageKey TIME_UP = MessageKey.of("captcha.time_up");
  static final MessageKey VERIFIED = MessageKey.of("captcha.verified");
  static final MessageKey VERIFIED_HELD = MessageKey.of("captcha.verified_held");
  static final MessageKey FAILED = MessageKey.of("captcha.failed");
  static final MessageKey FAILED_HELD = MessageKey.of("captcha.failed_held");
  static final MessageKey REFRESHED = MessageKey.of("captcha.refreshed");
  static final MessageKey REFRESH_LIMIT = MessageKey.of("captcha.refresh_limit");
  static final MessageKey REFRESH_WAIT = MessageKey.of("captcha.refresh_wait");

  /** How long a failure notice stays before it is deleted. */
  public static final Duration NOTICE_LIFETIME = Duration.ofSeconds(30);
  /** A second join of the same member within this time (service message and chat_member) is the same join. */
  static final Duration JOIN_DEDUP = Duration.ofSeconds(5);

  private static final System.Logger LOG = System.getLogger(CaptchaModule.class.getName());

  /** How often the sweep looks for captchas and mutes whose time passed without their timer. */
  public static final Duration SWEEP_EVERY = Duration.ofMinutes(5);

  /** What {@link #recover} found, for the startup log. */
  public record Recovery(int pending, int due, int unsent, int mutes) {}

  private final CaptchaStore store;
  private final PermissionCheck permissions;
  private final ChatQueries chats;
  private final CaptchaSettingsCommands settingsCommands;
  private final HeldMessagesCommands heldMessages;
  private final BotIdentity bot;
  private final BiPredicate<ChatId, UserId> approved;
  private final Clock clock;
  private final ChallengeGenerator challenges;
  private final ChallengeImage images;
  private final VerifiedListener verified;
  private final PerChatCache<CaptchaSettings> settings;
  /** Pending captchas by chat and member: the gate runs on every message and must not ask the database. */
  private final Map<Member, AttemptId> pending = new ConcurrentHashMap<>();
  /** Recent joins, to see the second update of one join (service message and chat_member) as the same join. */
  private final Map<Member, Join> recentJoins = new ConcurrentHashMap<>();

  /** A member of a chat: the key of the in-memory indexes. */
  private record Member(ChatId chat, UserId user) {}

  /** When a member's join was seen, and in which event (a retry of that event is not a second join). */
  private record Join(Instant at, EventKey event) {}

  /**
   * @param approved whether a member is approved in a chat (approved members get no challenge); read at each join
   * @param users resolves {@code @username} targets of /captchapending and /captchaclear
   * @param random the source of challenges: a {@link java.security.SecureRandom} in production
   * @param verified told when a member solves their captcha (Greetings' welcome); {@link VerifiedListener#NONE}
   */
  public CaptchaModule(CaptchaStore store, AdminCache admins, ChatQueries chats, UserDirectory users, BotIdentity bot,
      BiPredicate<ChatId, UserId> approved, Clock clock, RandomGenerator random,
      VerifiedListener verified) {
    this.store = Objects.requireNonNull(store, "store");
    this.chats = Objects.requireNonNull(chats, "chats");
    this.bot = Objects.requireNonNull(bot, "bot");
    this.approved = Objects.requireNonNull(approved, "approved");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.challenges = new ChallengeGenerator(Objects.requireNonNull(random, "random"));
    this.images = new ChallengeImage(random);
    this.verified = Objects.requireNonNull(verified, "verified");
    // Only the admin rule is used; team levels never exempt anyone from a captcha.
    this.permissions = new PermissionCheck(Objects.requireNonNull(admins, "admins"), bot, (user, level) -> false);
    this.settings = new PerChatCache<>(store::settings);
    this.settingsCommands = new CaptchaSettingsCommands(store, settings);
    this.heldMessages = new HeldMessagesCommands(store, new TargetExtractor(Objects.requireNonNull(users, "users")));
  }

  @Override
  public String name() {
    return "Captcha";
  }

  @Override
  public void register(Registry registry) {
    registry.command(CommandSpec.of("captcha", Gate.GROUP_ADMIN.then(new Requirement.BotIsAdmin()), this::captcha));
    registry.command(CommandSpec.of("captchamode", Gate.GROUP_ADMIN, settingsCommands::setMode));
    registry.command(CommandSpec.of("captchatime", Gate.GROUP_ADMIN, settingsCommands::setTime));
    registry.command(CommandSpec.of("captchaaction", Gate.GROUP_ADMIN, settingsCommands::setAction));
    registry.command(CommandSpec.of("captchamaxattempts", Gate.GROUP_ADMIN, settingsCommands::setMaxAttempts));
    registry.command(CommandSpec.of("captchapending", Gate.GROUP_ADMIN, heldMessages::showPending));
    registry.command(CommandSpec.of("captchaclear", Gate.GROUP_ADMIN, heldMessages::clearPending));
    registry.button(CallbackNamespace.CAPTCHA_VERIFY, this::answerButton);
    registry.button(CallbackNamespace.CAPTCHA_REFRESH, this::refreshButton);
    registry.onMember(this::memberChanged);
    registry.filter(Stage.CAPTCHA, this::gate);
    registry.onTimer(CaptchaExpiry.class, this::expire);
    registry.onTimer(CaptchaUnmute.class, this::unmute);
    registry.onStart(timers -> LOG.log(Level.INFO, "Captcha recovery: " + recover(timers)));
    registry.every(SWEEP_EVERY, this::sweep);
    registry.settingsCache(settings); // shared with the settings commands
  }

  /** Whether the member has a captcha pending in the chat (Greetings holds its welcome back while they do). */
  public boolean isPending(ChatId chat, UserId user) {
    return pending.containsKey(key(chat, user));
  }

  /**
   * Frees a member from their pending captcha without judging them, e.g. because an admin approved them: the
   * captcha is claimed as part of {@code ctx}'s event, and the unmute and the removal of the challenge go to its
   * effects.
   *
   * @return false when the member had no pending captcha in the chat
   */
  public boolean release(ChatId chat, UserId user, HandlingContext ctx) {
    Optional<ClaimedAttempt> claimed = ctx.write(() -> store.attemptOf(chat, user).flatMap(a -> store.claim(a.id())));
    if (claimed.isEmpty()) {
      return false;
    }
    ctx.afterCommit(() -> pending.remove(key(chat, user)));
    ctx.act(new ChatAction.Restrict(chat, user, defaults(chat), Optional.empty()));
    claimed.get().attempt().message().ifPresent(m -> ctx.act(ChatAction.Delete.one(chat, m)));
    return true;
  }

  /** The chat's settings, as cached. */
  public CaptchaSettings settings(ChatId chat) {
    return settings.get(chat);
  }

  // ------------------------------------------------------------------------------------------------ settings commands

  /** /captcha [on|off]: no argument shows the settings; off releases everyone pending. */
  private void captcha(CommandContext ctx) {
    String arg = Words.splitFirst(ctx.command().argumentText()).first();
    if (arg.isEmpty()) {
      settingsCommands.showSettings(ctx);
    } else if (CaptchaSettingsChange.onOff(arg).equals(Optional.of(false))) {
      turnOff(ctx);
    } else {
      settingsCommands.turnOnOrExplain(ctx, arg);
    }
  }

  private record TurnedOff(List<ClaimedAttempt> released, List<CaptchaMute> unmuted) {}

  private void turnOff(CommandContext ctx) {
    ChatId chat = ctx.chat();
    TurnedOff off = ctx.write(() -> {
      store.setEnabled(chat, false);
      List<ClaimedAttempt> released = new ArrayList<>();
      for (CaptchaAttempt a : store.attemptsIn(chat)) {
        store.claim(a.id()).ifPresent(released::add);
      }
      return new TurnedOff(released, store.removeMutes(chat));
    });
    ctx.afterCommit(() -> {
      settings.invalidate(chat);
      off.released().forEach(c -> pending.remove(key(chat, c.attempt().user())));
    });
    ChatPermissions defaults = defaults(chat);
    for (ClaimedAttempt c : off.released()) {
      ctx.act(new ChatAction.Restrict(chat, c.attempt().user(), defaults, Optional.empty()));
      c.attempt().message().ifPresent(m -> ctx.act(ChatAction.Delete.one(chat, m)));
    }
    for (CaptchaMute m : off.unmuted()) {
      ctx.act(new ChatAction.Restrict(chat, m.user(), defaults, Optional.empty()));
    }
    ctx.reply(TURNED_OFF, "count", off.released().size() + off.unmuted().size());
  }

  // ------------------------------------------------------------------------------------------------ joins and leaves

  private void memberChanged(MemberContext ctx) {
    MemberChange change = ctx.change();
    if (change.aboutTheBot()) {
      return;
    }
    if (change.joined()) {
      challenge(ctx, change.chat(), List.of(change.user()));
    } else if (change.left()) {
      leave(ctx, change.chat().id(), change.user().id());
    }
  }

  /** The gate: joins and leaves by service message; a pending member's messages are held back and deleted. */
  private MessageFilter.Verdict gate(MessageContext ctx) {
    IncomingMessage message = ctx.message();
    if (!message.isGroup()) {
      return MessageFilter.Verdict.CONTINUE;
    }
    if (!message.newMembers().isEmpty()) {
      challenge(ctx, message.chat(), message.newMembers());
      return MessageFilter.Verdict.CONTINUE;
    }
    if (message.leftMember().isPresent()) {
      leave(ctx, message.chatId(), message.leftMember().get().id());
      return MessageFilter.Verdict.CONTINUE;
    }
    Optional<SeenUser> from = message.from();
    AttemptId attempt = from.map(u -> pending.get(key(message.chatId(), u.id()))).orElse(null);
    if (attempt == null) {
      return MessageFilter.Verdict.CONTINUE;
    }
    StoredKind kind = StoredKind.of(message.kind());
    StoredMessage held = new StoredMessage(kind, kind == StoredKind.TEXT ? message.text() : "", "",
        kind == StoredKind.TEXT ? "" : message.text());
    if (!ctx.write(() -> store.storeMessage(attempt, held))) {
      // resolved meanwhile (from the console, say): the member is free to talk
      ctx.afterCommit(() -> pending.remove(key(message.chatId(), from.get().id()), attempt));
      return MessageFilter.Verdict.CONTINUE;
    }
    ctx.act(ChatAction.Delete.one(message.chatId(), message.id()));
    return MessageFilter.Verdict.STOP;
  }

  /** Mutes and challenges the members who joined, unless captcha is off or they are exempt. */
  private void challenge(HandlingContext ctx, SeenChat chat, List<SeenUser> joined) {
    CaptchaSettings s = settings.get(chat.id());
    if (!s.enabled()) {
      return;
    }
    Instant now = clock.instant();
    recentJoins.values().removeIf(j -> j.at().isBefore(now.minus(JOIN_DEDUP)));
    List<SeenUser> toChallenge = joined.stream()
        .filter(this::mayBeChallenged)
        .filter(u -> firstSight(key(chat.id(), u.id()), now, ctx.key()))
        .filter(u -> !exempt(chat.id(), u))
        .toList();
    if (toChallenge.isEmpty()) {
      return;
    }
    Instant expires = now.plus(s.timeout().duration());
    List<Map.Entry<CaptchaAttempt, Challenge>> created = ctx.write(() -> {
      List<Map.Entry<CaptchaAttempt, Challenge>> made = new ArrayList<>();
      for (SeenUser u : toChallenge) {
        Challenge c = challenges.generate(s.mode());
        store.create(new NewAttempt(chat.id(), u.id(), u.fullName(), c.answer(), now, expires))
            .ifPresent(a -> made.add(Map.entry(a, c)));
      }
      return made;
    });
    Effects effects = ctx.effects();
    for (Map.Entry<CaptchaAttempt, Challenge> e : created) {
      CaptchaAttempt a = e.getKey();
      ctx.afterCommit(() -> pending.put(key(chat.id(), a.user()), a.id()));
      SeenUser member = toChallenge.stream().filter(u -> u.id().equals(a.user())).findFirst().orElseThrow();
      ChatAction challenge = new ChallengePresenter(ctx.messages()).action(chat.id(), a, e.getValue(), member.fullName(), s, images);
      // Mute first; only a muted member is challenged. Any failing step undoes the ones before it.
      effects.add(new ChatAction.Restrict(chat.id(), a.user(), ChatPermissions.NOTHING, Optional.empty()), muted -> {
        if (!muted.succeeded()) {
          release(a, false, effects);
          return;
        }
        effects.add(challenge, sent -> {
          if (!(sent instanceof ActionResult.Sent ok)) {
            release(a, true, effects);
          } else if (store.setMessage(a.id(), ok.message())) {
            effects.schedule(a.expiresAt(), new CaptchaExpiry(a.chat(), a.id()));
          } else {
            // resolved while the challenge was on its way: nobody will answer it
            effects.add(ChatAction.Delete.one(chat.id(), ok.message()));
          }
        });
      });
    }
  }

  /**
   * Whether {@code member}, joining {@code chat} now, is challenged (captcha on; not a bot, an admin or approved): then
   * Greetings holds its welcome back until they solve it ({@link VerifiedListener}).
   */
  public boolean challenges(ChatId chat, SeenUser member) {
    return settings.get(chat).enabled() && mayBeChallenged(member) && !exempt(chat, member);
  }

  private boolean mayBeChallenged(SeenUser u) {
    return !u.isBot() && !u.id().equals(bot.id()) && !u.id().isAnonymousAdminProxy();
  }

  private boolean exempt(ChatId chat, SeenUser u) {
    return permissions.isAdmin(chat, u.id()) || approved.test(chat, u.id());
  }

  /** True unless the member's join was seen moments ago in another event (the other update of the same join). */
  private boolean firstSight(Member member, Instant now, EventKey event) {
    Join earlier = recentJoins.putIfAbsent(member, new Join(now, event));
    return earlier == null || earlier.event().equals(event);
  }

  /**
   * Takes a captcha back without judging the member (their mute or challenge could not be carried out): unmuted as
   * the chat's defaults allow. Runs after the join committed, from a follow-up, so the claim is a write of its own.
   */
  private void release(CaptchaAttempt a, boolean unmute, Effects effects) {
    pending.remove(key(a.chat(), a.user()));
    if (store.claim(a.id()).isPresent() && unmute) {
      effects.add(new ChatAction.Restrict(a.chat(), a.user(), defaults(a.chat()), Optional.empty()));
    }
  }

  private void leave(HandlingContext ctx, ChatId chat, UserId user) {
    AttemptId attempt = pending.get(key(chat, user));
    if (attempt == null && !settings.get(chat).enabled()) {
      return;
    }
    Optional<ClaimedAttempt> claimed = ctx.write(() -> {
      Optional<ClaimedAttempt> c = Optional.ofNullable(attempt)
          .or(() -> store.attemptOf(chat, user).map(CaptchaAttempt::id))
          .flatMap(store::claim);
      store.removeMute(chat, user);
      return c;
    });
    ctx.afterCommit(() -> {
      // A member who comes back at once is a new join, not the echo of the old one.
      recentJoins.remove(key(chat, user));
      pending.remove(key(chat, user));
    });
    claimed.flatMap(c -> c.attempt().message()).ifPresent(m -> ctx.act(ChatAction.Delete.one(chat, m)));
  }

  // ------------------------------------------------------------------------------------------------ buttons

  private void answerButton(ButtonContext ctx) {
    Optional<ChallengeButton> button = ChallengeButton.of(ctx.data());
    if (button.isEmpty()) {
      ctx.answer(INVALID_BUTTON, true);
      return;
    }
    Instant now = clock.instant();
    UserId presser = ctx.press().from().id();
    Optional<CaptchaAttempt> attempt = presser.equals(button.get().user())
        ? store.attempt(button.get().attempt()) : Optional.empty();
    CaptchaRules.Press press = CaptchaRules.answer(button.get(), ctx.chat(), presser, attempt, now);
    if (press instanceof CaptchaRules.Press.NotYours) {
      ctx.answer(NOT_YOURS, true);
    } else if (press instanceof CaptchaRules.Press.Stale) {
      ctx.answer(STALE, true);
    } else if (press instanceof CaptchaRules.Press.Expired expired) {
      fail(ctx, expired.attempt(), TIME_UP);
    } else if (press instanceof CaptchaRules.Press.Correct correct) {
      solve(ctx, correct.attempt());
    } else if (!settings.get(ctx.chat()).enabled()) {
      // captcha was turned off meanwhile (from the console, say): a pending captcha no longer judges anyone
      solve(ctx, ((CaptchaRules.Press.Wrong) press).attempt());
    } else {
      wrong(ctx, ((CaptchaRules.Press.Wrong) press).attempt());
    }
  }

  private void solve(ButtonContext ctx, CaptchaAttempt a) {
    Optional<ClaimedAttempt> claimed = ctx.write(() -> store.claim(a.id()));
    if (claimed.isEmpty()) {
      ctx.answer(STALE, true);
      return;
    }
    ChatId chat = ctx.chat();
    ctx.afterCommit(() -> pending.remove(key(chat, a.user())));
    ctx.answer(CORRECT, false);
    ctx.act(new ChatAction.Restrict(chat, a.user(), defaults(chat), Optional.empty()));
    a.message().ifPresent(m -> ctx.act(ChatAction.Delete.one(chat, m)));
    int held = claimed.get().storedMessages();
    TrustedHtml mention = Mention.user(a.user(), ctx.press().from().fullName());
    String html = held == 0 ? ctx.messages().html(VERIFIED, "user", mention)
        : ctx.messages().html(VERIFIED_HELD, "user", mention, "count", held);
    ctx.act(new ChatAction.Send(OutgoingMessage.to(chat, html)));
    verified.verified(ctx.press().chat(), ctx.press().from(), ctx);
  }

  private record AfterWrong(Optional<CaptchaRules.AfterWrong> next, Optional<Failure> failure) {}

  private void wrong(ButtonContext ctx, CaptchaAttempt a) {
    CaptchaSettings s = settings.get(ctx.chat());
    AfterWrong after = ctx.write(() -> {
      OptionalInt count = store.addWrongAnswer(a.id());
      if (count.isEmpty()) {
        return new AfterWrong(Optional.empty(), Optional.empty());
      }
      CaptchaRules.AfterWrong next = CaptchaRules.afterWrong(count.getAsInt(), s.maxAttempts());
      Optional<Failure> failure = next instanceof CaptchaRules.AfterWrong.Failed
          ? claimFailure(a.id(), s) : Optional.empty();
      return new AfterWrong(Optional.of(next), failure);
    });
    if (after.next().isEmpty() || (after.next().get() instanceof CaptchaRules.AfterWrong.Failed
        && after.failure().isEmpty())) {
      ctx.answer(STALE, true);
    } else if (after.next().get() instanceof CaptchaRules.AfterWrong.TryAgain again) {
      ctx.answer(WRONG, true, "left", again.attemptsLeft());
    } else {
      ctx.answer(NO_ATTEMPTS_LEFT, true);
      failureEffects(ctx, after.failure().get(), s);
    }
  }

  /**
   * The press came after the time ran out: the member fails as on a timeout; or, when captcha was turned off
   * meanwhile, is let in.
   */
  private void fail(ButtonContext ctx, CaptchaAttempt attempt, MessageKey answer) {
    CaptchaSettings s = settings.get(ctx.chat());
    if (!s.enabled()) {
      solve(ctx, attempt);
      return;
    }
    Optional<Failure> failure = ctx.write(() -> claimFailure(attempt.id(), s));
    ctx.answer(answer, true);
    failure.ifPresent(f -> failureEffects(ctx, f, s));
  }

  private void refreshButton(ButtonContext ctx) {
    Optional<ChallengeButton> button = ChallengeButton.of(ctx.data());
    if (button.isEmpty()) {
      ctx.answer(INVALID_BUTTON, true);
      return;
    }
    Instant now = clock.instant();
    UserId presser = ctx.press().from().id();
    CaptchaSettings s = settings.get(ctx.chat());
    Optional<CaptchaAttempt> attempt = presser.equals(button.get().user())
        ? store.attempt(button.get().attempt()) : Optional.empty();
    CaptchaMode mode = s.mode().refreshable() ? s.mode() : CaptchaMode.MATH;
    CaptchaRules.Refresh r = CaptchaRules.refresh(button.get(), ctx.chat(), presser, attempt, mode, now);
    if (r instanceof CaptchaRules.Refresh.NotYours) {
      ctx.answer(NOT_YOURS, true);
    } else if (r instanceof CaptchaRules.Refresh.Stale) {
      ctx.answer(STALE, true);
    } else if (r instanceof CaptchaRules.Refresh.Expired expired) {
      fail(ctx, expired.attempt(), TIME_UP);
    } else if (r instanceof CaptchaRules.Refresh.LimitReached) {
      ctx.answer(REFRESH_LIMIT, true, "max", CaptchaRules.MAX_REFRESHES);
    } else if (r instanceof CaptchaRules.Refresh.CoolingDown wait) {
      ctx.answer(REFRESH_WAIT, true, "seconds", Math.max(1, (wait.remaining().toMillis() + 999) / 1000));
    } else {
      CaptchaAttempt a = ((CaptchaRules.Refresh.Allowed) r).attempt();
      Challenge c = challenges.generate(mode);
      Optional<CaptchaAttempt> refreshed = ctx.write(() -> store.refresh(a.id(), a.refreshes(), c.answer(), now));
      if (refreshed.isEmpty()) {
        ctx.answer(STALE, true);
        return;
      }
      ctx.answer(REFRESHED, false);
      CaptchaAttempt renewed = refreshed.get();
      ChatAction next = new ChallengePresenter(ctx.messages()).action(ctx.chat(), renewed, c, ctx.press().from().fullName(), s, images);
      if (next instanceof ChatAction.Send text) {
        ctx.edit(text.message().html(), text.message().keyboard());
        return;
      }
      // A picture cannot be edited into another one with editMessageText: the old challenge goes, a new one comes.
      ctx.act(ChatAction.Delete.one(ctx.chat(), ctx.press().message()));
      Effects effects = ctx.effects();
      effects.add(next, sent -> {
        if (sent instanceof ActionResult.Sent ok && !store.setMessage(renewed.id(), ok.message())) {
          effects.add(ChatAction.Delete.one(ctx.chat(), ok.message())); // resolved meanwhile
        }
      });
    }
  }

  // ------------------------------------------------------------------------------------------------ failure

  /** A failed captcha, claimed, and the end of the member's mute when the action is {@link FailureAction#MUTE}. */
  private record Failure(ClaimedAttempt claimed, Optional<Instant> mutedUntil) {}

  /**
   * The store side of a failure, inside the event's write: the claim, and with it the record of a 24-hour mute. Empty
   * when the captcha was resolved before.
   */
  private Optional<Failure> claimFailure(AttemptId id, CaptchaSettings s) {
    return store.claim(id).map(c -> {
      if (s.action() != FailureAction.MUTE) {
        return new Failure(c, Optional.empty());
      }
      Instant until = clock.instant().plus(FailureAction.MUTE_DURATION);
      store.addMute(new CaptchaMute(c.attempt().chat(), c.attempt().user(), until));
      return new Failure(c, Optional.of(until));
    });
  }

  /**
   * What a failure does in the chat: the challenge goes, the member is kicked, banned or kept muted for 24 hours (when
   * Telegram refuses a kick or ban, the member is unmuted rather than left muted for good), and a notice says so for
   * {@link #NOTICE_LIFETIME}.
   */
  private void failureEffects(HandlingContext ctx, Failure failure, CaptchaSettings s) {
    Effects effects = ctx.effects();
    ClaimedAttempt c = failure.claimed();
    CaptchaAttempt a = c.attempt();
    ChatId chat = a.chat();
    ctx.afterCommit(() -> pending.remove(key(chat, a.user())));
    a.message().ifPresent(m -> effects.add(ChatAction.Delete.one(chat, m)));
    ChatAction penalty = switch (s.action()) {
      case KICK -> new ChatAction.Kick(chat, a.user());
      case BAN -> new ChatAction.Ban(chat, a.user(), Optional.empty());
      case MUTE -> new ChatAction.Restrict(chat, a.user(), ChatPermissions.NOTHING, failure.mutedUntil());
    };
    failure.mutedUntil().ifPresent(until -> ctx.later(until, new CaptchaUnmute(chat, a.user(), until)));
    effects.add(penalty, result -> {
      if (!result.succeeded() && failure.mutedUntil().isEmpty()) {
        effects.add(new ChatAction.Restrict(chat, a.user(), defaults(chat), Optional.empty()));
      }
    });
    TrustedHtml mention = Mention.user(a.user(), a.userName());
    TrustedHtml action = CaptchaSettingsChange.actionText(ctx.messages(), s.action());
    String html = c.storedMessages() == 0 ? ctx.messages().html(FAILED, "user", mention, "action", action)
        : ctx.messages().html(FAILED_HELD, "user", mention, "action", action, "count", c.storedMessages());
    effects.add(new ChatAction.Send(OutgoingMessage.to(chat, html)), sent -> {
      if (sent instanceof ActionResult.Sent ok) {
        effects.schedule(clock.instant().plus(NOTICE_LIFETIME), DelayedAction.delete(chat, ok.message()));
      }
    });
  }

  // ------------------------------------------------------------------------------------------------ timers, recovery

  /**
   * A captcha's timer: the member fails when their time is up, unless they answered meanwhile; a captcha whose
   * challenge was never sent (the worker stopped in between) lets the member go.
   */
  private void expire(TimerContext<CaptchaExpiry> ctx) {
    Optional<CaptchaAttempt> attempt = store.attempt(ctx.timer().attempt());
    if (attempt.isEmpty()) {
      return;
    }
    CaptchaAttempt a = attempt.get();
    if (a.message().isEmpty()) {
      release(a.chat(), a.user(), ctx);
      return;
    }
    if (!a.expiredAt(clock.instant())) {
      ctx.later(a.expiresAt(), ctx.timer());
      return;
    }
    CaptchaSettings s = settings.get(a.chat());
    if (!s.enabled()) {
      // Turned off meanwhile without freeing the pending members (the console cannot reach Telegram): captcha that
      // is off punishes nobody, so the member is let in now.
      release(a.chat(), a.user(), ctx);
      return;
    }
    ctx.write(() -> claimFailure(a.id(), s)).ifPresent(f -> failureEffects(ctx, f, s));
  }

  /** The 24-hour mute ends, unless it was lifted otherwise meanwhile (a leave, /captcha off). */
  private void unmute(TimerContext<CaptchaUnmute> ctx) {
    CaptchaUnmute m = ctx.timer();
    if (ctx.write(() -> store.removeMute(m.chat(), m.user()))) {
      ctx.act(new ChatAction.Restrict(m.chat(), m.user(), defaults(m.chat()), Optional.empty()));
    }
  }

  /**
   * Picks up after a restart, before updates are taken: every pending captcha and 24-hour mute gets its timer back.
   * What is already due (an expired captcha, one whose challenge was never sent, a mute that ended) comes back at
   * once and is decided in its chat's order.
   */
  public Recovery recover(Timers timers) {
    Instant now = clock.instant();
    int waiting = 0;
    int due = 0;
    int unsent = 0;
    for (CaptchaAttempt a : store.attempts()) {
      CaptchaExpiry timer = new CaptchaExpiry(a.chat(), a.id());
      if (a.message().isEmpty()) {
        timers.schedule(now, timer);
        unsent++;
      } else if (a.expiredAt(now)) {
        timers.schedule(now, timer);
        due++;
      } else {
        pending.put(key(a.chat(), a.user()), a.id());
        timers.schedule(a.expiresAt(), timer);
        waiting++;
      }
    }
    int mutes = 0;
    for (CaptchaMute m : store.mutes()) {
      timers.schedule(m.unmuteAt(), CaptchaUnmute.of(m));
      mutes++;
    }
    return new Recovery(waiting, due, unsent, mutes);
  }

  /**
   * The safety net for lost timers: captchas whose time ran out and 24-hour mutes that ended come back now.
   */
  public void sweep(Timers timers) {
    Instant now = clock.instant();
    for (CaptchaAttempt a : store.attempts()) {
      if (a.message().isPresent() && a.expiredAt(now)) {
        timers.schedule(now, new CaptchaExpiry(a.chat(), a.id()));
      }
    }
    for (CaptchaMute m : store.mutes()) {
      if (!now.isBefore(m.unmuteAt())) {
        timers.schedule(now, CaptchaUnmute.of(m));
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private ChatPermissions defaults(ChatId chat) {
    return chats.defaultPermissions(chat).orElse(ChatPermissions.MEMBER_DEFAULTS);
  }

  private static Member key(ChatId chat, UserId user) {
    return new Member(chat, user);
  }
}

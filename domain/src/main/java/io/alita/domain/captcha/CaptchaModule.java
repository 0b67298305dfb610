package io.alita.domain.captcha;

import io.alita.domain.action.ActionResult;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatActionPort;
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
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.MessageFilter;
import io.alita.domain.dispatch.PermissionCheck;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.dispatch.Requirement;
import io.alita.domain.dispatch.Stage;
import io.alita.domain.dispatch.UpdateTransactions;
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
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.IncomingMessage;
import io.alita.domain.update.MemberChange;
import io.alita.domain.update.UpdateId;
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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiPredicate;
import java.util.random.RandomGenerator;

/**
 * Captcha: /captcha, /captchamode, /captchatime, /captchaaction, /captchamaxattempts, /captchapending,
 * /captchaclear; the challenge sent to a member who joins (muted until they answer); the answer and refresh buttons;
 * the gate at {@link Stage#CAPTCHA} that holds back and deletes a pending member's messages; the timeout; and the
 * 24-hour mute of {@link FailureAction#MUTE}.
 *
 * <p>Every resolution (right answer, last wrong answer, timeout, leave, /captcha off) first claims the captcha from
 * the store atomically: when a timer and a press race, only one acts. Writes made for an update run in
 * {@link UpdateTransactions#applyOnce}; timer work is not an update, so there each store call is atomic on its own and
 * the actions go straight to the {@link ChatActionPort}.
 *
 * <p>App hooks: {@link #recover()} once at startup, before updates are taken; {@link #sweep()} every few minutes
 * as a safety net for timers lost in between.
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

  /** What {@link #recover()} did, for the startup log. */
  public record Recovery(int rescheduled, int failed, int released, int unmuted, int mutesRescheduled) {}

  private final CaptchaStore store;
  private final UpdateTransactions transactions;
  private final PermissionCheck permissions;
  private final ChatQueries chats;
  private final CaptchaSettingsCommands settingsCommands;
  private final HeldMessagesCommands heldMessages;
  private final ChallengePresenter presenter;
  private final BotIdentity bot;
  private final BiPredicate<ChatId, UserId> approved;
  private final CaptchaTimers timers;
  private final ChatActionPort actions;
  private final Messages messages;
  private final Clock clock;
  private final ChallengeGenerator challenges;
  private final ChallengeImage images;
  private final VerifiedListener verified;
  private final PerChatCache<CaptchaSettings> settings;
  /** Pending captchas by chat and member: the gate runs on every message and must not ask the database. */
  private final Map<Member, AttemptId> pending = new ConcurrentHashMap<>();
  private final Map<Member, Instant> recentJoins = new ConcurrentHashMap<>();

  /** A member of a chat: the key of the in-memory indexes. */
  private record Member(ChatId chat, UserId user) {}

  /**
   * @param approved whether a member is approved in a chat (approved members get no challenge); read at each join
   * @param users resolves {@code @username} targets of /captchapending and /captchaclear
   * @param timers runs timeouts and mute ends; see {@link CaptchaTimers}
   * @param actions carries out what timers and {@link #recover()} decide (there is no update to return them with)
   * @param messages the texts of notices sent outside an update (timeouts, recovery)
   * @param random the source of challenges: a {@link java.security.SecureRandom} in production
   * @param verified told when a member solves their captcha (Greetings' welcome); {@link VerifiedListener#NONE}
   */
  public CaptchaModule(CaptchaStore store, UpdateTransactions transactions, AdminCache admins, ChatQueries chats,
      UserDirectory users, BotIdentity bot, BiPredicate<ChatId, UserId> approved, CaptchaTimers timers,
      ChatActionPort actions, Messages messages, Clock clock, RandomGenerator random, VerifiedListener verified) {
    this.store = Objects.requireNonNull(store, "store");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.chats = Objects.requireNonNull(chats, "chats");
    this.bot = Objects.requireNonNull(bot, "bot");
    this.approved = Objects.requireNonNull(approved, "approved");
    this.timers = Objects.requireNonNull(timers, "timers");
    this.actions = Objects.requireNonNull(actions, "actions");
    this.messages = Objects.requireNonNull(messages, "messages");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.challenges = new ChallengeGenerator(Objects.requireNonNull(random, "random"));
    this.images = new ChallengeImage(random);
    this.verified = Objects.requireNonNull(verified, "verified");
    // Only the admin rule is used; team levels never exempt anyone from a captcha.
    this.permissions = new PermissionCheck(Objects.requireNonNull(admins, "admins"), bot, (user, level) -> false);
    this.settings = new PerChatCache<>(store::settings);
    this.settingsCommands = new CaptchaSettingsCommands(new CaptchaSettingsChange(store, messages), transactions,
        settings);
    this.heldMessages = new HeldMessagesCommands(store, transactions,
        new TargetExtractor(Objects.requireNonNull(users, "users")));
    this.presenter = new ChallengePresenter(messages);
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
    registry.settingsCache(settings); // shared with the settings commands
  }

  /** Whether the member has a captcha pending in the chat (Greetings holds its welcome back while they do). */
  public boolean isPending(ChatId chat, UserId user) {
    return pending.containsKey(key(chat, user));
  }

  /**
   * Frees a member from their pending captcha without judging them, e.g. because an admin approved them: the
   * captcha is claimed, and the unmute and the removal of the challenge go to {@code effects}. Call it inside the
   * approving update's {@link UpdateTransactions#applyOnce}, so the claim commits with the approval.
   *
   * @return false when the member had no pending captcha in the chat
   */
  public boolean release(ChatId chat, UserId user, Effects effects) {
    Optional<ClaimedAttempt> claimed = store.attemptOf(chat, user).flatMap(a -> store.claim(a.id()));
    if (claimed.isEmpty()) {
      return false;
    }
    pending.remove(key(chat, user));
    effects.add(new ChatAction.Restrict(chat, user, defaults(chat), Optional.empty()));
    claimed.get().attempt().message().ifPresent(m -> effects.add(ChatAction.Delete.one(chat, m)));
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

  private void turnOff(CommandContext ctx) {
    ChatId chat = ctx.chat();
    List<ClaimedAttempt> released = new ArrayList<>();
    List<CaptchaMute> unmuted = new ArrayList<>();
    if (!transactions.applyOnce(ctx.updateId(), () -> {
      store.setEnabled(chat, false);
      for (CaptchaAttempt a : store.attemptsIn(chat)) {
        store.claim(a.id()).ifPresent(released::add);
      }
      unmuted.addAll(store.removeMutes(chat));
    })) {
      return;
    }
    settings.invalidate(chat);
    ChatPermissions defaults = defaults(chat);
    for (ClaimedAttempt c : released) {
      pending.remove(key(chat, c.attempt().user()));
      ctx.act(new ChatAction.Restrict(chat, c.attempt().user(), defaults, Optional.empty()));
      c.attempt().message().ifPresent(m -> ctx.act(ChatAction.Delete.one(chat, m)));
    }
    for (CaptchaMute m : unmuted) {
      ctx.act(new ChatAction.Restrict(chat, m.user(), defaults, Optional.empty()));
    }
    ctx.reply(TURNED_OFF, "count", released.size() + unmuted.size());
  }

  // ------------------------------------------------------------------------------------------------ joins and leaves

  private void memberChanged(UpdateId updateId, MemberChange change, Effects effects) {
    if (change.aboutTheBot()) {
      return;
    }
    if (change.joined()) {
      challenge(updateId, change.chat(), List.of(change.user()), effects);
    } else if (change.left()) {
      leave(updateId, change.chat().id(), change.user().id(), effects);
    }
  }

  /** The gate: joins and leaves by service message; a pending member's messages are held back and deleted. */
  private MessageFilter.Verdict gate(UpdateId updateId, IncomingMessage message, Effects effects) {
    if (!message.isGroup()) {
      return MessageFilter.Verdict.CONTINUE;
    }
    if (!message.newMembers().isEmpty()) {
      challenge(updateId, message.chat(), message.newMembers(), effects);
      return MessageFilter.Verdict.CONTINUE;
    }
    if (message.leftMember().isPresent()) {
      leave(updateId, message.chatId(), message.leftMember().get().id(), effects);
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
    boolean[] stored = new boolean[1];
    if (transactions.applyOnce(updateId, () -> stored[0] = store.storeMessage(attempt, held)) && !stored[0]) {
      // resolved meanwhile (e.g. by a timer on another thread): the member is free to talk
      pending.remove(key(message.chatId(), from.get().id()), attempt);
      return MessageFilter.Verdict.CONTINUE;
    }
    effects.add(ChatAction.Delete.one(message.chatId(), message.id()));
    return MessageFilter.Verdict.STOP;
  }

  /** Mutes and challenges the members who joined, unless captcha is off or they are exempt. */
  private void challenge(UpdateId updateId, SeenChat chat, List<SeenUser> joined, Effects effects) {
    CaptchaSettings s = settings.get(chat.id());
    if (!s.enabled()) {
      return;
    }
    Instant now = clock.instant();
    recentJoins.values().removeIf(at -> at.isBefore(now.minus(JOIN_DEDUP)));
    List<SeenUser> toChallenge = joined.stream()
        .filter(u -> !u.isBot() && !u.id().equals(bot.id()) && !u.id().isAnonymousAdminProxy())
        .filter(u -> recentJoins.putIfAbsent(key(chat.id(), u.id()), now) == null)
        .filter(u -> !permissions.isAdmin(chat.id(), u.id()) && !approved.test(chat.id(), u.id()))
        .toList();
    if (toChallenge.isEmpty()) {
      return;
    }
    Instant expires = now.plus(s.timeout().duration());
    List<Map.Entry<CaptchaAttempt, Challenge>> created = new ArrayList<>();
    if (!transactions.applyOnce(updateId, () -> {
      for (SeenUser u : toChallenge) {
        Challenge c = challenges.generate(s.mode());
        store.create(new NewAttempt(chat.id(), u.id(), u.fullName(), c.answer(), now, expires))
            .ifPresent(a -> created.add(Map.entry(a, c)));
      }
    })) {
      return;
    }
    for (Map.Entry<CaptchaAttempt, Challenge> e : created) {
      CaptchaAttempt a = e.getKey();
      pending.put(key(chat.id(), a.user()), a.id());
      SeenUser member = toChallenge.stream().filter(u -> u.id().equals(a.user())).findFirst().orElseThrow();
      ChatAction challenge = presenter.action(chat.id(), a, e.getValue(), member.fullName(), s, images);
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
            timers.schedule(a.expiresAt(), () -> safely("timeout of captcha " + a.id(), () -> expire(a.id())));
          } else {
            // resolved while the challenge was on its way (the member left): nobody will answer it
            effects.add(ChatAction.Delete.one(chat.id(), ok.message()));
          }
        });
      });
    }
  }

  /** Takes a captcha back without judging the member: unmuted as the chat's defaults allow. */
  private void release(CaptchaAttempt a, boolean unmute, Effects effects) {
    pending.remove(key(a.chat(), a.user()));
    if (store.claim(a.id()).isPresent() && unmute) {
      effects.add(new ChatAction.Restrict(a.chat(), a.user(), defaults(a.chat()), Optional.empty()));
    }
  }

  private void leave(UpdateId updateId, ChatId chat, UserId user, Effects effects) {
    // A member who comes back at once is a new join, not the echo of the old one.
    recentJoins.remove(key(chat, user));
    AttemptId attempt = pending.remove(key(chat, user));
    if (attempt == null && !settings.get(chat).enabled()) {
      return;
    }
    AtomicReference<Optional<ClaimedAttempt>> claimed = new AtomicReference<>(Optional.empty());
    if (!transactions.applyOnce(updateId, () -> {
      Optional<AttemptId> id = Optional.ofNullable(attempt)
          .or(() -> store.attemptOf(chat, user).map(CaptchaAttempt::id));
      id.ifPresent(i -> claimed.set(store.claim(i)));
      store.removeMute(chat, user);
    })) {
      return;
    }
    claimed.get().flatMap(c -> c.attempt().message()).ifPresent(m -> effects.add(ChatAction.Delete.one(chat, m)));
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
    AtomicReference<Optional<ClaimedAttempt>> claimed = new AtomicReference<>(Optional.empty());
    if (!transactions.applyOnce(ctx.updateId(), () -> claimed.set(store.claim(a.id())))) {
      return;
    }
    if (claimed.get().isEmpty()) {
      ctx.answer(STALE, true);
      return;
    }
    ChatId chat = ctx.chat();
    pending.remove(key(chat, a.user()));
    ctx.answer(CORRECT, false);
    ctx.act(new ChatAction.Restrict(chat, a.user(), defaults(chat), Optional.empty()));
    a.message().ifPresent(m -> ctx.act(ChatAction.Delete.one(chat, m)));
    int held = claimed.get().get().storedMessages();
    TrustedHtml mention = Mention.of(a.user(), ctx.press().from().fullName());
    String html = held == 0 ? messages.html(VERIFIED, "user", mention)
        : messages.html(VERIFIED_HELD, "user", mention, "count", held);
    ctx.act(new ChatAction.Send(OutgoingMessage.to(chat, html)));
    verified.verified(ctx.press().chat(), ctx.press().from(), ctx.effects());
  }

  private void wrong(ButtonContext ctx, CaptchaAttempt a) {
    CaptchaSettings s = settings.get(ctx.chat());
    AtomicReference<Optional<CaptchaRules.AfterWrong>> after = new AtomicReference<>(Optional.empty());
    AtomicReference<Optional<Failure>> failure = new AtomicReference<>(Optional.empty());
    if (!transactions.applyOnce(ctx.updateId(), () -> {
      OptionalInt count = store.addWrongAnswer(a.id());
      if (count.isEmpty()) {
        return;
      }
      CaptchaRules.AfterWrong next = CaptchaRules.afterWrong(count.getAsInt(), s.maxAttempts());
      after.set(Optional.of(next));
      if (next instanceof CaptchaRules.AfterWrong.Failed) {
        failure.set(claimFailure(a.id(), s));
      }
    })) {
      return;
    }
    if (after.get().isEmpty() || (after.get().get() instanceof CaptchaRules.AfterWrong.Failed
        && failure.get().isEmpty())) {
      ctx.answer(STALE, true);
    } else if (after.get().get() instanceof CaptchaRules.AfterWrong.TryAgain again) {
      ctx.answer(WRONG, true, "left", again.attemptsLeft());
    } else {
      ctx.answer(NO_ATTEMPTS_LEFT, true);
      failureEffects(failure.get().get(), s, ctx.effects());
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
    AttemptId id = attempt.id();
    AtomicReference<Optional<Failure>> failure = new AtomicReference<>(Optional.empty());
    if (!transactions.applyOnce(ctx.updateId(), () -> failure.set(claimFailure(id, s)))) {
      return;
    }
    ctx.answer(answer, true);
    failure.get().ifPresent(f -> failureEffects(f, s, ctx.effects()));
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
      AtomicReference<Optional<CaptchaAttempt>> refreshed = new AtomicReference<>(Optional.empty());
      if (!transactions.applyOnce(ctx.updateId(),
          () -> refreshed.set(store.refresh(a.id(), a.refreshes(), c.answer(), now)))) {
        return;
      }
      if (refreshed.get().isEmpty()) {
        ctx.answer(STALE, true);
        return;
      }
      ctx.answer(REFRESHED, false);
      CaptchaAttempt renewed = refreshed.get().get();
      ChatAction next = presenter.action(ctx.chat(), renewed, c, ctx.press().from().fullName(), s, images);
      if (next instanceof ChatAction.Send text) {
        ctx.edit(text.message().html(), text.message().keyboard());
        return;
      }
      // A picture cannot be edited into another one with editMessageText: the old challenge goes, a new one comes.
      ctx.act(ChatAction.Delete.one(ctx.chat(), ctx.press().message()));
      ctx.effects().add(next, sent -> {
        if (sent instanceof ActionResult.Sent ok && !store.setMessage(renewed.id(), ok.message())) {
          ctx.effects().add(ChatAction.Delete.one(ctx.chat(), ok.message())); // resolved meanwhile
        }
      });
    }
  }

  // ------------------------------------------------------------------------------------------------ failure

  /** A failed captcha, claimed, and the end of the member's mute when the action is {@link FailureAction#MUTE}. */
  private record Failure(ClaimedAttempt claimed, Optional<Instant> mutedUntil) {}

  /**
   * The store side of a failure: the claim, and with it (in the same transaction, when there is one) the record of a
   * 24-hour mute. Empty when someone else resolved the captcha first.
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
  private void failureEffects(Failure failure, CaptchaSettings s, Effects effects) {
    ClaimedAttempt c = failure.claimed();
    CaptchaAttempt a = c.attempt();
    ChatId chat = a.chat();
    pending.remove(key(chat, a.user()));
    a.message().ifPresent(m -> effects.add(ChatAction.Delete.one(chat, m)));
    ChatAction penalty = switch (s.action()) {
      case KICK -> new ChatAction.Kick(chat, a.user());
      case BAN -> new ChatAction.Ban(chat, a.user(), Optional.empty());
      case MUTE -> new ChatAction.Restrict(chat, a.user(), ChatPermissions.NOTHING, failure.mutedUntil());
    };
    effects.add(penalty, result -> {
      failure.mutedUntil().ifPresent(until -> timers.schedule(until,
          () -> safely("end of captcha mute", () -> lift(new CaptchaMute(chat, a.user(), until)))));
      if (!result.succeeded() && failure.mutedUntil().isEmpty()) {
        effects.add(new ChatAction.Restrict(chat, a.user(), defaults(chat), Optional.empty()));
      }
    });
    TrustedHtml mention = Mention.of(a.user(), a.userName());
    TrustedHtml action = CaptchaSettingsChange.actionText(messages, s.action());
    String html = c.storedMessages() == 0 ? messages.html(FAILED, "user", mention, "action", action)
        : messages.html(FAILED_HELD, "user", mention, "action", action, "count", c.storedMessages());
    effects.add(new ChatAction.Send(OutgoingMessage.to(chat, html)), sent -> {
      if (sent instanceof ActionResult.Sent ok) {
        timers.schedule(clock.instant().plus(NOTICE_LIFETIME),
            () -> safely("removing a captcha notice", () -> actions.execute(ChatAction.Delete.one(chat, ok.message()))));
      }
    });
  }

  // ------------------------------------------------------------------------------------------------ timers, recovery

  /** A captcha's time ran out (a timer): the member fails unless they answered meanwhile. */
  void expire(AttemptId id) {
    Optional<CaptchaAttempt> attempt = store.attempt(id);
    if (attempt.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    if (!attempt.get().expiredAt(now)) {
      timers.schedule(attempt.get().expiresAt(), () -> safely("timeout of captcha " + id, () -> expire(id)));
      return;
    }
    failNow(attempt.get());
  }

  private void failNow(CaptchaAttempt a) {
    CaptchaSettings s = settings.get(a.chat());
    if (!s.enabled()) {
      // Turned off meanwhile without freeing the pending members (the console cannot reach Telegram): captcha that
      // is off punishes nobody, so the member is let in now.
      Effects effects = new Effects();
      release(a.chat(), a.user(), effects);
      effects.runOn(actions);
      return;
    }
    Optional<Failure> failure = claimFailure(a.id(), s);
    if (failure.isEmpty()) {
      return;
    }
    Effects effects = new Effects();
    failureEffects(failure.get(), s, effects);
    effects.runOn(actions);
  }

  /** The 24-hour mute ends, unless it was lifted otherwise meanwhile (a leave, /captcha off). */
  private void lift(CaptchaMute mute) {
    if (store.removeMute(mute.chat(), mute.user())) {
      actions.execute(new ChatAction.Restrict(mute.chat(), mute.user(), defaults(mute.chat()), Optional.empty()));
    }
  }

  /**
   * Picks up after a restart; the app calls it once before it takes updates. Pending captchas get their timers back,
   * expired ones fail now, ones whose challenge was never sent are released; 24-hour mutes that ended are lifted and
   * the others get their timers back.
   */
  public Recovery recover() {
    Instant now = clock.instant();
    int rescheduled = 0;
    int failed = 0;
    int released = 0;
    for (CaptchaAttempt a : store.attempts()) {
      if (a.message().isEmpty()) {
        Effects effects = new Effects();
        release(a, true, effects);
        effects.runOn(actions);
        released++;
      } else if (a.expiredAt(now)) {
        failNow(a);
        failed++;
      } else {
        pending.put(key(a.chat(), a.user()), a.id());
        AttemptId id = a.id();
        timers.schedule(a.expiresAt(), () -> safely("timeout of captcha " + id, () -> expire(id)));
        rescheduled++;
      }
    }
    int unmuted = 0;
    int mutesRescheduled = 0;
    for (CaptchaMute m : store.mutes()) {
      if (!now.isBefore(m.unmuteAt())) {
        lift(m);
        unmuted++;
      } else {
        timers.schedule(m.unmuteAt(), () -> safely("end of captcha mute", () -> lift(m)));
        mutesRescheduled++;
      }
    }
    return new Recovery(rescheduled, failed, released, unmuted, mutesRescheduled);
  }

  /**
   * The safety net for lost timers; the app may call it every few minutes. Fails captchas whose time ran out and
   * lifts 24-hour mutes that ended; returns how many of each it handled.
   */
  public int sweep() {
    Instant now = clock.instant();
    int handled = 0;
    for (CaptchaAttempt a : store.attempts()) {
      if (a.message().isPresent() && a.expiredAt(now)) {
        failNow(a);
        handled++;
      }
    }
    for (CaptchaMute m : store.mutes()) {
      if (!now.isBefore(m.unmuteAt())) {
        lift(m);
        handled++;
      }
    }
    return handled;
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private ChatPermissions defaults(ChatId chat) {
    return chats.defaultPermissions(chat).orElse(ChatPermissions.MEMBER_DEFAULTS);
  }

  private static Member key(ChatId chat, UserId user) {
    return new Member(chat, user);
  }

  /** Timer work must not kill the scheduler's thread: a failure is logged, and the sweep tries again later. */
  private static void safely(String what, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, what + " failed", e);
    }
  }
}

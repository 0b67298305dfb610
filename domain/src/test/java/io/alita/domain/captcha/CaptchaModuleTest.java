package io.alita.domain.captcha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.action.Effects;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.captcha.CaptchaFakes.FakeTelegram;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.dispatch.EventKey;
import io.alita.domain.dispatch.HandlingContext;
import io.alita.domain.dispatch.InMemoryUpdateTransactions;
import io.alita.domain.dispatch.MessageContext;
import io.alita.domain.dispatch.MessageFilter;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.dispatch.Stage;
import io.alita.domain.dispatch.UnitOfWork;
import io.alita.domain.format.Html;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.permission.Right;
import io.alita.domain.settings.Commit;
import io.alita.domain.testing.ManualTimers;
import io.alita.domain.testing.MutableClock;
import io.alita.domain.testing.TestDispatcher;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.timer.DelayedAction;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Incoming;
import io.alita.domain.update.IncomingMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Captcha module driven through a real {@link Dispatcher}, its actions carried out by a fake Telegram, its timers
 * brought back as events when the test moves the clock (as the worker's pipeline does).
 */
class CaptchaModuleTest {

  private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");
  private static final ChatId CHAT_ID = ChatId.of(-1001234567890L);
  private static final SeenChat CHAT = new SeenChat(CHAT_ID, ChatKind.SUPERGROUP, "Engines", null);
  private static final BotIdentity BOT = new BotIdentity(UserId.of(999), "alita_test_bot");
  private static final SeenUser OWNER = new SeenUser(UserId.of(1), "Olga", null, null, false);
  private static final SeenUser ADA = new SeenUser(UserId.of(3), "Ada", null, null, false);
  private static final SeenUser BOB = new SeenUser(UserId.of(4), "Bob", null, null, false);
  private static final SeenUser APPROVED = new SeenUser(UserId.of(5), "Appy", null, null, false);
  private static final SeenUser SOME_BOT = new SeenUser(UserId.of(6), "Helper", null, "helper_bot", true);

  private final InMemoryCaptchaStore store = new InMemoryCaptchaStore();
  private final FakeTelegram telegram = new FakeTelegram();
  private final MutableClock clock = new MutableClock(NOW);
  private final TestMessages messages = new TestMessages(clock);
  /** The database's record of applied events: it survives a restart. */
  private final InMemoryUpdateTransactions transactions = new InMemoryUpdateTransactions(clock);
  private final List<SeenUser> welcomed = new ArrayList<>();
  private final List<IncomingMessage> laterStageSaw = new ArrayList<>();
  private ManualTimers timers;
  private CaptchaModule module;
  private Dispatcher dispatcher;

  @BeforeEach
  void chatWithCaptchaOn() {
    telegram.admins.put(OWNER.id(), new ChatMember(OWNER.id(), MemberStatus.CREATOR, AdminRights.ALL, true, false,
        Optional.empty()));
    telegram.admins.put(BOT.id(), new ChatMember(BOT.id(), MemberStatus.ADMINISTRATOR,
        AdminRights.of(Right.RESTRICT_MEMBERS, Right.DELETE_MESSAGES), true, true, Optional.empty()));
    restart();
    store.setEnabled(CHAT_ID, true);
  }

  /** A new module, dispatcher and timers over the same store: what a restart of the process leaves. */
  private void restart() {
    timers = new ManualTimers();
    AdminCache admins = new AdminCache(telegram, clock);
    module = new CaptchaModule(store, admins, telegram, username -> Optional.empty(), BOT,
        (chat, user) -> user.equals(APPROVED.id()), clock, new Random(11),
        (chat, member, ctx) -> welcomed.add(member));
    BotModule later = new BotModule() {
      @Override
      public String name() {
        return "Later";
      }

      @Override
      public void register(Registry registry) {
        registry.filter(Stage.FILTERS, ctx -> {
          laterStageSaw.add(ctx.message());
          return MessageFilter.Verdict.CONTINUE;
        });
      }
    };
    dispatcher = TestDispatcher.with(module, later).bot(BOT).admins(admins).clock(clock).transactions(transactions)
        .build();
  }

  // ------------------------------------------------------------------------------------------------ helpers

  /** Dispatches and carries out the event, then schedules its timers; returns what was done in Telegram. */
  private List<ChatAction> handle(Incoming event) {
    carryOut(event);
    return telegram.takeDone();
  }

  /** What the pipeline does with an event: decide it, carry out its effects, schedule its timers. */
  private void carryOut(Incoming event) {
    Effects effects = dispatcher.dispatch(event);
    effects.runOn(telegram);
    timers.scheduleAll(effects);
  }

  private List<ChatAction> join(SeenUser user) {
    return handle(messages.memberJoined(CHAT, user));
  }

  private List<ChatAction> leave(SeenUser user) {
    return handle(messages.memberLeft(CHAT, user));
  }

  private List<ChatAction> joinMessage(SeenUser user) {
    return handle(messages.joined(CHAT, user));
  }

  private List<ChatAction> say(SeenUser from, String text) {
    return handle(messages.text(CHAT, from, text));
  }

  private List<ChatAction> press(SeenUser from, String data) {
    return handle(messages.press(CHAT, from, MessageId.of(500), data));
  }

  /** Moves the clock and brings back every timer due by then, as events. */
  private void advance(Duration d) {
    clock.advance(d);
    fireDueTimers();
  }

  private void fireDueTimers() {
    timers.fireDue(clock.instant(), this::carryOut);
  }

  private static List<OutgoingMessage> sent(List<ChatAction> actions) {
    // A picture challenge counts as a message: its caption and keyboard are what the member reads and presses.
    return actions.stream().filter(a -> a instanceof ChatAction.Send || a instanceof ChatAction.SendPhoto)
        .map(a -> a instanceof ChatAction.Send send ? send.message()
            : OutgoingMessage.to(a.chat(), ((ChatAction.SendPhoto) a).captionHtml())
                .withKeyboard(((ChatAction.SendPhoto) a).keyboard()))
        .toList();
  }

  private static String onlyText(List<ChatAction> actions) {
    List<OutgoingMessage> messages = sent(actions);
    assertEquals(1, messages.size(), () -> "expected one message in " + actions);
    return Html.visibleText(messages.get(0).html());
  }

  private static List<Button.Callback> buttons(List<ChatAction> actions) {
    List<Button.Callback> all = new ArrayList<>();
    for (OutgoingMessage m : sent(actions)) {
      m.keyboard().rows().forEach(r -> r.forEach(b -> all.add((Button.Callback) b)));
    }
    actions.stream().filter(a -> a instanceof ChatAction.Edit).map(a -> (ChatAction.Edit) a)
        .forEach(e -> e.keyboard().rows().forEach(r -> r.forEach(b -> all.add((Button.Callback) b))));
    return all;
  }

  private String answerOf(SeenUser user) {
    return store.attemptOf(CHAT_ID, user.id()).orElseThrow().answer();
  }

  private static String buttonFor(List<ChatAction> challenge, String text) {
    return buttons(challenge).stream().filter(b -> b.text().equals(text)).findFirst().orElseThrow().data();
  }

  private String wrongButton(List<ChatAction> challenge, SeenUser user) {
    String answer = answerOf(user);
    return buttons(challenge).stream().filter(b -> b.data().startsWith("captcha_verify") && !b.text().equals(answer))
        .findFirst().orElseThrow().data();
  }

  private static Optional<ChatAction.AnswerButton> answer(List<ChatAction> actions) {
    return actions.stream().filter(a -> a instanceof ChatAction.AnswerButton).map(a -> (ChatAction.AnswerButton) a)
        .findFirst();
  }

  private static ChatAction.Restrict mute(UserId user) {
    return new ChatAction.Restrict(CHAT_ID, user, ChatPermissions.NOTHING, Optional.empty());
  }

  private static ChatAction.Restrict unmute(UserId user) {
    return new ChatAction.Restrict(CHAT_ID, user, ChatPermissions.MEMBER_DEFAULTS, Optional.empty());
  }

  // ------------------------------------------------------------------------------------------------ join

  @Test
  void aJoiningMemberIsMutedThenChallengedWithFourOptionsAndARefresh() {
    List<ChatAction> done = join(ADA);

    assertEquals(mute(ADA.id()), done.get(0));
    assertTrue(onlyText(done).contains("Welcome, Ada! To show you're human, pick the answer to the sum in the picture "
        + "within 2 minutes"),
        onlyText(done));
    List<Button.Callback> buttons = buttons(done);
    assertEquals(5, buttons.size());
    assertTrue(buttons.stream().anyMatch(b -> b.text().equals(answerOf(ADA))));
    assertTrue(buttons.get(4).data().startsWith("captcha_refresh|v1|"));
    assertTrue(buttons.get(0).data().startsWith("captcha_verify|v1|a="));
    CaptchaAttempt a = store.attemptOf(CHAT_ID, ADA.id()).orElseThrow();
    assertEquals(Optional.of(MessageId.of(500)), a.message());
    assertEquals(NOW.plus(Duration.ofMinutes(2)), a.expiresAt());
    assertEquals(List.of(NOW.plus(Duration.ofMinutes(2))), timers.times());
  }

  @Test
  void theTimeoutIsScheduledOnceTheChallengeWasSent() {
    Effects effects = dispatcher.dispatch(messages.memberJoined(CHAT, ADA));
    assertEquals(List.of(), effects.scheduled(), "nothing to time out before the challenge is out");

    effects.runOn(telegram); // the mute, then the challenge: Telegram says it sent message 500

    AttemptId attempt = store.attemptOf(CHAT_ID, ADA.id()).orElseThrow().id();
    assertEquals(List.of(new Effects.Scheduled(NOW.plus(Duration.ofMinutes(2)), new CaptchaExpiry(CHAT_ID, attempt))),
        effects.scheduled());
  }

  @Test
  void aTimeoutDeliveredTwiceFailsTheMemberOnce() {
    join(ADA);
    clock.advance(Duration.ofMinutes(2));
    CaptchaExpiry expiry = (CaptchaExpiry) timers.takeDue(clock.instant()).orElseThrow();

    Effects first = dispatcher.dispatch(new Incoming.Due(expiry));
    Effects again = dispatcher.dispatch(new Incoming.Due(expiry));

    assertTrue(first.actions().contains(new ChatAction.Kick(CHAT_ID, ADA.id())), first.actions()::toString);
    assertTrue(again.isEmpty(), () -> again.actions().toString());
    assertTrue(transactions.applied().contains(EventKey.timer(expiry)));
  }

  @Test
  void captchaSwitchedOffByAnotherProcessStopsChallengingOnceTheDispatcherHearsOfIt() {
    assertFalse(join(ADA).isEmpty()); // the chat's settings (captcha on) are now cached
    store.setEnabled(CHAT_ID, false);

    dispatcher.settingsChanges().chatChanged(CHAT_ID);

    assertEquals(List.of(), join(BOB));
  }

  @Test
  void theButtonModeOffersOneIAmHumanButton() {
    store.setMode(CHAT_ID, CaptchaMode.BUTTON);
    restart();

    List<ChatAction> done = join(ADA);

    assertEquals(List.of("I am human"), buttons(done).stream().map(Button.Callback::text).toList());
    List<ChatAction> pressed = press(ADA, buttons(done).get(0).data());
    assertTrue(pressed.contains(unmute(ADA.id())));
  }

  @Test
  void aCodeChallengeShowsTheCodeAndItsOptionsInCapitalsAsThePictureDrawsThem() {
    store.setMode(CHAT_ID, CaptchaMode.TEXT);
    restart();

    List<ChatAction> done = join(ADA);
    String code = answerOf(ADA).toUpperCase(java.util.Locale.ROOT);

    ChatAction.SendPhoto picture = done.stream().filter(a -> a instanceof ChatAction.SendPhoto)
        .map(a -> (ChatAction.SendPhoto) a).findFirst().orElseThrow();
    assertTrue(picture.png().length > 100, "the code is drawn in a picture");
    assertTrue(!onlyText(done).contains(code), "the caption must not give the code away: " + onlyText(done));
    assertTrue(press(ADA, buttonFor(done, code)).contains(unmute(ADA.id())));
  }

  @Test
  void theJoinSeenTwiceAsServiceMessageAndMemberUpdateIsChallengedOnce() {
    List<ChatAction> first = joinMessage(ADA);
    List<ChatAction> second = join(ADA);

    assertEquals(1, sent(first).size());
    assertEquals(List.of(), second);
    assertEquals(1, store.attempts().size());
  }

  @Test
  void adminsApprovedMembersAndBotsAreNotChallenged() {
    assertEquals(List.of(), join(OWNER));
    assertEquals(List.of(), join(APPROVED));
    assertEquals(List.of(), join(SOME_BOT));
    assertEquals(List.of(), store.attempts());
  }

  @Test
  void nobodyIsChallengedWhileCaptchaIsOff() {
    handle(command(OWNER, "/captcha off"));

    assertEquals(List.of(), join(ADA));
  }

  @Test
  void whenTheMuteIsRefusedNoChallengeIsSentAndNothingStaysPending() {
    telegram.refuse = a -> a instanceof ChatAction.Restrict;

    List<ChatAction> done = join(ADA);

    assertEquals(List.of(mute(ADA.id())), done);
    assertEquals(List.of(), store.attempts());
    assertTrue(say(ADA, "hello").isEmpty());
  }

  @Test
  void whenTheChallengeCannotBeSentTheMemberIsUnmutedAgain() {
    telegram.refuse = a -> a instanceof ChatAction.Send || a instanceof ChatAction.SendPhoto;

    List<ChatAction> done = join(ADA);

    assertEquals(unmute(ADA.id()), done.get(done.size() - 1));
    assertEquals(List.of(), store.attempts());
  }

  // ------------------------------------------------------------------------------------------------ answers

  @Test
  void theRightAnswerReleasesTheMemberDeletesTheChallengeAndWelcomes() {
    List<ChatAction> challenge = join(ADA);

    List<ChatAction> done = press(ADA, buttonFor(challenge, answerOf(ADA)));

    assertTrue(done.contains(unmute(ADA.id())));
    assertTrue(done.contains(ChatAction.Delete.one(CHAT_ID, MessageId.of(500))));
    assertEquals("Ada is verified. Welcome!", onlyText(done));
    assertEquals("Correct, welcome!", answer(done).orElseThrow().text());
    assertEquals(List.of(), store.attempts());
    assertEquals(List.of(ADA), welcomed);
    assertFalse(module.isPending(CHAT_ID, ADA.id()));
  }

  @Test
  void aPendingMembersMessagesAreHeldBackDeletedAndCountedWhenSolved() {
    List<ChatAction> challenge = join(ADA);

    List<ChatAction> first = say(ADA, "buy my coins");
    say(ADA, "really");
    List<ChatAction> solved = press(ADA, buttonFor(challenge, answerOf(ADA)));

    assertEquals(List.of(ChatAction.Delete.one(CHAT_ID, MessageId.of(100))), first);
    assertEquals(List.of(), laterStageSaw.stream().filter(m -> m.from().orElseThrow().equals(ADA)).toList());
    assertEquals("Ada is verified. Welcome! 2 messages sent before that were held back.", onlyText(solved));
    say(ADA, "free now");
    assertEquals(1, laterStageSaw.size());
  }

  @Test
  void wrongAnswersCountDownThenTheFailureActionRuns() {
    handle(command(OWNER, "/captchamaxattempts 2"));
    handle(command(OWNER, "/captchaaction ban"));
    List<ChatAction> challenge = join(ADA);
    String wrong = wrongButton(challenge, ADA);
    MessageId challengeMessage = store.attemptOf(CHAT_ID, ADA.id()).orElseThrow().message().orElseThrow();

    Incoming.Button first = messages.press(CHAT, ADA, MessageId.of(500), wrong);
    List<ChatAction> once = handle(first);
    List<ChatAction> twice = press(ADA, wrong);

    assertEquals(new ChatAction.AnswerButton(CHAT_ID, first.press().callbackId(), "Wrong answer. Attempts left: 1.",
        true), answer(once).orElseThrow());
    assertTrue(twice.contains(new ChatAction.Ban(CHAT_ID, ADA.id(), Optional.empty())), twice::toString);
    assertTrue(twice.contains(ChatAction.Delete.one(CHAT_ID, challengeMessage)));
    assertEquals("Ada didn't pass the captcha and was banned.", onlyText(twice));
    assertEquals(List.of(), store.attempts());
  }

  @Test
  void onlyTheChallengedMemberMayPressTheirButtons() {
    List<ChatAction> challenge = join(ADA);

    Incoming.Button byBob = messages.press(CHAT, BOB, MessageId.of(500), buttonFor(challenge, answerOf(ADA)));
    List<ChatAction> done = handle(byBob);

    assertEquals(List.of(new ChatAction.AnswerButton(CHAT_ID, byBob.press().callbackId(),
        "This captcha is for someone else.", true)), done);
    assertTrue(store.attemptOf(CHAT_ID, ADA.id()).isPresent());
  }

  @Test
  void theButtonsOfASolvedCaptchaAreStale() {
    List<ChatAction> challenge = join(ADA);
    String right = buttonFor(challenge, answerOf(ADA));
    press(ADA, right);

    List<ChatAction> again = press(ADA, right);

    assertEquals("This challenge is no longer valid.", answer(again).orElseThrow().text());
    assertEquals(1, again.size());
  }

  // ------------------------------------------------------------------------------------------------ refresh

  @Test
  void aRefreshReplacesTheChallengeAfterTheCooldownAndOldButtonsGoStale() {
    List<ChatAction> challenge = join(ADA);
    String refresh = buttons(challenge).get(4).data();

    List<ChatAction> tooSoon = press(ADA, refresh);
    clock.advance(Duration.ofSeconds(5));
    List<ChatAction> refreshed = press(ADA, refresh);
    List<ChatAction> oldButton = press(ADA, buttonFor(challenge, buttons(challenge).get(0).text()));

    assertEquals("Wait 5 s before asking for a new challenge.", answer(tooSoon).orElseThrow().text());
    // a picture cannot be edited into another: the old challenge is deleted and a new picture sent
    assertTrue(refreshed.stream().anyMatch(a -> a instanceof ChatAction.Delete), refreshed.toString());
    assertTrue(refreshed.stream().anyMatch(a -> a instanceof ChatAction.SendPhoto), refreshed.toString());
    assertEquals(1, store.attemptOf(CHAT_ID, ADA.id()).orElseThrow().refreshes());
    assertEquals("This challenge is no longer valid.", answer(oldButton).orElseThrow().text());
    List<ChatAction> solved = press(ADA, buttonFor(refreshed, answerOf(ADA)));
    assertTrue(solved.contains(unmute(ADA.id())));
  }

  @Test
  void afterThreeRefreshesNoMoreAreGiven() {
    List<ChatAction> current = join(ADA);
    for (int i = 0; i < 3; i++) {
      clock.advance(Duration.ofSeconds(6));
      current = press(ADA, buttons(current).get(4).data());
    }

    assertEquals(4, buttons(current).size());
    assertEquals(3, store.attemptOf(CHAT_ID, ADA.id()).orElseThrow().refreshes());
  }

  // ------------------------------------------------------------------------------------------------ timeout

  @Test
  void aMemberWhoDoesNotAnswerInTimeIsKickedAndTheNoticeGoesAfterThirtySeconds() {
    join(ADA);
    say(ADA, "spam");

    advance(Duration.ofMinutes(2));
    List<ChatAction> done = telegram.takeDone();

    assertEquals(List.of(ChatAction.Delete.one(CHAT_ID, MessageId.of(500)), new ChatAction.Kick(CHAT_ID, ADA.id())),
        done.subList(0, 2));
    assertEquals("Ada didn't pass the captcha and was kicked. 1 messages they sent were deleted.", onlyText(done));
    assertEquals(List.of(), store.attempts());
    advance(NOTICE_LIFETIME());
    assertEquals(List.of(ChatAction.Delete.one(CHAT_ID, MessageId.of(501))), telegram.takeDone());
  }

  private static Duration NOTICE_LIFETIME() {
    return CaptchaModule.NOTICE_LIFETIME;
  }

  @Test
  void aKickTelegramRefusesUnmutesRatherThanLeavingTheMemberMuted() {
    join(ADA);
    telegram.refuse = a -> a instanceof ChatAction.Kick;

    advance(Duration.ofMinutes(2));

    assertTrue(telegram.takeDone().contains(unmute(ADA.id())));
  }

  @Test
  void aSolvedCaptchaIgnoresItsTimer() {
    List<ChatAction> challenge = join(ADA);
    press(ADA, buttonFor(challenge, answerOf(ADA)));

    advance(Duration.ofMinutes(3));

    assertEquals(List.of(), telegram.takeDone());
  }

  @Test
  void theMuteActionMutesForADayThenLiftsIt() {
    handle(command(OWNER, "/captchaaction mute"));
    join(ADA);

    advance(Duration.ofMinutes(2));
    Instant until = clock.instant().plus(Duration.ofHours(24));

    assertTrue(telegram.takeDone().contains(new ChatAction.Restrict(CHAT_ID, ADA.id(), ChatPermissions.NOTHING,
        Optional.of(until))));
    assertEquals(List.of(new CaptchaMute(CHAT_ID, ADA.id(), until)), store.mutes());
    advance(Duration.ofHours(24));
    assertTrue(telegram.takeDone().contains(unmute(ADA.id())));
    assertEquals(List.of(), store.mutes());
  }

  @Test
  void leavingRemovesThePendingCaptchaAndItsChallenge() {
    join(ADA);

    List<ChatAction> done = leave(ADA);

    assertEquals(List.of(ChatAction.Delete.one(CHAT_ID, MessageId.of(500))), done);
    assertEquals(List.of(), store.attempts());
    advance(Duration.ofMinutes(3));
    assertEquals(List.of(), telegram.takeDone());
  }

  @Test
  void anApprovalReleasesAPendingMember() {
    join(ADA);
    Effects effects = new Effects();

    boolean released = module.release(CHAT_ID, ADA.id(), approving(effects));

    assertTrue(released);
    assertEquals(List.of(unmute(ADA.id()), ChatAction.Delete.one(CHAT_ID, MessageId.of(500))), effects.actions());
    assertFalse(module.release(CHAT_ID, ADA.id(), approving(new Effects())));
    say(ADA, "free");
    assertEquals(1, laterStageSaw.size());
  }

  /** The context of an admin's /approve, writing straight to the stores. */
  private HandlingContext approving(Effects effects) {
    return new MessageContext(new EventKey("approve"), messages.text(CHAT, OWNER, "/approve 3").message(),
        UnitOfWork.DIRECT, effects, Messages.english());
  }

  @Test
  void aMemberWhoLeavesAndComesBackAtOnceIsChallengedAgain() {
    join(ADA);
    leave(ADA);

    List<ChatAction> again = join(ADA);

    assertEquals(mute(ADA.id()), again.get(0));
    assertEquals(1, sent(again).size());
    assertEquals(1, store.attempts().size());
  }

  // ------------------------------------------------------------------------------------------------ recovery

  @Test
  void afterARestartAPendingCaptchaStillTimesOut() {
    join(ADA);
    restart();

    CaptchaModule.Recovery recovery = module.recover(timers);
    assertTrue(say(ADA, "still held").contains(ChatAction.Delete.one(CHAT_ID, MessageId.of(100))));
    advance(Duration.ofMinutes(2));

    assertEquals(new CaptchaModule.Recovery(1, 0, 0, 0), recovery);
    assertTrue(telegram.takeDone().contains(new ChatAction.Kick(CHAT_ID, ADA.id())));
    assertEquals(List.of(), store.attempts());
  }

  @Test
  void recoveryFailsWhatExpiredWhileDownReleasesWhatWasNeverSentAndLiftsEndedMutes() {
    join(ADA);
    store.create(new NewAttempt(CHAT_ID, BOB.id(), "Bob", "7", NOW, NOW.plusSeconds(600)));
    store.addMute(new CaptchaMute(CHAT_ID, UserId.of(77), NOW.plusSeconds(60)));
    store.addMute(new CaptchaMute(CHAT_ID, UserId.of(78), NOW.plus(Duration.ofHours(5))));
    clock.advance(Duration.ofMinutes(3));
    restart();

    CaptchaModule.Recovery recovery = module.recover(timers);
    fireDueTimers();
    List<ChatAction> done = telegram.takeDone();

    assertEquals(new CaptchaModule.Recovery(0, 1, 1, 2), recovery);
    assertTrue(done.contains(new ChatAction.Kick(CHAT_ID, ADA.id())));
    assertTrue(done.contains(unmute(BOB.id())));
    assertTrue(done.contains(unmute(UserId.of(77))));
    assertFalse(done.contains(unmute(UserId.of(78))));
    assertEquals(List.of(), store.attempts());
    advance(Duration.ofHours(5));
    assertTrue(telegram.takeDone().contains(unmute(UserId.of(78))));
  }

  @Test
  void theSweepFailsCaptchasWhoseTimerWasLost() {
    join(ADA);
    restart();
    clock.advance(Duration.ofMinutes(3));

    module.sweep(timers);

    assertEquals(List.of(CaptchaExpiry.class), waitingTimerTypes());
    fireDueTimers();
    assertTrue(telegram.takeDone().contains(new ChatAction.Kick(CHAT_ID, ADA.id())));
    module.sweep(timers);
    assertEquals(List.of(DelayedAction.class), waitingTimerTypes(), "only the failure notice's deletion is left");
  }

  private List<Class<?>> waitingTimerTypes() {
    return timers.waiting().stream().<Class<?>>map(w -> w.timer().getClass()).toList();
  }

  @Test
  void aPressAfterTheTimeRanOutFailsTheMemberEvenWithTheRightAnswer() {
    List<ChatAction> challenge = join(ADA);
    clock.advance(Duration.ofMinutes(2));

    List<ChatAction> done = press(ADA, buttonFor(challenge, answerOf(ADA)));

    assertEquals("Time's up.", answer(done).orElseThrow().text());
    assertTrue(done.contains(new ChatAction.Kick(CHAT_ID, ADA.id())));
    fireDueTimers();
    assertFalse(telegram.takeDone().contains(new ChatAction.Kick(CHAT_ID, ADA.id())));
  }

  // ------------------------------------------------------------------------------------------------ commands

  private Incoming.Message command(SeenUser from, String text) {
    return messages.text(CHAT, from, text);
  }

  @Test
  void withoutAnArgumentCaptchaShowsTheSettings() {
    String text = onlyText(handle(command(OWNER, "/captcha")));

    assertEquals("Captcha is on.\nMode: math\nTime to answer: 2 min\nOn failure: kicked\nWrong answers allowed: 3",
        text);
  }

  @Test
  void settingsCommandsChangeTheSettingsAndAnswerBadValuesWithTheChoices() {
    assertEquals("New members now get the text challenge.", onlyText(handle(command(OWNER, "/captchamode text"))));
    assertEquals("'picture' is not a captcha mode; choose button, math or text.",
        onlyText(handle(command(OWNER, "/captchamode picture"))));
    assertEquals("New members now have 10 minutes to answer.", onlyText(handle(command(OWNER, "/captchatime 10"))));
    assertEquals("'11' is not a number of minutes from 1 to 10.", onlyText(handle(command(OWNER, "/captchatime 11"))));
    assertEquals("Members who fail the captcha will be muted for 24 hours.",
        onlyText(handle(command(OWNER, "/captchaaction MUTE"))));
    assertEquals("'warn' is not a captcha action; choose kick, ban or mute.",
        onlyText(handle(command(OWNER, "/captchaaction warn"))));
    assertEquals("'0' is not a number from 1 to 10.", onlyText(handle(command(OWNER, "/captchamaxattempts 0"))));
    assertEquals("Members now fail the captcha after 5 wrong answers.",
        onlyText(handle(command(OWNER, "/captchamaxattempts 5"))));

    assertEquals(new CaptchaSettings(true, CaptchaMode.TEXT, new CaptchaTimeout(10), FailureAction.MUTE,
        new MaxAttempts(5)), store.settings(CHAT_ID));
    List<ChatAction> challenge = join(ADA);
    assertTrue(onlyText(challenge).contains("pick the code shown in the picture within 10 minutes"));
  }

  @Test
  void membersCannotChangeTheSettings() {
    assertEquals("You need to be an admin to do this.", onlyText(handle(command(BOB, "/captchamode text"))));
    assertEquals(CaptchaMode.MATH, store.settings(CHAT_ID).mode());
  }

  @Test
  void turningCaptchaOffReleasesEveryonePendingOrMuted() {
    join(ADA);
    store.addMute(new CaptchaMute(CHAT_ID, BOB.id(), NOW.plusSeconds(3600)));

    List<ChatAction> done = handle(command(OWNER, "/captcha off"));

    assertTrue(done.contains(unmute(ADA.id())));
    assertTrue(done.contains(unmute(BOB.id())));
    assertTrue(done.contains(ChatAction.Delete.one(CHAT_ID, MessageId.of(500))));
    assertEquals("Captcha is off. Freed 2 members who were still pending or muted by it.", onlyText(done));
    assertEquals(List.of(), store.attempts());
    assertEquals(List.of(), store.mutes());
    assertFalse(store.settings(CHAT_ID).enabled());
    say(ADA, "hello");
    assertEquals(1, laterStageSaw.stream().filter(m -> m.from().orElseThrow().equals(ADA)).count());
  }

  /** Captcha off from the console: the store says off, and the worker's module reads it afresh. */
  private void turnedOffElsewhere() {
    new CaptchaSettingsChange(store, Messages.english()).enabled(CHAT_ID, "off", Commit.in(UnitOfWork.DIRECT));
    restart();
    module.recover(timers);
    fireDueTimers();
    telegram.takeDone();
  }

  @Test
  void captchaTurnedOffElsewhereLetsAPendingMemberInWhenTheirTimeRunsOutInsteadOfKickingThem() {
    join(ADA);
    turnedOffElsewhere();

    advance(Duration.ofMinutes(2));
    List<ChatAction> done = telegram.takeDone();

    assertTrue(done.contains(unmute(ADA.id())), done::toString);
    assertTrue(done.contains(ChatAction.Delete.one(CHAT_ID, MessageId.of(500))), done::toString);
    assertFalse(done.stream().anyMatch(a -> a instanceof ChatAction.Kick || a instanceof ChatAction.Ban),
        done::toString);
    assertEquals(List.of(), store.attempts());
  }

  @Test
  void aWrongAnswerAfterCaptchaWasTurnedOffElsewhereLetsTheMemberIn() {
    List<ChatAction> challenge = join(ADA);
    String wrong = wrongButton(challenge, ADA);
    turnedOffElsewhere();

    List<ChatAction> done = press(ADA, wrong);

    assertTrue(done.contains(unmute(ADA.id())), done::toString);
    assertEquals("Ada is verified. Welcome!", onlyText(done));
    assertEquals(List.of(), store.attempts());
  }

  @Test
  void pendingShowsAndClearForgetsWhatAMemberWroteMeanwhile() {
    join(ADA);
    say(ADA, "first <b>");

    String shown = onlyText(handle(command(OWNER, "/captchapending " + ADA.id())));
    String cleared = onlyText(handle(command(OWNER, "/captchaclear " + ADA.id())));
    String none = onlyText(handle(command(OWNER, "/captchapending " + BOB.id())));

    assertEquals("Ada has a pending captcha; 1 messages held back:\n1. text: first <b>", shown);
    assertEquals("Forgot 1 held-back messages of Ada.", cleared);
    assertEquals("4 has no pending captcha here.", none);
  }

  @Test
  void theSettingsCommandNeedsTheBotToBeAdmin() {
    telegram.admins.remove(BOT.id());
    restart();

    store.setEnabled(CHAT_ID, false);

    assertEquals("I need to be an admin here to do this.", onlyText(handle(command(OWNER, "/captcha on"))));
    assertFalse(store.settings(CHAT_ID).enabled());
  }
}

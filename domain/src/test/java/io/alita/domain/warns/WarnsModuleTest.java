package io.alita.domain.warns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.action.Effects;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.confirm.Confirmations;
import io.alita.domain.confirm.InMemoryConfirmationStore;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.dispatch.EventKey;
import io.alita.domain.dispatch.InMemoryUpdateTransactions;
import io.alita.domain.format.Html;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.penalty.PenaltyMode;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.FakeChatQueries;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.permission.Right;
import io.alita.domain.target.RepliedMessage;
import io.alita.domain.target.Target;
import io.alita.domain.testing.TestDispatcher;
import io.alita.domain.testing.TestEffects;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Incoming;
import io.alita.domain.update.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Warns commands and buttons driven through a real {@link Dispatcher}, asserting on the actions they lead to. */
class WarnsModuleTest {

  private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");
  private static final ChatId CHAT_ID = ChatId.of(-1001234567890L);
  private static final SeenChat CHAT = new SeenChat(CHAT_ID, ChatKind.SUPERGROUP, "Engines", null);
  private static final BotIdentity BOT = new BotIdentity(UserId.of(999), "alita_test_bot");
  private static final SeenUser OWNER = new SeenUser(UserId.of(1), "Olga", null, "olga_owner", false);
  private static final SeenUser ADMIN = new SeenUser(UserId.of(2), "Ada", null, null, false);
  private static final SeenUser MEMBER = new SeenUser(UserId.of(3), "Max", "<Mustermann>", null, false);
  private static final SeenUser OTHER_MEMBER = new SeenUser(UserId.of(4), "Eve", null, "eve_member", false);
  private static final SeenUser LEFT = new SeenUser(UserId.of(5), "Otto", null, null, false);
  private static final ChatId NEWS_CHANNEL = ChatId.of(-1009876543210L);

  private final FakeChatQueries telegram = new FakeChatQueries();
  private final InMemoryWarnStore store = new InMemoryWarnStore();
  private final InMemoryUpdateTransactions transactions = new InMemoryUpdateTransactions();
  private final AtomicBoolean chatHasRules = new AtomicBoolean(false);
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final TestMessages messages = new TestMessages(clock);
  private Dispatcher dispatcher;

  @BeforeEach
  void chatWithOwnerAdminAndMembers() {
    telegram.admin(OWNER.id(), MemberStatus.CREATOR, AdminRights.ALL);
    telegram.admin(ADMIN.id(), MemberStatus.ADMINISTRATOR, AdminRights.of(Right.RESTRICT_MEMBERS, Right.DELETE_MESSAGES));
    telegram.admin(BOT.id(), MemberStatus.ADMINISTRATOR, AdminRights.of(Right.RESTRICT_MEMBERS, Right.DELETE_MESSAGES));
    telegram.member(MEMBER.id(), MemberStatus.MEMBER);
    telegram.member(OTHER_MEMBER.id(), MemberStatus.MEMBER);
    telegram.member(LEFT.id(), MemberStatus.LEFT);
    AdminCache admins = new AdminCache(telegram, clock);
    Confirmations confirmations = new Confirmations(new InMemoryConfirmationStore(), clock, new Random(1));
    WarnsModule warns = new WarnsModule(store, admins, telegram,
        username -> username.canonical().equals("eve_member") ? Optional.of(new Target.User(OTHER_MEMBER.id()))
            : Optional.empty(),
        BOT, chat -> chatHasRules.get(), clock, confirmations);
    dispatcher = TestDispatcher.with(warns, confirmations).bot(BOT).admins(admins).clock(clock)
        .transactions(transactions).build();
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private Incoming.Message command(SeenUser from, String text) {
    return messages.text(CHAT, from, text);
  }

  private Incoming.Message replyCommand(SeenUser from, String text, SeenUser repliedTo, int repliedMessage) {
    return messages.reply(CHAT, from, text, repliedTo, repliedMessage);
  }

  private Effects send(Incoming update) {
    return dispatcher.dispatch(update);
  }

  private Effects press(SeenUser from, String data) {
    return dispatcher.dispatch(messages.press(CHAT, from, MessageId.of(77), data));
  }

  private static List<OutgoingMessage> sent(Effects effects) {
    return effects.actions().stream().filter(a -> a instanceof ChatAction.Send)
        .map(a -> ((ChatAction.Send) a).message()).toList();
  }

  /** The text of the one message sent, as the user reads it. */
  private static String onlyText(Effects effects) {
    List<OutgoingMessage> messages = sent(effects);
    assertEquals(1, messages.size(), () -> "expected one message in " + effects.actions());
    return Html.visibleText(messages.get(0).html());
  }

  private static List<ChatAction> moderation(Effects effects) {
    return effects.actions().stream().filter(a -> a instanceof ChatAction.Restrict || a instanceof ChatAction.Ban
        || a instanceof ChatAction.Kick || a instanceof ChatAction.Delete).toList();
  }

  private static Optional<ChatAction.AnswerButton> answer(Effects effects) {
    return effects.actions().stream().filter(a -> a instanceof ChatAction.AnswerButton)
        .map(a -> (ChatAction.AnswerButton) a).findFirst();
  }

  private static Optional<ChatAction.Edit> edit(Effects effects) {
    return effects.actions().stream().filter(a -> a instanceof ChatAction.Edit).map(a -> (ChatAction.Edit) a).findFirst();
  }

  // ------------------------------------------------------------------------------------------------ warn

  @Test
  void aWarnBelowTheLimitRepliesWithTheCountReasonAndARemoveButton() {
    Incoming.Message warn = replyCommand(ADMIN, "/warn posting <spam>", MEMBER, 50);

    Effects effects = send(warn);

    OutgoingMessage reply = sent(effects).get(0);
    assertEquals(Optional.of(warn.message().id()), reply.replyTo());
    assertEquals("Max <Mustermann> has 1/3 warnings; be careful!\nReason: posting <spam>", onlyText(effects));
    assertTrue(reply.html().contains("<a href=\"tg://user?id=3\">Max &lt;Mustermann&gt;</a>"), reply.html());
    assertTrue(reply.html().contains("posting &lt;spam&gt;"), reply.html());
    Button button = reply.keyboard().rows().get(0).get(0);
    assertEquals(new Button.Callback("Remove warn (admins only)", "rmWarn|v1|u=3"), button);
    assertEquals(1, reply.keyboard().rows().size());
    assertEquals(List.of(), moderation(effects));
    assertEquals(new WarnCount(1, List.of("posting <spam>")), store.warnsOf(CHAT_ID, MEMBER.id()));
  }

  @Test
  void aWarnWithoutAReasonStoresNoReason() {
    send(replyCommand(ADMIN, "/warn", MEMBER, 50));

    assertEquals(List.of("No Reason"), store.warnsOf(CHAT_ID, MEMBER.id()).reasons());
  }

  @Test
  void aChatWithRulesGetsARulesButtonUnderTheWarn() {
    chatHasRules.set(true);

    Effects effects = send(replyCommand(ADMIN, "/warn", MEMBER, 50));

    assertEquals(new Button.Url("Rules", "https://t.me/alita_test_bot?start=rules_" + CHAT_ID.value()),
        sent(effects).get(0).keyboard().rows().get(1).get(0));
  }

  @Test
  void threeWarnsMuteTheMemberListEveryReasonAndResetTheirCount() {
    send(replyCommand(ADMIN, "/warn spam", MEMBER, 50));
    send(replyCommand(ADMIN, "/warn more spam", MEMBER, 51));

    Effects third = send(replyCommand(ADMIN, "/warn flooding", MEMBER, 52));

    assertEquals(List.of(new ChatAction.Restrict(CHAT_ID, MEMBER.id(), ChatPermissions.NOTHING, Optional.empty())),
        moderation(third));
    assertEquals("That's 3/3 warnings: Max <Mustermann> has been muted.\nReasons:\n1. spam\n2. more spam\n3. flooding",
        onlyText(third));
    assertTrue(sent(third).get(0).keyboard().isEmpty());
    assertEquals(WarnCount.NONE, store.warnsOf(CHAT_ID, MEMBER.id()));
    assertEquals(1, send(replyCommand(ADMIN, "/warn again", MEMBER, 53)).actions().size());
    assertEquals(1, store.warnsOf(CHAT_ID, MEMBER.id()).count());
  }

  @Test
  void aTmuteModeMutesUntilNowPlusItsDurationAtTheLimit() {
    store.setLimit(CHAT_ID, new WarnLimit(1));
    store.setMode(CHAT_ID, PenaltyMode.TMUTE, Optional.of(Duration.ofHours(6)));

    Effects effects = send(replyCommand(ADMIN, "/warn", MEMBER, 50));

    assertEquals(List.of(new ChatAction.Restrict(CHAT_ID, MEMBER.id(), ChatPermissions.NOTHING,
        Optional.of(NOW.plus(Duration.ofHours(6))))), moderation(effects));
    assertTrue(onlyText(effects).contains("has been muted for 6h."), onlyText(effects));
  }

  @Test
  void aMemberWhoIsNotAnAdminCannotWarn() {
    Effects effects = send(replyCommand(OTHER_MEMBER, "/warn you", MEMBER, 50));

    assertEquals("You need to be an admin to do this.", onlyText(effects));
    assertEquals(WarnCount.NONE, store.warnsOf(CHAT_ID, MEMBER.id()));
    assertEquals(List.of(), transactions.applied());
  }

  @Test
  void warningAnAdminIsRefused() {
    Effects effects = send(replyCommand(OWNER, "/warn", ADMIN, 50));

    assertEquals("I won't warn an admin.", onlyText(effects));
    assertEquals(List.of(), moderation(effects));
    assertEquals(WarnCount.NONE, store.warnsOf(CHAT_ID, ADMIN.id()));
  }

  @Test
  void theBotDoesNotWarnItself() {
    Effects effects = send(command(ADMIN, "/warn 999 talking too much"));

    assertEquals("I'm not going to warn myself!", onlyText(effects));
    assertEquals(WarnCount.NONE, store.warnsOf(CHAT_ID, BOT.id()));
  }

  @Test
  void someoneWhoIsNotInTheChatCannotBeWarned() {
    Effects effects = send(command(ADMIN, "/warn 5"));

    assertEquals("5 isn't in this chat.", onlyText(effects));
    assertEquals(WarnCount.NONE, store.warnsOf(CHAT_ID, LEFT.id()));
  }

  @Test
  void aChannelCannotBeWarned() {
    Reply channelPost = new Reply(MessageId.of(50),
        RepliedMessage.fromSenderChat(CHAT_ID, UserId.of(136817688), NEWS_CHANNEL), Optional.empty());
    Incoming.Message warn = messages.reply(CHAT, ADMIN, "/warn", channelPost);

    Effects effects = send(warn);

    assertEquals("Channels can't be warned; use /ban to ban a channel from this chat.", onlyText(effects));
    assertEquals(List.of(), transactions.applied());
  }

  @Test
  void aWarnByUsernameNamesTheMemberAsTyped() {
    Effects effects = send(command(ADMIN, "/warn @eve_member off topic"));

    assertEquals("@eve_member has 1/3 warnings; be careful!\nReason: off topic", onlyText(effects));
    assertEquals(List.of("off topic"), store.warnsOf(CHAT_ID, OTHER_MEMBER.id()).reasons());
  }

  @Test
  void aWarnWithoutATargetAsksWho() {
    Effects effects = send(command(ADMIN, "/warn"));

    assertTrue(onlyText(effects).startsWith("Tell me who"), onlyText(effects));
  }

  @Test
  void theSameUpdateDeliveredTwiceWarnsOnce() {
    Incoming.Message warn = replyCommand(ADMIN, "/warn spam", MEMBER, 50);

    Effects first = send(warn);
    Effects repeat = send(warn);

    assertEquals(1, sent(first).size());
    assertTrue(repeat.isEmpty(), () -> "a repeat sends nothing: " + repeat.actions());
    assertEquals(1, store.warnsOf(CHAT_ID, MEMBER.id()).count());
    assertEquals(List.of(EventKey.update(warn.updateId())), transactions.applied());
  }

  @Test
  void swarnDeletesTheCommandAndStillSendsTheNotice() {
    Incoming.Message swarn = replyCommand(ADMIN, "/swarn quietly", MEMBER, 50);

    Effects effects = send(swarn);

    assertEquals(List.of(ChatAction.Delete.one(CHAT_ID, swarn.message().id())), moderation(effects));
    OutgoingMessage notice = sent(effects).get(0);
    assertEquals(Optional.empty(), notice.replyTo());
    assertTrue(Html.visibleText(notice.html()).startsWith("Max <Mustermann> has 1/3 warnings"), notice.html());
  }

  @Test
  void dwarnDeletesTheRepliedMessageAndWarnsItsSender() {
    Effects effects = send(replyCommand(ADMIN, "/dwarn rude", MEMBER, 50));

    assertEquals(List.of(ChatAction.Delete.one(CHAT_ID, MessageId.of(50))), moderation(effects));
    assertEquals(new WarnCount(1, List.of("rude")), store.warnsOf(CHAT_ID, MEMBER.id()));
  }

  @Test
  void dwarnWithoutAReplyExplainsItself() {
    Effects effects = send(command(ADMIN, "/dwarn 3"));

    assertEquals("Reply to the message to delete with /dwarn; its sender gets the warn.", onlyText(effects));
    assertEquals(WarnCount.NONE, store.warnsOf(CHAT_ID, MEMBER.id()));
  }

  // ------------------------------------------------------------------------------------------------ remove button

  @Test
  void theRemoveButtonTakesBackTheLatestWarn() {
    send(replyCommand(ADMIN, "/warn first", MEMBER, 50));
    send(replyCommand(ADMIN, "/warn second", MEMBER, 51));

    Effects effects = press(ADMIN, "rmWarn|v1|u=3");

    assertEquals(new WarnCount(1, List.of("first")), store.warnsOf(CHAT_ID, MEMBER.id()));
    ChatAction.Edit edit = edit(effects).orElseThrow();
    assertEquals(MessageId.of(77), edit.message());
    assertEquals("Ada removed a warning of 3; 1/3 left.", Html.visibleText(edit.html()));
    assertTrue(edit.keyboard().isEmpty());
  }

  @Test
  void aMemberPressingTheRemoveButtonIsRefused() {
    send(replyCommand(ADMIN, "/warn first", MEMBER, 50));

    Effects effects = press(OTHER_MEMBER, "rmWarn|v1|u=3");

    assertEquals("You need to be an admin to do this.", answer(effects).orElseThrow().text());
    assertTrue(answer(effects).get().alert());
    assertEquals(1, store.warnsOf(CHAT_ID, MEMBER.id()).count());
    assertEquals(Optional.empty(), edit(effects));
  }

  @Test
  void theRemoveButtonNeedsTheBotToBeAnAdmin() {
    telegram.removeAdmin(BOT.id());
    store.addWarn(CHAT_ID, MEMBER.id(), WarnReason.typed("x"));

    Effects effects = press(ADMIN, "rmWarn|v1|u=3");

    assertEquals("I need to be an admin here to do this.", answer(effects).orElseThrow().text());
    assertEquals(1, store.warnsOf(CHAT_ID, MEMBER.id()).count());
  }

  @Test
  void theRemoveButtonOnAMemberWithoutWarnsSaysSo() {
    Effects effects = press(ADMIN, "rmWarn|v1|u=3");

    assertEquals("3 has no warnings to remove.", Html.visibleText(edit(effects).orElseThrow().html()));
  }

  // ------------------------------------------------------------------------------------------------ reading and removing

  @Test
  void warnsShowsTheCountAndReasonsToAnyone() {
    send(replyCommand(ADMIN, "/warn one", MEMBER, 50));
    send(replyCommand(ADMIN, "/warn two", MEMBER, 51));

    Effects effects = send(replyCommand(OTHER_MEMBER, "/warns", MEMBER, 52));

    assertEquals("Max <Mustermann> has 2/3 warnings:\n1. one\n2. two", onlyText(effects));
  }

  @Test
  void warnsWithoutATargetShowsTheSendersOwn() {
    Effects effects = send(command(OTHER_MEMBER, "/warns"));

    assertEquals("Eve has no warnings.", onlyText(effects));
  }

  @Test
  void rmwarnRemovesTheLatestWarn() {
    send(replyCommand(ADMIN, "/warn one", MEMBER, 50));
    send(replyCommand(ADMIN, "/warn two", MEMBER, 51));

    Effects effects = send(replyCommand(ADMIN, "/unwarn", MEMBER, 52));

    assertEquals("Removed the latest warning of Max <Mustermann>; 1/3 left.", onlyText(effects));
    assertEquals(List.of("one"), store.warnsOf(CHAT_ID, MEMBER.id()).reasons());
  }

  @Test
  void resetwarnForgetsAllOfOneMembersWarns() {
    send(replyCommand(ADMIN, "/warn one", MEMBER, 50));
    send(command(ADMIN, "/warn @eve_member two"));

    Effects effects = send(replyCommand(ADMIN, "/resetwarns", MEMBER, 52));

    assertEquals("The warnings of Max <Mustermann> have been reset.", onlyText(effects));
    assertEquals(WarnCount.NONE, store.warnsOf(CHAT_ID, MEMBER.id()));
    assertEquals(1, store.warnsOf(CHAT_ID, OTHER_MEMBER.id()).count());
  }

  // ------------------------------------------------------------------------------------------------ reset all

  /** The owner's /resetallwarns: the question with its Yes and No. */
  private Effects askResetAll() {
    return send(command(OWNER, "/resetallwarns"));
  }

  @Test
  void resetallwarnsAsksTheOwnerToConfirmWithButtonsThatCarryOnlyAToken() {
    Effects effects = askResetAll();

    assertEquals("Remove every warning of every member of this chat? This can't be undone.", onlyText(effects));
    List<Button> buttons = sent(effects).get(0).keyboard().rows().get(0);
    assertEquals(List.of("Yes, remove them all", "No"), buttons.stream().map(Button::text).toList());
    String yes = ((Button.Callback) buttons.get(0)).data();
    String no = ((Button.Callback) buttons.get(1)).data();
    assertTrue(yes.matches("rmAllChatWarns\\|v1\\|t=[A-Za-z0-9_-]{16}&a=y"), yes);
    assertEquals(yes.replace("&a=y", "&a=n"), no);
  }

  @Test
  void resetallwarnsIsForTheOwnerOnly() {
    Effects effects = send(command(ADMIN, "/resetallwarns"));

    assertEquals("Only the chat's owner can do this.", onlyText(effects));
  }

  @Test
  void onlyTheOwnerMayConfirmResettingEveryWarn() {
    send(replyCommand(ADMIN, "/warn one", MEMBER, 50));
    String yes = TestEffects.buttonData(askResetAll(), "Yes, remove them all");

    Effects byAdmin = press(ADMIN, yes);

    assertEquals("Only the chat's owner can do this.", answer(byAdmin).orElseThrow().text());
    assertEquals(1, store.warnsOf(CHAT_ID, MEMBER.id()).count());
    edit(press(OWNER, yes)).orElseThrow(); // the question is still there for the owner
    assertEquals(WarnCount.NONE, store.warnsOf(CHAT_ID, MEMBER.id()));
  }

  @Test
  void theOwnersYesResetsEveryWarnOfTheChat() {
    send(replyCommand(ADMIN, "/warn one", MEMBER, 50));
    send(command(ADMIN, "/warn @eve_member two"));

    Effects effects = press(OWNER, TestEffects.buttonData(askResetAll(), "Yes, remove them all"));

    assertEquals("All warnings in this chat have been removed (2 members had some).",
        Html.visibleText(edit(effects).orElseThrow().html()));
    assertEquals(WarnCount.NONE, store.warnsOf(CHAT_ID, MEMBER.id()));
    assertEquals(WarnCount.NONE, store.warnsOf(CHAT_ID, OTHER_MEMBER.id()));
  }

  @Test
  void theOwnersNoKeepsEveryWarn() {
    send(replyCommand(ADMIN, "/warn one", MEMBER, 50));

    Effects effects = press(OWNER, TestEffects.buttonData(askResetAll(), "No"));

    assertEquals("Cancelled: no warnings were removed.", Html.visibleText(edit(effects).orElseThrow().html()));
    assertEquals(1, store.warnsOf(CHAT_ID, MEMBER.id()).count());
  }

  @Test
  void aYesPressedTwiceResetsOnceAndSaysTheQuestionWasAnswered() {
    String yes = TestEffects.buttonData(askResetAll(), "Yes, remove them all");
    press(OWNER, yes);
    send(replyCommand(ADMIN, "/warn after", MEMBER, 50));

    Effects again = press(OWNER, yes);

    assertEquals("This question was already answered.", answer(again).orElseThrow().text());
    assertEquals(1, store.warnsOf(CHAT_ID, MEMBER.id()).count());
  }

  // ------------------------------------------------------------------------------------------------ settings

  @Test
  void warningsShowsTheLimitAndMode() {
    store.setMode(CHAT_ID, PenaltyMode.TBAN, Optional.of(Duration.ofDays(2)));

    Effects effects = send(command(ADMIN, "/warnings"));

    assertEquals("The warn limit is 3; a member who reaches it is banned for 2d.", onlyText(effects));
  }

  @Test
  void setwarnlimitZeroIsRefusedWithTheRange() {
    Effects effects = send(command(ADMIN, "/setwarnlimit 0"));

    assertEquals("'0' is not a valid warn limit: give a whole number from 1 to 100.", onlyText(effects));
    assertEquals(WarnLimit.DEFAULT, store.settings(CHAT_ID).limit());
    assertEquals(List.of(), transactions.applied());
  }

  @Test
  void setwarnlimitRefusesWordsAndNumbersOverAHundred() {
    assertTrue(onlyText(send(command(ADMIN, "/setwarnlimit abc"))).contains("from 1 to 100"));
    assertTrue(onlyText(send(command(ADMIN, "/setwarnlimit 101"))).contains("from 1 to 100"));
    assertTrue(onlyText(send(command(ADMIN, "/setwarnlimit"))).contains("from 1 to 100"));
    assertEquals(WarnLimit.DEFAULT, store.settings(CHAT_ID).limit());
  }

  @Test
  void setwarnlimitSetsTheLimit() {
    Effects effects = send(command(ADMIN, "/setwarnlimit 5"));

    assertEquals("The warn limit is now 5.", onlyText(effects));
    assertEquals(new WarnLimit(5), store.settings(CHAT_ID).limit());
  }

  @Test
  void setwarnlimitIsForAdmins() {
    send(command(MEMBER, "/setwarnlimit 50"));

    assertEquals(WarnLimit.DEFAULT, store.settings(CHAT_ID).limit());
  }

  @Test
  void setwarnmodeWithAnUnknownModeListsTheModes() {
    Effects effects = send(command(ADMIN, "/setwarnmode explode"));

    assertEquals("'explode' is not a warn mode: use ban, kick, mute, tban <time> or tmute <time>.", onlyText(effects));
    assertEquals(WarnSettings.DEFAULTS, store.settings(CHAT_ID));
  }

  @Test
  void setwarnmodeSetsATimedModeWithItsDuration() {
    Effects effects = send(command(ADMIN, "/setwarnmode tmute 6h"));

    assertEquals("Done: a member who reaches the warn limit will be muted for 6h.", onlyText(effects));
    assertEquals(new WarnSettings(WarnLimit.DEFAULT, PenaltyMode.TMUTE, Optional.of(Duration.ofHours(6))),
        store.settings(CHAT_ID));
  }

  @Test
  void setwarnmodeKick() {
    send(command(ADMIN, "/setwarnmode KICK"));

    assertEquals(PenaltyMode.KICK, store.settings(CHAT_ID).mode());
  }

  @Test
  void aTimedModeWithoutADurationAsksForOne() {
    Effects effects = send(command(ADMIN, "/setwarnmode tban"));

    assertTrue(onlyText(effects).startsWith("Tell me how long"), onlyText(effects));
    assertEquals(WarnSettings.DEFAULTS, store.settings(CHAT_ID));
  }

  @Test
  void aTimedModeWithADurationOutOfRangeIsRefused() {
    Effects effects = send(command(ADMIN, "/setwarnmode tban 400d"));

    assertTrue(onlyText(effects).contains("exceeds the limit"), onlyText(effects));
    assertEquals(WarnSettings.DEFAULTS, store.settings(CHAT_ID));
  }

  @Test
  void kickAtTheLimitKicksRatherThanBans() {
    store.setLimit(CHAT_ID, new WarnLimit(1));
    store.setMode(CHAT_ID, PenaltyMode.KICK, Optional.empty());

    Effects effects = send(replyCommand(ADMIN, "/warn", MEMBER, 50));

    assertInstanceOf(ChatAction.Kick.class, moderation(effects).get(0));
    assertFalse(effects.actions().stream().anyMatch(a -> a instanceof ChatAction.Ban));
  }
}

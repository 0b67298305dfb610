package io.alita.domain.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
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
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.FakeChatQueries;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.permission.Right;
import io.alita.domain.target.Target;
import io.alita.domain.testing.TestDispatcher;
import io.alita.domain.testing.TestEffects;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Incoming;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Approvals commands and buttons driven through a real {@link Dispatcher}. */
class ApprovalsModuleTest {

  private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");
  private static final ChatId CHAT_ID = ChatId.of(-1001234567890L);
  private static final SeenChat CHAT = new SeenChat(CHAT_ID, ChatKind.SUPERGROUP, "Engines", null);
  private static final BotIdentity BOT = new BotIdentity(UserId.of(999), "alita_test_bot");
  private static final SeenUser OWNER = new SeenUser(UserId.of(1), "Olga", null, "olga_owner", false);
  private static final SeenUser ADMIN = new SeenUser(UserId.of(2), "Ada", null, null, false);
  private static final SeenUser MEMBER = new SeenUser(UserId.of(3), "Max", "<M>", null, false);
  private static final SeenUser OTHER = new SeenUser(UserId.of(4), "Eve", null, "eve_member", false);

  private final FakeChatQueries telegram = new FakeChatQueries();
  private final InMemoryApprovalStore store = new InMemoryApprovalStore();
  private final InMemoryUpdateTransactions transactions = new InMemoryUpdateTransactions();
  private final Approvals approvals = new Approvals(store);
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final TestMessages messages = new TestMessages(clock);
  private Dispatcher dispatcher;

  @BeforeEach
  void chatWithOwnerAdminAndMembers() {
    telegram.admin(OWNER.id(), MemberStatus.CREATOR, AdminRights.ALL);
    telegram.admin(ADMIN.id(), MemberStatus.ADMINISTRATOR, AdminRights.of(Right.DELETE_MESSAGES));
    telegram.admin(BOT.id(), MemberStatus.ADMINISTRATOR, AdminRights.of(Right.DELETE_MESSAGES));
    telegram.member(MEMBER.id(), MemberStatus.MEMBER);
    telegram.member(OTHER.id(), MemberStatus.MEMBER);
    AdminCache admins = new AdminCache(telegram, clock);
    Map<UserId, String> seenNames = Map.of(OTHER.id(), "Eve", ADMIN.id(), "Ada");
    Confirmations confirmations = new Confirmations(new InMemoryConfirmationStore(), clock, new Random(1));
    ApprovalsModule module = new ApprovalsModule(approvals, admins,
        username -> username.canonical().equals("eve_member") ? Optional.of(new Target.User(OTHER.id()))
            : Optional.empty(),
        user -> Optional.ofNullable(seenNames.get(user)), BOT, clock, confirmations);
    dispatcher = TestDispatcher.with(module, confirmations).bot(BOT).admins(admins).clock(clock)
        .transactions(transactions).build();
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private Effects command(SeenUser from, String text) {
    return dispatcher.dispatch(messages.text(CHAT, from, text));
  }

  private Effects replyCommand(SeenUser from, String text, SeenUser repliedTo) {
    return dispatcher.dispatch(messages.reply(CHAT, from, text, repliedTo, 50));
  }

  private Effects press(SeenUser from, String data) {
    return dispatcher.dispatch(messages.press(CHAT, from, MessageId.of(77), data));
  }

  private static List<OutgoingMessage> sent(Effects effects) {
    return effects.actions().stream().filter(a -> a instanceof ChatAction.Send)
        .map(a -> ((ChatAction.Send) a).message()).toList();
  }

  private static String onlyText(Effects effects) {
    List<OutgoingMessage> messages = sent(effects);
    assertEquals(1, messages.size(), () -> "expected one message in " + effects.actions());
    return Html.visibleText(messages.get(0).html());
  }

  private static Optional<ChatAction.AnswerButton> answer(Effects effects) {
    return effects.actions().stream().filter(a -> a instanceof ChatAction.AnswerButton)
        .map(a -> (ChatAction.AnswerButton) a).findFirst();
  }

  private static Optional<ChatAction.Edit> edit(Effects effects) {
    return effects.actions().stream().filter(a -> a instanceof ChatAction.Edit).map(a -> (ChatAction.Edit) a)
        .findFirst();
  }

  // ------------------------------------------------------------------------------------------------ approve

  @Test
  void approvingByReplyStoresTheReasonAndExemptsTheMember() {
    Effects effects = replyCommand(ADMIN, "/approve trusted <helper>", MEMBER);

    assertEquals("Max <M> is approved: locks, blacklists, antiflood and captcha no longer apply to them.\n"
        + "Reason: trusted <helper>", onlyText(effects));
    assertTrue(sent(effects).get(0).html().contains("<a href=\"tg://user?id=3\">Max &lt;M&gt;</a>"));
    assertEquals(Optional.of(new Approval(MEMBER.id(), "trusted <helper>", ADMIN.id(), NOW)),
        store.approval(CHAT_ID, MEMBER.id()));
    assertTrue(approvals.isApproved(CHAT_ID, MEMBER.id()));
  }

  @Test
  void approvingByUsernameWorksAndTwiceSaysSo() {
    assertEquals("Eve is approved: locks, blacklists, antiflood and captcha no longer apply to them.",
        onlyText(command(ADMIN, "/approve @eve_member")));

    assertEquals("Eve is already approved.", onlyText(command(ADMIN, "/approve @eve_member")));
  }

  @Test
  void anAdminOrTheBotNeedsNoApproval() {
    assertEquals("Ada is an admin; admins need no approval.", onlyText(command(OWNER, "/approve 2")));
    assertEquals("I'm an admin here; I need no approval.", onlyText(command(ADMIN, "/approve 999")));
    assertEquals(List.of(), store.approvals(CHAT_ID));
  }

  @Test
  void channelsCannotBeApproved() {
    assertEquals("Only users can be approved, not channels.", onlyText(command(ADMIN, "/approve -1009876543210")));
  }

  @Test
  void aMemberCannotApprove() {
    assertEquals("You need to be an admin to do this.", onlyText(command(MEMBER, "/approve 4")));
    assertFalse(approvals.isApproved(CHAT_ID, OTHER.id()));
  }

  @Test
  void approveWithoutATargetSaysHowToNameOne() {
    assertFalse(onlyText(command(ADMIN, "/approve")).isEmpty());
    assertEquals(List.of(), transactions.applied());
  }

  @Test
  void aRepeatedApproveUpdateSendsNothing() {
    Incoming.Message approve = messages.text(CHAT, ADMIN, "/approve 4");
    dispatcher.dispatch(approve);

    Effects again = dispatcher.dispatch(approve);

    assertEquals(List.of(), again.actions());
    assertEquals(List.of(EventKey.update(approve.updateId())), transactions.applied());
  }

  // ------------------------------------------------------------------------------------------------ unapprove, status

  @Test
  void unapprovingEndsTheExemptionAtOnce() {
    command(ADMIN, "/approve 4");
    assertTrue(approvals.isApproved(CHAT_ID, OTHER.id()));

    assertEquals("Eve is no longer approved.", onlyText(command(ADMIN, "/unapprove 4")));

    assertFalse(approvals.isApproved(CHAT_ID, OTHER.id()));
    assertEquals("Eve isn't approved.", onlyText(command(ADMIN, "/unapprove 4")));
  }

  @Test
  void approvalShowsWhoApprovedWhenAndWhy() {
    command(ADMIN, "/approve 4 runs the quiz");

    assertEquals("Eve is approved (by Ada on 2026-03-04).\nReason: runs the quiz",
        onlyText(command(ADMIN, "/approval 4")));
    assertEquals("Max <M> isn't approved.", onlyText(replyCommand(ADMIN, "/approval", MEMBER)));
    assertEquals("Olga is an admin; admins need no approval.", onlyText(replyCommand(ADMIN, "/approval", OWNER)));
  }

  // ------------------------------------------------------------------------------------------------ list

  @Test
  void approvedListsEveryApprovedMember() {
    assertEquals("Nobody is approved in this chat.", onlyText(command(ADMIN, "/approved")));
    command(ADMIN, "/approve 4 quiz master");
    command(ADMIN, "/approve 3");

    // approved at the same moment: by user id
    assertEquals("Approved members (2):\n• 3\n• Eve: quiz master", onlyText(command(ADMIN, "/approved")));
  }

  @Test
  void aLongListIsSplitIntoMessagesTelegramAccepts() {
    for (int i = 0; i < 300; i++) {
      store.approve(CHAT_ID, new Approval(UserId.of(10_000 + i), "reason number " + i + " ".repeat(20) + "x",
          ADMIN.id(), NOW.plusSeconds(i)));
    }

    List<OutgoingMessage> messages = sent(command(ADMIN, "/approved"));

    assertTrue(messages.size() > 1, "expected several messages, got " + messages.size());
    int lines = 0;
    for (OutgoingMessage m : messages) {
      String visible = Html.visibleText(m.html());
      assertTrue(visible.length() <= 4096, "a message of " + visible.length() + " characters");
      lines += (int) visible.lines().filter(l -> l.startsWith("• ")).count();
    }
    assertEquals(300, lines);
    assertTrue(Html.visibleText(messages.get(0).html()).startsWith("Approved members (300):\n• 10000: reason number 0"));
  }

  @Test
  void aVeryLongReasonIsCutInTheList() {
    store.approve(CHAT_ID, new Approval(OTHER.id(), "y".repeat(3000), ADMIN.id(), NOW));

    String text = onlyText(command(ADMIN, "/approved"));

    assertTrue(text.endsWith("y…"), text);
    assertEquals("Approved members (1):\n• Eve: ".length() + ApprovalsModule.LIST_REASON_MAX, text.length());
  }

  // ------------------------------------------------------------------------------------------------ unapprove all

  /** The Yes (or No) of the owner's /unapproveall question. */
  private String unapproveAllButton(String label) {
    return TestEffects.buttonData(command(OWNER, "/unapproveall"), label);
  }

  @Test
  void onlyTheOwnerMayAskToUnapproveEveryone() {
    assertEquals("Only the chat's owner can do this.", onlyText(command(ADMIN, "/unapproveall")));

    OutgoingMessage ask = sent(command(OWNER, "/unapproveall")).get(0);

    List<Button> buttons = ask.keyboard().rows().get(0);
    assertEquals(List.of("Yes, unapprove everyone", "No"), buttons.stream().map(Button::text).toList());
    assertTrue(((Button.Callback) buttons.get(0)).data().matches("rmAllApprovals\\|v1\\|t=[A-Za-z0-9_-]{16}&a=y"),
        buttons.toString());
  }

  @Test
  void theOwnerConfirmingUnapprovesEveryone() {
    command(ADMIN, "/approve 3");
    command(ADMIN, "/approve 4");

    Effects effects = press(OWNER, unapproveAllButton("Yes, unapprove everyone"));

    assertEquals("Every approval in this chat was taken back (2 members).", Html.visibleText(edit(effects).get().html()));
    assertEquals(Set.of(), store.approvedUsers(CHAT_ID));
    assertFalse(approvals.isApproved(CHAT_ID, MEMBER.id()));
  }

  @Test
  void anAdminWhoIsNotTheOwnerCannotPressYes() {
    command(ADMIN, "/approve 3");

    Effects effects = press(ADMIN, unapproveAllButton("Yes, unapprove everyone"));

    assertTrue(answer(effects).get().alert());
    assertEquals("Only the chat's owner can do this.", answer(effects).get().text());
    assertTrue(approvals.isApproved(CHAT_ID, MEMBER.id()));
  }

  @Test
  void noCancelsAndKeepsEveryone() {
    command(ADMIN, "/approve 3");

    Effects effects = press(OWNER, unapproveAllButton("No"));

    assertEquals("Cancelled: nobody was unapproved.", Html.visibleText(edit(effects).get().html()));
    assertTrue(approvals.isApproved(CHAT_ID, MEMBER.id()));
  }

  @Test
  void aForgedAnswerWithoutAStoredQuestionIsRefused() {
    assertEquals("This question has expired; ask again if you still want it.",
        answer(press(OWNER, "rmAllApprovals|v1|a=yes")).get().text());
    assertEquals("This question has expired; ask again if you still want it.",
        answer(press(OWNER, "rmAllApprovals|v1|t=guessed&a=y")).get().text());
  }

  // ------------------------------------------------------------------------------------------------ the service

  @Test
  void theExemptionCheckReadsTheStoreOncePerChatUntilAChange() {
    store.approve(CHAT_ID, new Approval(MEMBER.id(), "", ADMIN.id(), NOW));

    assertTrue(approvals.isApproved(CHAT_ID, MEMBER.id()));
    assertFalse(approvals.isApproved(CHAT_ID, OTHER.id()));
    assertTrue(approvals.test(CHAT_ID, MEMBER.id()));
    assertEquals(1, store.listReads());

    command(ADMIN, "/approve 4");

    assertTrue(approvals.isApproved(CHAT_ID, OTHER.id()));
    assertEquals(2, store.listReads());
  }
}

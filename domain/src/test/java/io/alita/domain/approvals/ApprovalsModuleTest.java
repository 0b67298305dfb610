package io.alita.domain.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.dispatch.RecordingUpdateTransactions;
import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.format.Html;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.FakeChatQueries;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.permission.Right;
import io.alita.domain.target.RepliedMessage;
import io.alita.domain.target.Target;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.ButtonPress;
import io.alita.domain.update.Incoming;
import io.alita.domain.update.IncomingMessage;
import io.alita.domain.update.Reply;
import io.alita.domain.update.UpdateId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  private final RecordingUpdateTransactions transactions = new RecordingUpdateTransactions();
  private final Approvals approvals = new Approvals(store);
  private Dispatcher dispatcher;
  private long nextUpdate = 1000;
  private int nextMessage = 100;

  @BeforeEach
  void chatWithOwnerAdminAndMembers() {
    telegram.admin(OWNER.id(), MemberStatus.CREATOR, AdminRights.ALL);
    telegram.admin(ADMIN.id(), MemberStatus.ADMINISTRATOR, AdminRights.of(Right.DELETE_MESSAGES));
    telegram.admin(BOT.id(), MemberStatus.ADMINISTRATOR, AdminRights.of(Right.DELETE_MESSAGES));
    telegram.member(MEMBER.id(), MemberStatus.MEMBER);
    telegram.member(OTHER.id(), MemberStatus.MEMBER);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    AdminCache admins = new AdminCache(telegram, clock);
    Map<UserId, String> seenNames = Map.of(OTHER.id(), "Eve", ADMIN.id(), "Ada");
    ApprovalsModule module = new ApprovalsModule(approvals, transactions, admins,
        username -> username.canonical().equals("eve_member") ? Optional.of(new Target.User(OTHER.id()))
            : Optional.empty(),
        user -> Optional.ofNullable(seenNames.get(user)), BOT, clock);
    dispatcher = new Dispatcher(List.of(module), BOT, admins, (user, level) -> false, chat -> false,
        Messages.english(), clock);
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private Effects command(SeenUser from, String text) {
    return dispatcher.dispatch(new Incoming.Message(new UpdateId(nextUpdate++), IncomingMessage.text(
        MessageId.of(nextMessage++), CHAT, from, NOW, text, List.of(), Optional.empty())));
  }

  private Effects replyCommand(SeenUser from, String text, SeenUser repliedTo) {
    Reply reply = new Reply(MessageId.of(50), RepliedMessage.fromUser(CHAT_ID, repliedTo.id()), Optional.of(repliedTo));
    return dispatcher.dispatch(new Incoming.Message(new UpdateId(nextUpdate++), IncomingMessage.text(
        MessageId.of(nextMessage++), CHAT, from, NOW, text, List.of(), Optional.of(reply))));
  }

  private Effects press(SeenUser from, String data) {
    return dispatcher.dispatch(new Incoming.Button(new UpdateId(nextUpdate++),
        new ButtonPress("callback-" + nextUpdate, from, CHAT, MessageId.of(77), data)));
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
    IncomingMessage approve = IncomingMessage.text(MessageId.of(5), CHAT, ADMIN, NOW, "/approve 4", List.of(),
        Optional.empty());
    dispatcher.dispatch(new Incoming.Message(new UpdateId(1), approve));

    Effects again = dispatcher.dispatch(new Incoming.Message(new UpdateId(1), approve));

    assertEquals(List.of(), again.actions());
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

  @Test
  void onlyTheOwnerMayAskToUnapproveEveryone() {
    assertEquals("Only the chat's owner can do this.", onlyText(command(ADMIN, "/unapproveall")));

    OutgoingMessage ask = sent(command(OWNER, "/unapproveall")).get(0);

    assertEquals(List.of(new Button.Callback("Yes, unapprove everyone", "rmAllApprovals|v1|a=yes"),
        new Button.Callback("No", "rmAllApprovals|v1|a=no")), ask.keyboard().rows().get(0));
  }

  @Test
  void theOwnerConfirmingUnapprovesEveryone() {
    command(ADMIN, "/approve 3");
    command(ADMIN, "/approve 4");

    Effects effects = press(OWNER, "rmAllApprovals|v1|a=yes");

    assertEquals("Every approval in this chat was taken back (2 members).", Html.visibleText(edit(effects).get().html()));
    assertEquals(Set.of(), store.approvedUsers(CHAT_ID));
    assertFalse(approvals.isApproved(CHAT_ID, MEMBER.id()));
  }

  @Test
  void anAdminWhoIsNotTheOwnerCannotPressYes() {
    command(ADMIN, "/approve 3");

    Effects effects = press(ADMIN, "rmAllApprovals|v1|a=yes");

    assertTrue(answer(effects).get().alert());
    assertEquals("Only the chat's owner can do this.", answer(effects).get().text());
    assertTrue(approvals.isApproved(CHAT_ID, MEMBER.id()));
  }

  @Test
  void noCancelsAndKeepsEveryone() {
    command(ADMIN, "/approve 3");

    Effects effects = press(OWNER, "rmAllApprovals|v1|a=no");

    assertEquals("Cancelled: nobody was unapproved.", Html.visibleText(edit(effects).get().html()));
    assertTrue(approvals.isApproved(CHAT_ID, MEMBER.id()));
  }

  @Test
  void aForgedAnswerIsRefused() {
    assertEquals("This button is no longer valid.", answer(press(OWNER, "rmAllApprovals|v1|a=maybe")).get().text());
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

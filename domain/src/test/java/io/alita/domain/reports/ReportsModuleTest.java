package io.alita.domain.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.action.Effects;
import io.alita.domain.action.Keyboard;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.ChatQueries;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.permission.Right;
import io.alita.domain.testing.MutableClock;
import io.alita.domain.testing.TestDispatcher;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Incoming;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Reports through a real dispatcher: Ada (42) created the group, Carol (45) is an admin who may delete but not
 * restrict, Bob (43) and Eve (44) are members, and the bot is an admin with every right.
 */
class ReportsModuleTest {

  static final SeenChat GROUP = new SeenChat(ChatId.of(-100123), ChatKind.SUPERGROUP, "Analytical Engines", null);
  static final SeenUser ADA = new SeenUser(UserId.of(42), "Ada", "Lovelace", "ada_l", false);
  static final SeenUser BOB = new SeenUser(UserId.of(43), "Bob", null, null, false);
  static final SeenUser EVE = new SeenUser(UserId.of(44), "Eve", null, null, false);
  static final SeenUser CAROL = new SeenUser(UserId.of(45), "Carol", null, null, false);

  private final MutableClock clock = new MutableClock(TestDispatcher.NOW);
  private final TestMessages messages = new TestMessages(clock);
  private final InMemoryReportStore store = new InMemoryReportStore();
  private final ChatQueries telegram = new ChatQueries() {
    @Override
    public List<ChatMember> administrators(ChatId chat) {
      return List.of(ChatMember.of(ADA.id(), MemberStatus.CREATOR),
          new ChatMember(CAROL.id(), MemberStatus.ADMINISTRATOR, AdminRights.of(Right.DELETE_MESSAGES), true, false,
              Optional.empty()),
          new ChatMember(TestDispatcher.BOT.id(), MemberStatus.ADMINISTRATOR, AdminRights.ALL, true, true,
              Optional.empty()));
    }

    @Override
    public Optional<ChatMember> member(ChatId chat, UserId user) {
      return Optional.empty();
    }

    @Override
    public Optional<ChatPermissions> defaultPermissions(ChatId chat) {
      return Optional.empty();
    }

    @Override
    public Optional<String> inviteLink(ChatId chat) {
      return Optional.empty();
    }
  };
  private final Dispatcher dispatcher = TestDispatcher.with(List.of(new ReportsModule(store,
      new io.alita.domain.permission.AdminCache(telegram, clock), TestDispatcher.BOT, clock)))
      .telegram(telegram).clock(clock).build();

  private Effects send(SeenUser from, String text) {
    return dispatcher.dispatch(messages.text(GROUP, from, text));
  }

  /** {@code from} answers message 77, sent by {@code author}, with {@code text}. */
  private Effects reply(SeenUser from, String text, SeenUser author) {
    return dispatcher.dispatch(messages.reply(GROUP, from, text, TestMessages.replyTo(GROUP, 77, author)));
  }

  private static OutgoingMessage onlySent(Effects effects) {
    assertEquals(1, effects.actions().size(), effects.actions()::toString);
    return ((ChatAction.Send) effects.actions().get(0)).message();
  }

  private static String tag(SeenUser admin) {
    return "<a href=\"tg://user?id=" + admin.id().value() + "\">\u2063</a>";
  }

  @Test
  void aReportAnswersTheReportedMessageTagsTheAdminsAndCarriesTheButtons() {
    OutgoingMessage report = onlySent(reply(BOB, "/report spam & ads", EVE));

    assertEquals(Optional.of(MessageId.of(77)), report.replyTo());
    assertEquals("<a href=\"tg://user?id=43\">Bob</a> reported <a href=\"tg://user?id=44\">Eve</a> to the admins.\n"
        + "Reason: spam &amp; ads" + tag(ADA) + tag(CAROL), report.html());
    Keyboard keyboard = report.keyboard();
    assertEquals(new Button.Url("Message", "https://t.me/c/123/77"), keyboard.rows().get(0).get(0));
    assertEquals(List.of("Kick", "Ban"), keyboard.rows().get(1).stream().map(Button::text).toList());
    assertEquals(List.of("Delete", "Resolved"), keyboard.rows().get(2).stream().map(Button::text).toList());
  }

  @Test
  void anAdminWhoTurnedReportsOffInPrivateIsNotTagged() {
    assertEquals("You will no longer be tagged in reports.",
        onlySent(dispatcher.dispatch(messages.text(TestMessages.privateChat(CAROL), CAROL, "/reports off"))).html());

    String html = onlySent(reply(BOB, "/report", EVE)).html();

    assertTrue(html.endsWith(tag(ADA)), html);
    assertFalse(html.contains(tag(CAROL)), html);
  }

  @Test
  void atAdminInAMessageReportsTheMessageItAnswers() {
    OutgoingMessage report = onlySent(reply(BOB, "hey @admins look at this", EVE));

    assertEquals(Optional.of(MessageId.of(77)), report.replyTo());
    assertTrue(report.html().contains("Reason: hey @admins look at this"), report.html());
    assertEquals(List.of(), send(BOB, "mail me at bob@admin.example").actions());
  }

  @Test
  void reportsThatCannotBeAreRefusedWithAReason() {
    assertEquals("You are an admin here: no need to report, you can act yourself.",
        onlySent(reply(CAROL, "/report", EVE)).html());
    assertEquals("You can't report your own message.", onlySent(reply(BOB, "/report", BOB)).html());
    assertEquals("You can't report an admin.", onlySent(reply(BOB, "/report", ADA)).html());
    assertEquals("I won't report myself.", onlySent(reply(BOB, "/report",
        new SeenUser(TestDispatcher.BOT.id(), "Alita", null, "alita_test_bot", true))).html());
    assertEquals("Reply to the message you want to report, e.g. with /report spam.",
        onlySent(send(BOB, "/report")).html());
    assertEquals("Reports can't be sent from this account.", onlySent(reply(new SeenUser(UserId.TELEGRAM,
        "Telegram", null, null, false), "/report", EVE)).html());
  }

  @Test
  void aBlockedMembersReportIsDeletedWithoutAnswer() {
    assertEquals("<a href=\"tg://user?id=43\">Bob</a> can no longer report in this chat.",
        onlySent(reply(ADA, "/reports block", BOB)).html());

    Effects effects = reply(BOB, "/report", EVE);

    assertEquals(1, effects.actions().size(), effects.actions()::toString);
    assertTrue(effects.actions().get(0) instanceof ChatAction.Delete);
    assertEquals("Blocked from reporting in this chat:\n• <a href=\"tg://user?id=43\">43</a>",
        onlySent(send(ADA, "/reports showblocklist")).html());

    onlySent(reply(ADA, "/reports unblock", BOB));
    assertEquals("Nobody is blocked from reporting in this chat.", onlySent(send(ADA, "/reports showblocklist")).html());
    assertTrue(onlySent(reply(BOB, "/report", EVE)).html().contains("reported"));
  }

  @Test
  void reportsTurnedOffInTheChatAnswerReportButIgnoreAtAdmin() {
    assertEquals("Reports are off in this chat.", onlySent(send(ADA, "/reports off")).html());

    assertEquals("Reports are turned off in this chat.", onlySent(reply(BOB, "/report", EVE)).html());
    assertEquals(List.of(), reply(BOB, "@admin", EVE).actions());
    assertEquals("Reports are off in this chat. Use /reports on to turn them on.",
        onlySent(send(CAROL, "/reports")).html());
  }

  @Test
  void onlyAdminsChangeTheChatsSettingAndAWrongWordGetsTheUsage() {
    assertTrue(onlySent(send(BOB, "/reports off")).html().contains("admin"));
    assertTrue(store.chat(GROUP.id()).enabled());
    assertEquals("Use /reports on or off, /reports block or unblock as a reply to a member, or /reports showblocklist.",
        onlySent(send(ADA, "/reports maybe")).html());
    assertEquals("Reply to a message of the member to block or unblock.", onlySent(send(ADA, "/reports block")).html());
  }

  @Test
  void aMemberReportsOncePerMinute() {
    onlySent(reply(BOB, "/report", EVE));

    assertEquals("You reported a moment ago. You can report again in 60 s.", onlySent(reply(BOB, "/report", EVE)).html());
    assertEquals(List.of(), reply(BOB, "@admin", EVE).actions());

    clock.advance(Duration.ofSeconds(61));
    assertTrue(onlySent(reply(BOB, "@admin", EVE)).html().contains("reported"));
  }

  // ------------------------------------------------------------------------------------------------ buttons

  private Button button(String label) {
    OutgoingMessage report = onlySent(reply(BOB, "/report", EVE));
    clock.advance(Duration.ofMinutes(2));
    return report.keyboard().rows().stream().flatMap(List::stream).filter(b -> b.text().equals(label)).findFirst()
        .orElseThrow();
  }

  private Effects press(SeenUser who, Button button) {
    return dispatcher.dispatch(messages.press(GROUP, who, MessageId.of(500), button));
  }

  @Test
  void kickAndBanActOnTheReportedMemberAndCloseTheReport() {
    Effects kicked = press(ADA, button("Kick"));
    assertEquals(new ChatAction.Kick(GROUP.id(), EVE.id()), kicked.actions().get(0));
    assertEquals(new ChatAction.Edit(GROUP.id(), MessageId.of(500),
        "Report handled: <a href=\"tg://user?id=42\">Ada Lovelace</a> kicked <a href=\"tg://user?id=44\">44</a>.",
        Keyboard.NONE), kicked.actions().get(1));

    Effects banned = press(ADA, button("Ban"));
    assertEquals(new ChatAction.Ban(GROUP.id(), EVE.id(), Optional.empty()), banned.actions().get(0));
  }

  @Test
  void deleteRemovesTheReportedMessageAndResolvedOnlyClosesTheReport() {
    Effects deleted = press(CAROL, button("Delete"));
    assertEquals(ChatAction.Delete.one(GROUP.id(), MessageId.of(77)), deleted.actions().get(0));

    Effects resolved = press(CAROL, button("Resolved"));
    assertEquals(new ChatAction.Edit(GROUP.id(), MessageId.of(500),
        "Report marked resolved by <a href=\"tg://user?id=45\">Carol</a>.", Keyboard.NONE),
        resolved.actions().get(0));
  }

  @Test
  void theButtonsAreCheckedLikeCommands() {
    Button kick = button("Kick");

    Effects carol = press(CAROL, kick);
    assertEquals(1, carol.actions().size(), carol.actions()::toString);
    ChatAction.AnswerButton answer = (ChatAction.AnswerButton) carol.actions().get(0);
    assertTrue(answer.alert());
    assertEquals("You need the right to ban users to do this.", answer.text());

    Effects bob = press(BOB, kick);
    assertEquals(1, bob.actions().size(), bob.actions()::toString);
    assertTrue(((ChatAction.AnswerButton) bob.actions().get(0)).alert());
  }

  @Test
  void aReportInABasicGroupHasNoMessageLink() {
    assertEquals(Optional.empty(), ReportsModule.link(new SeenChat(ChatId.of(-4567), ChatKind.GROUP, "g", null),
        MessageId.of(3)));
    assertEquals(Optional.of("https://t.me/engines/3"), ReportsModule.link(
        new SeenChat(ChatId.of(-1004567), ChatKind.SUPERGROUP, "g", "engines"), MessageId.of(3)));
  }

  @Test
  void unknownIncomingIsIgnored() {
    Incoming.Button junk = messages.press(GROUP, ADA, MessageId.of(500), "report|v1|a=nuke");
    Effects effects = dispatcher.dispatch(junk);
    assertEquals(1, effects.actions().size());
    assertTrue(((ChatAction.AnswerButton) effects.actions().get(0)).alert());
  }
}

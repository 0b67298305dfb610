package io.alita.domain.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.ActionResult;
import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.action.Keyboard;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.Right;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenUser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SandboxReportTest {

  static final Messages EN = Messages.english();
  static final ChatId CHAT = ChatId.of(-1001);
  static final SeenUser USER = new SeenUser(UserId.of(5), "Sandbox", "User", null, false);
  static final UserId BOT = UserId.of(9);
  static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
  static final ActionResult DONE = new ActionResult.Done();

  private static SandboxReport writing(int count) {
    SandboxReport report = new SandboxReport(EN, USER, BOT, count, NOW);
    report.writes(1, MessageId.of(1), "hello");
    return report;
  }

  /** What the report says about one action taken in answer to a single message. */
  private static String said(ChatAction action) {
    SandboxReport report = writing(1);
    report.carriedOut(action, DONE);
    return report.result().decisions().get(0);
  }

  @Test
  void everyKindOfActionIsSaidInPlainWords() {
    UserId other = UserId.of(77);
    assertEquals("Delete the message", said(ChatAction.Delete.one(CHAT, MessageId.of(1))));
    assertEquals("Delete message 3", said(ChatAction.Delete.one(CHAT, MessageId.of(3))));
    assertEquals("Ban Sandbox User", said(new ChatAction.Ban(CHAT, USER.id(), Optional.empty())));
    assertEquals("Ban user 77 for 1d",
        said(new ChatAction.Ban(CHAT, other, Optional.of(NOW.plus(Duration.ofDays(1))))));
    assertEquals("Unban Sandbox User", said(new ChatAction.Unban(CHAT, USER.id())));
    assertEquals("Remove Sandbox User from the chat (they may join again)", said(new ChatAction.Kick(CHAT, USER.id())));
    assertEquals("Mute Sandbox User", said(new ChatAction.Restrict(CHAT, USER.id(), ChatPermissions.NOTHING,
        Optional.empty())));
    assertEquals("Mute Sandbox User for 10m", said(new ChatAction.Restrict(CHAT, USER.id(), ChatPermissions.NOTHING,
        Optional.of(NOW.plus(Duration.ofMinutes(10))))));
    assertEquals("Let Sandbox User write again", said(new ChatAction.Restrict(CHAT, USER.id(),
        ChatPermissions.MEMBER_DEFAULTS, Optional.empty())));
    ChatPermissions textOnly = new ChatPermissions(true, false, false, false, false, false, false, false, false,
        false, false, false, false, false);
    assertEquals("Restrict what Sandbox User may send, for 2h", said(new ChatAction.Restrict(CHAT, USER.id(),
        textOnly, Optional.of(NOW.plus(Duration.ofHours(2))))));
    assertEquals("Ban the channel -100777 from writing here",
        said(new ChatAction.BanSenderChat(CHAT, ChatId.of(-100777))));
    assertEquals("Let the channel -100777 write here again",
        said(new ChatAction.UnbanSenderChat(CHAT, ChatId.of(-100777))));
    assertEquals("Make Sandbox User an admin",
        said(new ChatAction.Promote(CHAT, USER.id(), AdminRights.of(Right.PIN_MESSAGES))));
    assertEquals("Take the admin rights of Sandbox User away",
        said(new ChatAction.Promote(CHAT, USER.id(), AdminRights.NONE)));
    assertEquals("Give Sandbox User the admin title “Boss”", said(new ChatAction.SetAdminTitle(CHAT, USER.id(), "Boss")));
    assertEquals("Pin the message", said(new ChatAction.Pin(CHAT, MessageId.of(1), false)));
    assertEquals("Pin the message and notify everyone", said(new ChatAction.Pin(CHAT, MessageId.of(1), true)));
    assertEquals("Unpin the message", said(new ChatAction.Unpin(CHAT, Optional.of(MessageId.of(1)))));
    assertEquals("Unpin the latest pinned message", said(new ChatAction.Unpin(CHAT, Optional.empty())));
    assertEquals("Unpin every message", said(new ChatAction.UnpinAll(CHAT)));
    assertEquals("React to the message with 👍", said(new ChatAction.React(CHAT, MessageId.of(1), "👍")));
    assertEquals("Answer the button press: “Done”", said(new ChatAction.AnswerButton(CHAT, "cb", "Done", false)));
    assertEquals("Answer the button press", said(new ChatAction.AnswerButton(CHAT, "cb", "", false)));
    assertEquals("Leave the chat", said(new ChatAction.LeaveChat(CHAT)));
    assertEquals("Accept the request of user 77 to join", said(new ChatAction.ApproveJoinRequest(CHAT, other)));
    assertEquals("Decline the request of user 77 to join", said(new ChatAction.DeclineJoinRequest(CHAT, other)));
    assertEquals("Change message 8 to “new”",
        said(new ChatAction.Edit(CHAT, MessageId.of(8), "<i>new</i>", Keyboard.NONE)));
    assertEquals("Send a picture captioned “Pick one”",
        said(new ChatAction.SendPhoto(CHAT, new byte[0], "<b>Pick</b> one", Keyboard.NONE, Optional.empty())));
    assertEquals("Send a photo (file AgACAgIAAxkBAAIB…) captioned “Our rules”",
        said(new ChatAction.SendMedia(CHAT, new io.alita.domain.update.Media(io.alita.domain.content.ContentType.PHOTO,
            "AgACAgIAAxkBAAIBQ2Zx"), "<b>Our</b> rules", Keyboard.NONE, Optional.empty(), Optional.empty(), false,
            false)));
    assertEquals("Reply to the message with a sticker (file CAACAgIAAxk)",
        said(new ChatAction.SendMedia(CHAT, new io.alita.domain.update.Media(io.alita.domain.content.ContentType.STICKER,
            "CAACAgIAAxk"), "", Keyboard.NONE, Optional.of(MessageId.of(1)), Optional.empty(), true, false)));
  }

  @Test
  void takingAReplyKeyboardAwayIsSaidAsAReply() {
    assertEquals("Reply to the message, taking the reply keyboard away: “Removing the stuck keyboard…”",
        said(new ChatAction.RemoveReplyKeyboard(CHAT, MessageId.of(1), "Removing the stuck keyboard…")));
  }

  @Test
  void theBotsTextsAreShownAsTheChatSeesThemWithTheirButtons() {
    OutgoingMessage warned = OutgoingMessage.to(CHAT, "<a href=\"tg://user?id=5\">Sandbox User</a> has 1/3 warnings"
        + "\n<b>Reason:</b> fish &amp; chips").withKeyboard(Keyboard.row(new Button.Callback("Remove warn", "rmWarn"),
            new Button.Url("Rules", "https://t.me/bot")));
    assertEquals("Send a message: “Sandbox User has 1/3 warnings\nReason: fish & chips” [buttons: Remove warn | Rules]",
        said(new ChatAction.Send(warned)));
    assertEquals("Reply to the message: “Done.”",
        said(new ChatAction.Send(OutgoingMessage.replyTo(CHAT, MessageId.of(1), "Done."))));
  }

  @Test
  void aMessageTheBotSentIsLaterCalledByItsText() {
    SandboxReport report = writing(1);
    report.carriedOut(new ChatAction.Send(OutgoingMessage.to(CHAT, "Welcome, <b>friend</b>!")),
        new ActionResult.Sent(MessageId.of(500)));
    report.carriedOut(ChatAction.Delete.one(CHAT, MessageId.of(500)), DONE);
    report.scheduled(Duration.ofSeconds(30), ChatAction.Delete.one(CHAT, MessageId.of(500)));
    report.timerSet(Duration.ofMinutes(5));

    assertEquals(List.of("Send a message: “Welcome, friend!”", "Delete the bot's message “Welcome, friend!”",
        "After 30s: Delete the bot's message “Welcome, friend!”", "Start a timer for 5m"),
        report.result().decisions());
  }

  @Test
  void severalMessagesAreNumberedAndAQuietStepSaysNothingWouldHappen() {
    SandboxReport report = new SandboxReport(EN, USER, BOT, 2, NOW);
    report.writes(1, MessageId.of(1), "one");
    report.writes(2, MessageId.of(2), "two\n\nlines");
    report.carriedOut(ChatAction.Delete.one(CHAT, MessageId.of(2)), DONE);

    SandboxResult.Simulated result = report.result();
    assertEquals("Message 1 of 2 from Sandbox User: “one”", result.steps().get(0).event());
    assertEquals(new SandboxResult.Step("Message 1 of 2 from Sandbox User: “one”", false,
        List.of("Nothing would happen.")), result.steps().get(0));
    assertEquals(new SandboxResult.Step("Message 2 of 2 from Sandbox User: “two lines”", true,
        List.of("Delete message 2")), result.steps().get(1));
    assertFalse(result.nothingWouldHappen());
    assertEquals(List.of("Delete message 2"), result.decisions());
  }

  @Test
  void aMutedMemberCannotWriteUntilUnmutedAndARemovedOneNotAtAll() {
    SandboxReport report = writing(3);
    assertTrue(report.memberCanWrite());
    report.carriedOut(new ChatAction.Restrict(CHAT, UserId.of(77), ChatPermissions.NOTHING, Optional.empty()), DONE);
    assertTrue(report.memberCanWrite(), "someone else's mute");
    report.carriedOut(new ChatAction.Restrict(CHAT, USER.id(), ChatPermissions.NOTHING, Optional.empty()), DONE);
    assertFalse(report.memberCanWrite());
    report.carriedOut(new ChatAction.Restrict(CHAT, USER.id(), ChatPermissions.MEMBER_DEFAULTS, Optional.empty()),
        DONE);
    assertTrue(report.memberCanWrite());
    report.carriedOut(new ChatAction.Kick(CHAT, USER.id()), DONE);
    assertFalse(report.memberCanWrite());
    report.carriedOut(new ChatAction.Restrict(CHAT, USER.id(), ChatPermissions.MEMBER_DEFAULTS, Optional.empty()),
        DONE);
    assertFalse(report.memberCanWrite(), "an unmute does not bring a removed member back");
    report.stopBefore(2);
    assertEquals(Optional.of("Sandbox User is out of the chat now, so their remaining 2 message(s) would not reach "
        + "the chat."), report.result().stoppedEarly());
  }

  @Test
  void anActionBeforeAnyEventIsAMistakeOfTheCaller() {
    SandboxReport report = new SandboxReport(EN, USER, BOT, 1, NOW);
    assertThrows(IllegalStateException.class, () -> report.carriedOut(new ChatAction.LeaveChat(CHAT), DONE));
  }

  @Test
  void rejectionsSayWhatToDo() {
    assertEquals("The bot has never seen the chat -1001: pick a chat it is in.",
        SandboxReport.unknownChat(EN, CHAT).reason());
    assertEquals("The chat -1001 is a channel chat: the sandbox tries messages in groups and supergroups only.",
        SandboxReport.notAGroup(EN, CHAT, ChatKind.CHANNEL).reason());
    assertEquals("The simulation failed (the log says why); nothing was changed.", SandboxReport.failed(EN).reason());
  }
}

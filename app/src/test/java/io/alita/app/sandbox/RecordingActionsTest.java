package io.alita.app.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.action.ActionResult;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Keyboard;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.content.ContentType;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.sandbox.SandboxReport;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Media;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordingActionsTest {

  private static final ChatId CHAT = ChatId.of(-1001000000001L);

  @Test
  void sendsGetMadeUpMessageIdsAndEverythingIsReported() {
    SandboxReport report = new SandboxReport(Messages.english(), new SeenUser(UserId.of(5), "Sandbox", "User", null,
        false), UserId.of(1), 1, Instant.parse("2026-12-07T12:00:00Z"));
    RecordingActions actions = new RecordingActions(report);
    report.joins();

    ActionResult text = actions.execute(new ChatAction.Send(OutgoingMessage.to(CHAT, "Hi")));
    ActionResult gif = actions.execute(new ChatAction.SendMedia(CHAT, new Media(ContentType.ANIMATION, "CgACAgQ"),
        "<i>Welcome</i>", Keyboard.NONE, Optional.empty(), Optional.empty(), false, false));
    ActionResult pin = actions.execute(new ChatAction.Pin(CHAT, MessageId.of(RecordingActions.FIRST_BOT_MESSAGE + 1),
        false));

    assertEquals(new ActionResult.Sent(MessageId.of(RecordingActions.FIRST_BOT_MESSAGE)), text);
    assertEquals(new ActionResult.Sent(MessageId.of(RecordingActions.FIRST_BOT_MESSAGE + 1)), gif);
    assertEquals(new ActionResult.Done(), pin);
    assertEquals(List.of("Send a message: “Hi”", "Send a GIF (file CgACAgQ) captioned “Welcome”",
        "Pin the bot's message “Welcome”"), report.result().steps().get(0).decisions());
  }
}

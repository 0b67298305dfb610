package io.alita.app.sandbox;

import io.alita.domain.action.ActionResult;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatActionPort;
import io.alita.domain.model.MessageId;
import io.alita.domain.sandbox.SandboxReport;

/**
 * The sandbox's {@link ChatActionPort}: writes each action into the report and carries nothing out, answering as if
 * Telegram had accepted it (a sent message gets a made-up id), so the modules go on exactly as after a success. There
 * is no Telegram client behind it at all: a simulation cannot send anything.
 */
final class RecordingActions implements ChatActionPort {

  /** Ids of the bot's own made-up messages, far from the simulated member's (1, 2, ...). */
  static final int FIRST_BOT_MESSAGE = 100_001;

  private final SandboxReport report;
  private int nextMessage = FIRST_BOT_MESSAGE;

  RecordingActions(SandboxReport report) {
    this.report = report;
  }

  @Override
  public ActionResult execute(ChatAction action) {
    ActionResult result = action instanceof ChatAction.Send || action instanceof ChatAction.SendPhoto
        || action instanceof ChatAction.RemoveReplyKeyboard
        || action instanceof ChatAction.SendMedia || action instanceof ChatAction.SendDocument
        ? new ActionResult.Sent(MessageId.of(nextMessage++))
        : new ActionResult.Done();
    report.carriedOut(action, result);
    return result;
  }
}

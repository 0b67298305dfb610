package io.alita.domain.update;

import io.alita.domain.model.MessageId;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import java.util.Objects;

/**
 * Someone pressed one of the bot's inline buttons.
 *
 * @param callbackId what the answer must quote
 * @param message the message carrying the keyboard
 * @param data the button's callback data, as sent
 */
public record ButtonPress(String callbackId, SeenUser from, SeenChat chat, MessageId message, String data) {
  public ButtonPress {
    Objects.requireNonNull(callbackId, "callbackId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(message, "message");
    data = data == null ? "" : data;
  }
}

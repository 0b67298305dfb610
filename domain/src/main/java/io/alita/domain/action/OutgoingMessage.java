package io.alita.domain.action;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import java.util.Objects;
import java.util.Optional;

/**
 * A text message the bot sends, in Telegram HTML.
 *
 * @param replyTo the message this one answers, if any (sent with {@code allow_sending_without_reply})
 * @param silent no notification sound
 * @param linkPreview show a preview for the first link
 */
public record OutgoingMessage(ChatId chat, String html, Keyboard keyboard, Optional<MessageId> replyTo, boolean silent,
    boolean linkPreview) {

  public OutgoingMessage {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(keyboard, "keyboard");
    Objects.requireNonNull(replyTo, "replyTo");
  }

  public static OutgoingMessage to(ChatId chat, String html) {
    return new OutgoingMessage(chat, html, Keyboard.NONE, Optional.empty(), false, false);
  }

  public static OutgoingMessage replyTo(ChatId chat, MessageId message, String html) {
    return new OutgoingMessage(chat, html, Keyboard.NONE, Optional.of(message), false, false);
  }

  public OutgoingMessage withKeyboard(Keyboard k) {
    return new OutgoingMessage(chat, html, k, replyTo, silent, linkPreview);
  }

  public OutgoingMessage withLinkPreview(boolean preview) {
    return new OutgoingMessage(chat, html, keyboard, replyTo, silent, preview);
  }

  public OutgoingMessage silently() {
    return new OutgoingMessage(chat, html, keyboard, replyTo, true, linkPreview);
  }
}

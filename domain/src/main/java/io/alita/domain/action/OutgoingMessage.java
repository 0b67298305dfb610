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
 * @param threadId the forum topic to send it into ({@code message_thread_id}); a reply goes to its message's topic anyway
 * @param protect {@code protect_content}: members cannot forward or save it
 */
public record OutgoingMessage(ChatId chat, String html, Keyboard keyboard, Optional<MessageId> replyTo, boolean silent,
    boolean linkPreview, Optional<Integer> threadId, boolean protect) {

  public OutgoingMessage {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(keyboard, "keyboard");
    Objects.requireNonNull(replyTo, "replyTo");
    Objects.requireNonNull(threadId, "threadId");
  }

  public OutgoingMessage(ChatId chat, String html, Keyboard keyboard, Optional<MessageId> replyTo, boolean silent,
      boolean linkPreview) {
    this(chat, html, keyboard, replyTo, silent, linkPreview, Optional.empty(), false);
  }

  public static OutgoingMessage to(ChatId chat, String html) {
    return new OutgoingMessage(chat, html, Keyboard.NONE, Optional.empty(), false, false);
  }

  public static OutgoingMessage replyTo(ChatId chat, MessageId message, String html) {
    return new OutgoingMessage(chat, html, Keyboard.NONE, Optional.of(message), false, false);
  }

  public OutgoingMessage withKeyboard(Keyboard k) {
    return new OutgoingMessage(chat, html, k, replyTo, silent, linkPreview, threadId, protect);
  }

  public OutgoingMessage withLinkPreview(boolean preview) {
    return new OutgoingMessage(chat, html, keyboard, replyTo, silent, preview, threadId, protect);
  }

  public OutgoingMessage silently() {
    return withSilent(true);
  }

  public OutgoingMessage withSilent(boolean noSound) {
    return new OutgoingMessage(chat, html, keyboard, replyTo, noSound, linkPreview, threadId, protect);
  }

  public OutgoingMessage inThread(Optional<Integer> thread) {
    return new OutgoingMessage(chat, html, keyboard, replyTo, silent, linkPreview, thread, protect);
  }

  public OutgoingMessage withProtect(boolean protectContent) {
    return new OutgoingMessage(chat, html, keyboard, replyTo, silent, linkPreview, threadId, protectContent);
  }
}

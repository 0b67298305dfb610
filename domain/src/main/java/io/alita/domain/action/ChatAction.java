package io.alita.domain.action;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.update.Media;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the bot does in Telegram, as data. Use cases decide on actions; the Telegram adapter carries them out after
 * the state changes that go with them are committed. Tests and the console's sandbox read them without sending anything.
 */
public sealed interface ChatAction {

  /** The chat the action happens in (for rate limiting and ordering). */
  ChatId chat();

  record Send(OutgoingMessage message) implements ChatAction {
    public ChatId chat() {
      return message.chat();
    }
  }

  record Edit(ChatId chat, MessageId message, String html, Keyboard keyboard) implements ChatAction {}

  /**
   * Sends a picture the bot made (a captcha challenge): PNG bytes with an HTML caption and a keyboard. The bytes are
   * compared by identity, as arrays are; tests compare the caption and keyboard.
   */
  record SendPhoto(ChatId chat, byte[] png, String captionHtml, Keyboard keyboard, Optional<MessageId> replyTo)
      implements ChatAction {
    public SendPhoto {
      Objects.requireNonNull(chat, "chat");
      Objects.requireNonNull(png, "png");
      Objects.requireNonNull(captionHtml, "captionHtml");
      Objects.requireNonNull(keyboard, "keyboard");
      Objects.requireNonNull(replyTo, "replyTo");
    }
  }

  /**
   * Uploads a file the bot made (a backup): its bytes under {@code fileName}, with an HTML caption, carried out as a
   * multipart {@code sendDocument}. The bytes are compared by identity, as arrays are.
   */
  record SendDocument(ChatId chat, String fileName, byte[] bytes, String captionHtml, Optional<MessageId> replyTo)
      implements ChatAction {
    public SendDocument {
      Objects.requireNonNull(chat, "chat");
      Objects.requireNonNull(fileName, "fileName");
      Objects.requireNonNull(bytes, "bytes");
      Objects.requireNonNull(captionHtml, "captionHtml");
      Objects.requireNonNull(replyTo, "replyTo");
      if (fileName.isBlank()) {
        throw new IllegalArgumentException("a document needs a file name");
      }
    }
  }

  /**
   * Sends a file by its Telegram file id (a stored note, filter or greeting): a sticker, document, photo, audio, voice,
   * video, video note or animation, with an HTML caption where the type takes one ({@link
   * io.alita.domain.content.ContentType#takesText()}) and URL buttons.
   *
   * @param threadId the forum topic to send it into; a reply goes to its message's topic anyway
   * @param silent {@code disable_notification}
   * @param protect {@code protect_content}
   */
  record SendMedia(ChatId chat, Media media, String captionHtml, Keyboard keyboard, Optional<MessageId> replyTo,
      Optional<Integer> threadId, boolean silent, boolean protect) implements ChatAction {
    public SendMedia {
      Objects.requireNonNull(chat, "chat");
      Objects.requireNonNull(media, "media");
      Objects.requireNonNull(captionHtml, "captionHtml");
      Objects.requireNonNull(keyboard, "keyboard");
      Objects.requireNonNull(replyTo, "replyTo");
      Objects.requireNonNull(threadId, "threadId");
      if (!media.type().takesText() && !captionHtml.isEmpty()) {
        throw new IllegalArgumentException(media.type() + " takes no caption");
      }
    }
  }

  /** Deletes messages; a message already gone is not an error. */
  record Delete(ChatId chat, List<MessageId> messages) implements ChatAction {
    public Delete {
      messages = List.copyOf(messages);
    }

    public static Delete one(ChatId chat, MessageId message) {
      return new Delete(chat, List.of(message));
    }
  }

  /** Bans a user until a time, or for good when {@code until} is empty. */
  record Ban(ChatId chat, UserId user, Optional<Instant> until) implements ChatAction {}

  record Unban(ChatId chat, UserId user) implements ChatAction {}

  /**
   * Removes a member who may rejoin. Carried out as {@code unbanChatMember} without {@code only_if_banned}, which
   * removes a present member in one call; a ban followed by an unban would leave a window in which a failed second
   * call turns a kick into a permanent ban.
   */
  record Kick(ChatId chat, UserId user) implements ChatAction {}

  /** Restricts a member to {@code permissions} until a time, or for good when {@code until} is empty. */
  record Restrict(ChatId chat, UserId user, ChatPermissions permissions, Optional<Instant> until) implements ChatAction {}

  record BanSenderChat(ChatId chat, ChatId senderChat) implements ChatAction {}

  record UnbanSenderChat(ChatId chat, ChatId senderChat) implements ChatAction {}

  /** Promotes a member with exactly {@code rights} (no rights = demote). */
  record Promote(ChatId chat, UserId user, AdminRights rights) implements ChatAction {}

  record SetAdminTitle(ChatId chat, UserId user, String title) implements ChatAction {}

  record Pin(ChatId chat, MessageId message, boolean loud) implements ChatAction {}

  /** Unpins one message, or the most recent pin when {@code message} is empty. */
  record Unpin(ChatId chat, Optional<MessageId> message) implements ChatAction {}

  record UnpinAll(ChatId chat) implements ChatAction {}

  /**
   * Sets the bot's reaction on a message to one of Telegram's standard reaction emoji
   * ({@code setMessageReaction}; see {@link io.alita.domain.reactions.ReactionEmoji}).
   */
  record React(ChatId chat, MessageId message, String emoji) implements ChatAction {
    public React {
      Objects.requireNonNull(chat, "chat");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(emoji, "emoji");
      if (emoji.isEmpty()) {
        throw new IllegalArgumentException("a reaction needs an emoji");
      }
    }
  }

  /** Answers a button press; {@code text} may be empty; {@code alert} shows it as a dialog. */
  record AnswerButton(ChatId chat, String callbackId, String text, boolean alert) implements ChatAction {
    public AnswerButton {
      Objects.requireNonNull(callbackId, "callbackId");
      Objects.requireNonNull(text, "text");
    }
  }

  record LeaveChat(ChatId chat) implements ChatAction {}

  record ApproveJoinRequest(ChatId chat, UserId user) implements ChatAction {}

  record DeclineJoinRequest(ChatId chat, UserId user) implements ChatAction {}

  /**
   * Sends {@code html} (replying to {@code replyTo}) with Telegram's {@code ReplyKeyboardRemove}, which takes a stuck
   * reply keyboard (one another bot left) off the chat's members' screens; the result is {@link ActionResult.Sent}.
   */
  record RemoveReplyKeyboard(ChatId chat, MessageId replyTo, String html) implements ChatAction {
    public RemoveReplyKeyboard {
      java.util.Objects.requireNonNull(chat, "chat");
      java.util.Objects.requireNonNull(replyTo, "replyTo");
      java.util.Objects.requireNonNull(html, "html");
    }
  }
}

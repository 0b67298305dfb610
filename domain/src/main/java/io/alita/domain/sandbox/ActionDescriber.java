package io.alita.domain.sandbox;

import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Keyboard;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.format.Html;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.time.ModerationDuration;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Says in plain words what one {@link ChatAction} does: {@code Mute Sandbox User for 10m}, {@code Delete the
 * message}, {@code Send a message: “…”}. Texts the bot would send are shown as the chat would see them (HTML tags
 * removed, entities decoded); the console escapes whatever it shows.
 */
final class ActionDescriber {

  /** How users and messages are called in the descriptions. */
  interface Names {
    String user(UserId user);

    String message(MessageId message);
  }

  static final MessageKey SEND = MessageKey.of("sandbox.send");
  static final MessageKey REPLY = MessageKey.of("sandbox.reply");
  static final MessageKey SEND_PHOTO = MessageKey.of("sandbox.send_photo");
  static final MessageKey SEND_DOCUMENT = MessageKey.of("backup.sandbox_document");
  static final MessageKey SEND_MEDIA = MessageKey.of("sandbox.send_media");
  static final MessageKey SEND_MEDIA_CAPTIONED = MessageKey.of("sandbox.send_media_captioned");
  static final MessageKey REMOVE_REPLY_KEYBOARD = MessageKey.of("sandbox.remove_reply_keyboard");
  static final MessageKey REPLY_MEDIA = MessageKey.of("sandbox.reply_media");
  static final MessageKey REPLY_MEDIA_CAPTIONED = MessageKey.of("sandbox.reply_media_captioned");
  static final MessageKey MEDIA_STICKER = MessageKey.of("sandbox.media_sticker");
  static final MessageKey MEDIA_DOCUMENT = MessageKey.of("sandbox.media_document");
  static final MessageKey MEDIA_PHOTO = MessageKey.of("sandbox.media_photo");
  static final MessageKey MEDIA_AUDIO = MessageKey.of("sandbox.media_audio");
  static final MessageKey MEDIA_VOICE = MessageKey.of("sandbox.media_voice");
  static final MessageKey MEDIA_VIDEO = MessageKey.of("sandbox.media_video");
  static final MessageKey MEDIA_VIDEO_NOTE = MessageKey.of("sandbox.media_video_note");
  static final MessageKey MEDIA_ANIMATION = MessageKey.of("sandbox.media_animation");
  static final MessageKey EDIT = MessageKey.of("sandbox.edit");
  static final MessageKey WITH_BUTTONS = MessageKey.of("sandbox.with_buttons");
  static final MessageKey DELETE = MessageKey.of("sandbox.delete");
  static final MessageKey BAN = MessageKey.of("sandbox.ban");
  static final MessageKey BAN_FOR = MessageKey.of("sandbox.ban_for");
  static final MessageKey UNBAN = MessageKey.of("sandbox.unban");
  static final MessageKey KICK = MessageKey.of("sandbox.kick");
  static final MessageKey MUTE = MessageKey.of("sandbox.mute");
  static final MessageKey MUTE_FOR = MessageKey.of("sandbox.mute_for");
  static final MessageKey RESTRICT = MessageKey.of("sandbox.restrict");
  static final MessageKey RESTRICT_FOR = MessageKey.of("sandbox.restrict_for");
  static final MessageKey UNMUTE = MessageKey.of("sandbox.unmute");
  static final MessageKey BAN_CHANNEL = MessageKey.of("sandbox.ban_channel");
  static final MessageKey UNBAN_CHANNEL = MessageKey.of("sandbox.unban_channel");
  static final MessageKey PROMOTE = MessageKey.of("sandbox.promote");
  static final MessageKey DEMOTE = MessageKey.of("sandbox.demote");
  static final MessageKey ADMIN_TITLE = MessageKey.of("sandbox.admin_title");
  static final MessageKey PIN = MessageKey.of("sandbox.pin");
  static final MessageKey REACT = MessageKey.of("sandbox.react");
  static final MessageKey PIN_LOUD = MessageKey.of("sandbox.pin_loud");
  static final MessageKey UNPIN = MessageKey.of("sandbox.unpin");
  static final MessageKey UNPIN_LATEST = MessageKey.of("sandbox.unpin_latest");
  static final MessageKey UNPIN_ALL = MessageKey.of("sandbox.unpin_all");
  static final MessageKey ANSWER_BUTTON = MessageKey.of("sandbox.answer_button");
  static final MessageKey ANSWER_BUTTON_QUIETLY = MessageKey.of("sandbox.answer_button_quietly");
  static final MessageKey LEAVE = MessageKey.of("sandbox.leave");
  static final MessageKey APPROVE_JOIN = MessageKey.of("sandbox.approve_join");
  static final MessageKey DECLINE_JOIN = MessageKey.of("sandbox.decline_join");

  private static final int FILE_ID_SHOWN = 16;

  private final Messages messages;
  private final Names names;
  private final Instant now;

  /** @param now the moment of the simulation: a ban "until" a time is shown as its length from now */
  ActionDescriber(Messages messages, Names names, Instant now) {
    this.messages = Objects.requireNonNull(messages, "messages");
    this.names = Objects.requireNonNull(names, "names");
    this.now = Objects.requireNonNull(now, "now");
  }

  String describe(ChatAction action) {
    if (action instanceof ChatAction.Send send) {
      return sent(send.message());
    }
    if (action instanceof ChatAction.SendPhoto photo) {
      return withButtons(messages.plain(SEND_PHOTO, "text", plain(photo.captionHtml())), photo.keyboard());
    }
    if (action instanceof ChatAction.SendDocument document) {
      return messages.plain(SEND_DOCUMENT, "name", document.fileName(), "size", document.bytes().length,
          "text", plain(document.captionHtml()));
    }
    if (action instanceof ChatAction.SendMedia media) {
      return withButtons(media(media), media.keyboard());
    }
    if (action instanceof ChatAction.RemoveReplyKeyboard remove) {
      return messages.plain(REMOVE_REPLY_KEYBOARD, "message", names.message(remove.replyTo()), "text",
          plain(remove.html()));
    }
    if (action instanceof ChatAction.Edit edit) {
      return withButtons(messages.plain(EDIT, "message", names.message(edit.message()), "text", plain(edit.html())),
          edit.keyboard());
    }
    if (action instanceof ChatAction.Delete delete) {
      return messages.plain(DELETE, "messages",
          delete.messages().stream().map(names::message).collect(Collectors.joining(", ")));
    }
    if (action instanceof ChatAction.Ban ban) {
      return timed(BAN, BAN_FOR, ban.user(), ban.until());
    }
    if (action instanceof ChatAction.Unban unban) {
      return messages.plain(UNBAN, "user", names.user(unban.user()));
    }
    if (action instanceof ChatAction.Kick kick) {
      return messages.plain(KICK, "user", names.user(kick.user()));
    }
    if (action instanceof ChatAction.Restrict restrict) {
      if (!restrict.permissions().canSendAnything()) {
        return timed(MUTE, MUTE_FOR, restrict.user(), restrict.until());
      }
      if (restrict.permissions().sendMessages() && restrict.until().isEmpty()) {
        return messages.plain(UNMUTE, "user", names.user(restrict.user()));
      }
      return timed(RESTRICT, RESTRICT_FOR, restrict.user(), restrict.until());
    }
    if (action instanceof ChatAction.BanSenderChat ban) {
      return messages.plain(BAN_CHANNEL, "channel", ban.senderChat().toString());
    }
    if (action instanceof ChatAction.UnbanSenderChat unban) {
      return messages.plain(UNBAN_CHANNEL, "channel", unban.senderChat().toString());
    }
    if (action instanceof ChatAction.Promote promote) {
      return messages.plain(promote.rights().rights().isEmpty() ? DEMOTE : PROMOTE, "user",
          names.user(promote.user()));
    }
    if (action instanceof ChatAction.SetAdminTitle title) {
      return messages.plain(ADMIN_TITLE, "user", names.user(title.user()), "title", title.title());
    }
    if (action instanceof ChatAction.Pin pin) {
      return messages.plain(pin.loud() ? PIN_LOUD : PIN, "message", names.message(pin.message()));
    }
    if (action instanceof ChatAction.Unpin unpin) {
      return unpin.message().map(m -> messages.plain(UNPIN, "message", names.message(m)))
          .orElseGet(() -> messages.plain(UNPIN_LATEST));
    }
    if (action instanceof ChatAction.UnpinAll) {
      return messages.plain(UNPIN_ALL);
    }
    if (action instanceof ChatAction.React react) {
      return messages.plain(REACT, "message", names.message(react.message()), "emoji", react.emoji());
    }
    if (action instanceof ChatAction.AnswerButton answer) {
      return answer.text().isEmpty() ? messages.plain(ANSWER_BUTTON_QUIETLY)
          : messages.plain(ANSWER_BUTTON, "text", answer.text());
    }
    if (action instanceof ChatAction.LeaveChat) {
      return messages.plain(LEAVE);
    }
    if (action instanceof ChatAction.ApproveJoinRequest approve) {
      return messages.plain(APPROVE_JOIN, "user", names.user(approve.user()));
    }
    if (action instanceof ChatAction.DeclineJoinRequest decline) {
      return messages.plain(DECLINE_JOIN, "user", names.user(decline.user()));
    }
    // ChatAction is sealed: a new kind must be described here before it can reach this line.
    throw new IllegalArgumentException("no description for " + action.getClass().getSimpleName());
  }

  /** The visible text of Telegram HTML. */
  static String plain(String html) {
    return Html.visibleText(html);
  }

  private String sent(OutgoingMessage message) {
    String text = plain(message.html());
    String line = message.replyTo()
        .map(m -> messages.plain(REPLY, "message", names.message(m), "text", text))
        .orElseGet(() -> messages.plain(SEND, "text", text));
    return withButtons(line, message.keyboard());
  }

  private String media(ChatAction.SendMedia send) {
    String kind = messages.plain(switch (send.media().type()) {
      case STICKER -> MEDIA_STICKER;
      case DOCUMENT -> MEDIA_DOCUMENT;
      case PHOTO -> MEDIA_PHOTO;
      case AUDIO -> MEDIA_AUDIO;
      case VOICE -> MEDIA_VOICE;
      case VIDEO -> MEDIA_VIDEO;
      case VIDEO_NOTE -> MEDIA_VIDEO_NOTE;
      case ANIMATION -> MEDIA_ANIMATION;
      case TEXT -> throw new IllegalArgumentException("media is never text");
    });
    String file = shortened(send.media().fileId());
    String caption = plain(send.captionHtml());
    if (send.replyTo().isPresent()) {
      String message = names.message(send.replyTo().get());
      return caption.isEmpty()
          ? messages.plain(REPLY_MEDIA, "message", message, "media", kind, "file", file)
          : messages.plain(REPLY_MEDIA_CAPTIONED, "message", message, "media", kind, "file", file, "text", caption);
    }
    return caption.isEmpty()
        ? messages.plain(SEND_MEDIA, "media", kind, "file", file)
        : messages.plain(SEND_MEDIA_CAPTIONED, "media", kind, "file", file, "text", caption);
  }

  /** File ids run to 70 characters or more; the start is enough to tell two apart in a description. */
  private static String shortened(String fileId) {
    return fileId.length() <= FILE_ID_SHOWN ? fileId : fileId.substring(0, FILE_ID_SHOWN) + "…";
  }

  private String withButtons(String line, Keyboard keyboard) {
    if (keyboard.isEmpty()) {
      return line;
    }
    String buttons = keyboard.rows().stream().flatMap(List::stream).map(Button::text)
        .collect(Collectors.joining(" | "));
    return messages.plain(WITH_BUTTONS, "action", line, "buttons", buttons);
  }

  private String timed(MessageKey forGood, MessageKey forAWhile, UserId user, Optional<Instant> until) {
    if (until.isEmpty()) {
      return messages.plain(forGood, "user", names.user(user));
    }
    return messages.plain(forAWhile, "user", names.user(user), "duration", lengthUntil(until.get()));
  }

  /** From now until {@code until}, to the second, as the commands write it: {@code 10m}, {@code 1d}. */
  private String lengthUntil(Instant until) {
    long millis = Math.max(0, Duration.between(now, until).toMillis());
    return ModerationDuration.format(Duration.ofSeconds(Math.round(millis / 1000.0)));
  }
}

package io.alita.domain.content;

import io.alita.domain.update.MessageKind;
import java.util.Optional;

/**
 * What a stored reply (note, filter, welcome, goodbye) is, with the number the {@code msg_type}, {@code msgtype},
 * {@code welcome_type} and {@code goodbye_type} columns keep. Codes 1 to 8 are the original's; {@link #ANIMATION} (9) is
 * ours: the original stored GIFs as documents (decision 0021), which a file made for the original still reads as 3.
 */
public enum ContentType {
  TEXT(1, true),
  STICKER(2, false),
  DOCUMENT(3, true),
  PHOTO(4, true),
  AUDIO(5, true),
  VOICE(6, true),
  VIDEO(7, true),
  VIDEO_NOTE(8, false),
  ANIMATION(9, true);

  private final int code;
  private final boolean captioned;

  ContentType(int code, boolean captioned) {
    this.code = code;
    this.captioned = captioned;
  }

  /** The number stored in the database and in backups. */
  public int code() {
    return code;
  }

  /** Whether Telegram shows text with it (stickers and video notes take no caption; text is the message itself). */
  public boolean takesText() {
    return captioned;
  }

  public boolean isMedia() {
    return this != TEXT;
  }

  public static Optional<ContentType> ofCode(int code) {
    for (ContentType t : values()) {
      if (t.code == code) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The type a received message can be stored as; empty for kinds the bot cannot send back by file id. */
  public static Optional<ContentType> of(MessageKind kind) {
    return Optional.ofNullable(switch (kind) {
      case TEXT -> TEXT;
      case STICKER -> STICKER;
      case DOCUMENT -> DOCUMENT;
      case PHOTO -> PHOTO;
      case AUDIO -> AUDIO;
      case VOICE -> VOICE;
      case VIDEO -> VIDEO;
      case VIDEO_NOTE -> VIDEO_NOTE;
      case ANIMATION -> ANIMATION;
      default -> null;
    });
  }
}

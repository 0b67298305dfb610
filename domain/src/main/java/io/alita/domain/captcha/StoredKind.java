package io.alita.domain.captcha;

import io.alita.domain.update.MessageKind;
import java.util.Optional;

/** The kind of a held-back message, as {@code stored_messages.message_type} (1 to 8) keeps it. */
public enum StoredKind {
  TEXT(1),
  PHOTO(2),
  VIDEO(3),
  ANIMATION(4),
  AUDIO(5),
  VOICE(6),
  DOCUMENT(7),
  STICKER(8);

  private final int code;

  StoredKind(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static Optional<StoredKind> ofCode(int code) {
    for (StoredKind k : values()) {
      if (k.code == code) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** The kind a message is kept as; kinds without a column of their own (polls, dice, ...) are kept as text. */
  public static StoredKind of(MessageKind kind) {
    return switch (kind) {
      case PHOTO -> PHOTO;
      case VIDEO, VIDEO_NOTE -> VIDEO;
      case ANIMATION -> ANIMATION;
      case AUDIO -> AUDIO;
      case VOICE -> VOICE;
      case DOCUMENT -> DOCUMENT;
      case STICKER -> STICKER;
      default -> TEXT;
    };
  }
}

package io.alita.domain.update;

import io.alita.domain.content.ContentType;
import java.util.Objects;

/**
 * The file a message carries, as the bot can send it again: its type and Telegram's file id (for a photo, the largest
 * size). A file id is valid only for the bot that received it.
 */
public record Media(ContentType type, String fileId) {
  public Media {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(fileId, "fileId");
    if (!type.isMedia()) {
      throw new IllegalArgumentException("media needs a media type, not " + type);
    }
    if (fileId.isBlank()) {
      throw new IllegalArgumentException("media needs a file id");
    }
  }
}

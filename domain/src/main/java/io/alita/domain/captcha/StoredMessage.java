package io.alita.domain.captcha;

import java.util.Objects;

/**
 * A message a pending member sent, held back (and deleted from the chat).
 *
 * @param content the text of a text message; empty otherwise
 * @param fileId the media's file id when known; empty otherwise
 * @param caption the caption of a media message; empty otherwise
 */
public record StoredMessage(StoredKind kind, String content, String fileId, String caption) {
  public StoredMessage {
    Objects.requireNonNull(kind, "kind");
    content = content == null ? "" : content;
    fileId = fileId == null ? "" : fileId;
    caption = caption == null ? "" : caption;
  }
}

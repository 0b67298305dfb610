package io.alita.domain.content;

import io.alita.domain.format.ButtonGrid;
import io.alita.domain.format.Buttons;
import io.alita.domain.format.MessageFormatter;
import io.alita.domain.update.Media;
import java.util.Objects;
import java.util.Optional;

/**
 * A reply the bot keeps to send again: a note, a filter's answer, a welcome or a goodbye. The text is the Markdown an
 * admin typed (with {@code %%%} variants and fillings, rendered at every send), its buttons kept apart as the tables'
 * buttons columns keep them; a media reply adds the file's type and id, and its text is the caption.
 *
 * @param text Markdown source without button markup; may be empty for media
 * @param fileId empty for {@link ContentType#TEXT}
 */
public record StoredContent(ContentType type, String text, String fileId, ButtonGrid buttons) {

  public StoredContent {
    Objects.requireNonNull(type, "type");
    text = text == null ? "" : text;
    fileId = fileId == null ? "" : fileId;
    Objects.requireNonNull(buttons, "buttons");
    if (type.isMedia() && fileId.isBlank()) {
      throw new IllegalArgumentException(type + " content needs a file id");
    }
    if (!type.isMedia() && !fileId.isEmpty()) {
      throw new IllegalArgumentException("text content has no file id");
    }
  }

  /** A text reply from what an admin typed: its button markup goes to {@link #buttons()}. */
  public static StoredContent text(String source) {
    var extraction = Buttons.extract(source);
    return new StoredContent(ContentType.TEXT, extraction.text(), "", extraction.buttons());
  }

  /** A media reply whose caption is {@code captionSource} (button markup goes to {@link #buttons()}). */
  public static StoredContent media(Media media, String captionSource) {
    var extraction = Buttons.extract(captionSource == null ? "" : captionSource);
    String caption = media.type().takesText() ? extraction.text() : "";
    return new StoredContent(media.type(), caption, media.fileId(), extraction.buttons());
  }

  public Optional<Media> media() {
    return type.isMedia() ? Optional.of(new Media(type, fileId)) : Optional.empty();
  }

  /** Nothing to send: a text reply with no text and no buttons. */
  public boolean isBlank() {
    return !type.isMedia() && text.isBlank() && buttons.isEmpty();
  }

  /** The same content without its buttons. */
  public StoredContent withoutButtons() {
    return new StoredContent(type, text, fileId, ButtonGrid.empty());
  }

  /** What an admin would type to store this again ({@code noformat}): the text with its buttons as markup. */
  public String noformat() {
    return MessageFormatter.noformat(text, buttons);
  }
}

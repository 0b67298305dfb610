package io.alita.domain.content;

import io.alita.domain.update.Reply;
import java.util.Optional;

/**
 * What {@code /save name …}, {@code /filter trigger …} and {@code /setwelcome …} store: the text typed after the name,
 * or, as a reply, the replied message (its file, and its text or caption with formatting kept). As a reply with text
 * typed too, the typed text wins over the replied caption, and the replied file is kept.
 */
public final class ContentCapture {

  private ContentCapture() {}

  /**
   * @param typed the command's text after its name/trigger, as typed (Markdown source); blank when none
   * @param reply the message the command replies to, if any
   * @return empty when there is nothing to store (no text, no reply with text or a file)
   */
  public static Optional<StoredContent> from(String typed, Optional<Reply> reply) {
    String source = typed == null ? "" : typed.strip();
    if (reply.isPresent()) {
      Reply r = reply.get();
      String replied = EntityMarkdown.of(r.text(), r.entities()).strip();
      String caption = source.isEmpty() ? replied : source;
      if (r.media().isPresent()) {
        return Optional.of(StoredContent.media(r.media().get(), caption));
      }
      if (!caption.isEmpty()) {
        return nonBlank(StoredContent.text(caption));
      }
      return Optional.empty();
    }
    return source.isEmpty() ? Optional.empty() : nonBlank(StoredContent.text(source));
  }

  private static Optional<StoredContent> nonBlank(StoredContent content) {
    return content.isBlank() ? Optional.empty() : Optional.of(content);
  }
}

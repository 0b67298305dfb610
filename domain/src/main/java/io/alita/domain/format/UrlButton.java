package io.alita.domain.format;

import java.util.Objects;
import java.util.Optional;

/**
 * An inline-keyboard button that opens a URL. The label is plain text (Telegram shows button text verbatim, so it is never
 * Markdown and never escaped); the URL is always in {@link SafeUrl}'s normalized form.
 */
public record UrlButton(String text, String url) {

  public UrlButton {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(url, "url");
    if (text.isBlank()) {
      throw new IllegalArgumentException("button text must not be blank");
    }
    if (!SafeUrl.isNormalized(url)) {
      throw new IllegalArgumentException(
          "button URL '" + url + "' is not allowed; use an http://, https:// or tg:// link");
    }
  }

  /** A button from what an admin typed: the label is trimmed, the URL normalized; empty when either is unusable. */
  public static Optional<UrlButton> of(String text, String rawUrl) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return SafeUrl.normalize(rawUrl).map(url -> new UrlButton(text.strip(), url));
  }
}

package io.alita.domain.format;

import java.util.Objects;

/**
 * A stored text rendered for one send.
 *
 * @param html Telegram HTML, to be sent with parse_mode HTML
 * @param buttons the inline keyboard (stored buttons, buttons from the text, then the rules button)
 * @param visibleLength the length the user sees, in UTF-16 code units, as Telegram counts it
 * @param truncated true when the text was cut to the limit and ends with "…"
 */
public record FormattedMessage(String html, ButtonGrid buttons, int visibleLength, boolean truncated) {

  public FormattedMessage {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(buttons, "buttons");
  }

  /**
   * False when nothing visible is left (a source of buttons alone, say). Telegram refuses an empty text message, so the
   * caller sends a fallback text or, for media, no caption.
   */
  public boolean hasText() {
    return !Html.visibleText(html).isBlank();
  }
}

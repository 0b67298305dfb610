package io.alita.domain.format;

/**
 * Telegram's length limits, counted as the user sees the text (after HTML parsing) in UTF-16 code units.
 *
 * <p>What happens past a limit: at save time a caller measures the source with {@link MessageFormatter#measure(String, int)}
 * and refuses it, telling the admin how long it is. At send time fillings can still grow the text (a long name, a long
 * chat title), so {@link MessageFormatter} cuts the rendered message to the limit, ends it with "…", closes every open tag
 * and reports {@link FormattedMessage#truncated()}: the message is always deliverable.
 */
public final class Limits {

  /** sendMessage text: 1-4096 characters after entity parsing. */
  public static final int MESSAGE_TEXT = 4096;

  /** Captions of photos, videos, documents and the other stored media types: 0-1024 characters after entity parsing. */
  public static final int CAPTION = 1024;

  private Limits() {}
}

package io.alita.domain.devs;

import io.alita.domain.format.Html;
import java.util.ArrayList;
import java.util.List;

/**
 * Packs lines of plain text into as few HTML messages as fit Telegram's length limit, never splitting a line. A line too
 * long for a message on its own is cut (ending in "…"), so every chunk is deliverable. Lengths are counted as Telegram
 * counts them: the visible text, in UTF-16 code units.
 */
public final class TextChunks {

  private static final String ELLIPSIS = "…";

  private TextChunks() {}

  /**
   * @param headerHtml HTML put at the top of the first chunk (may be empty)
   * @param lines plain text, escaped here
   * @param limit the most visible characters a chunk may hold
   */
  public static List<String> of(String headerHtml, List<String> lines, int limit) {
    if (Html.visibleLength(headerHtml) >= limit) {
      throw new IllegalArgumentException("the header alone fills a message");
    }
    List<String> chunks = new ArrayList<>();
    StringBuilder html = new StringBuilder(headerHtml);
    int visible = Html.visibleLength(headerHtml);
    for (String line : lines) {
      String fitted = line.length() > limit ? cut(line, limit - ELLIPSIS.length()) + ELLIPSIS : line;
      int needed = fitted.length() + (visible == 0 ? 0 : 1);
      if (visible + needed > limit) {
        chunks.add(html.toString());
        html.setLength(0);
        visible = 0;
        needed = fitted.length();
      }
      if (visible > 0) {
        html.append('\n');
      }
      html.append(Html.escape(fitted));
      visible += needed;
    }
    if (visible > 0 || chunks.isEmpty()) {
      chunks.add(html.toString());
    }
    return chunks;
  }

  /** The first {@code length} code units of {@code text}, one fewer when that would split a surrogate pair. */
  private static String cut(String text, int length) {
    int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
    return text.substring(0, end);
  }
}

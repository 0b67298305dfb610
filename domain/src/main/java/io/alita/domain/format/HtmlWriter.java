package io.alita.domain.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes Telegram HTML: tags come only from this package's renderer, text always goes through {@link Html#escape(String)}.
 *
 * <p>Tags are opened lazily (written just before the first text inside them), so a tag left without text never appears.
 * With a budget, text past it is cut (never inside a surrogate pair) and replaced by one "…"; every opened tag is still
 * closed, so the result stays valid HTML.
 */
final class HtmlWriter {

  static final int UNLIMITED = Integer.MAX_VALUE;
  private static final char ELLIPSIS = '…';

  private record Frame(String open, String close) {}

  private final StringBuilder html = new StringBuilder();
  private final List<Frame> frames = new ArrayList<>();
  private final int budget;
  private int written;
  private int visible;
  private boolean truncated;

  /** @param budget visible characters allowed before the ellipsis (which itself takes one more) */
  HtmlWriter(int budget) {
    this.budget = budget;
  }

  void open(String openTag, String closeTag) {
    frames.add(new Frame(openTag, closeTag));
  }

  void close() {
    int last = frames.size() - 1;
    if (last < written) {
      html.append(frames.get(last).close());
      written--;
    }
    frames.remove(last);
  }

  void text(String plain) {
    if (plain.isEmpty() || truncated) {
      return;
    }
    long room = (long) budget - visible;
    String part = plain;
    boolean cut = plain.length() > room;
    if (cut) {
      int end = (int) room;
      if (end > 0 && Character.isHighSurrogate(plain.charAt(end - 1))) {
        end--;
      }
      part = plain.substring(0, end);
    }
    writePendingTags();
    html.append(Html.escape(part));
    visible += part.length();
    if (cut) {
      html.append(ELLIPSIS);
      visible++;
      truncated = true;
    }
  }

  private void writePendingTags() {
    for (; written < frames.size(); written++) {
      html.append(frames.get(written).open());
    }
  }

  String html() {
    if (!frames.isEmpty()) {
      throw new IllegalStateException("unclosed tags: " + frames);
    }
    return html.toString();
  }

  int visibleLength() {
    return visible;
  }

  boolean truncated() {
    return truncated;
  }
}

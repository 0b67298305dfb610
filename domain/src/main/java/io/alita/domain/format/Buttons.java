package io.alita.domain.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Button markup: {@code [Label](buttonurl://url)} puts a URL button on a new row, {@code [Label](buttonurl://url:same)} on
 * the row of the button before it. {@code buttonurl:} without {@code //} is accepted too, and the {@code buttonurl} keyword
 * in any case.
 *
 * <p>Decisions:
 * <ul>
 *   <li>Labels are plain text, shown verbatim by Telegram: {@code [*Join*](buttonurl://t.me/x)} is labelled "*Join*".
 *       Inside a label, {@code \[}, {@code \]} and {@code \\} stand for the character itself. A label cannot span lines.
 *   <li>URLs follow {@link SafeUrl}: http, https and tg links, and bare hosts ({@code google.com} becomes
 *       {@code https://google.com}). A refused button (bad URL or blank label) is <em>left in the text</em> as typed and
 *       listed in {@link ButtonExtraction#rejected()}: dropping it silently would hide the admin's mistake, while the
 *       leftover markup is harmless because the Markdown step renders it as escaped text.
 *   <li>{@code :same} on the very first button simply starts the first row.
 *   <li>A line that held only buttons disappears; the text is stripped at both ends.
 * </ul>
 */
public final class Buttons {

  private static final String KEYWORD = "](buttonurl:";
  private static final String SAME_ROW = ":same";

  private Buttons() {}

  /** Splits {@code source} into its text and its buttons. */
  public static ButtonExtraction extract(String source) {
    Objects.requireNonNull(source, "source");
    List<SourceSpans.Span> removed = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    List<List<UrlButton>> rows = new ArrayList<>();
    int floor = 0;
    int from = 0;
    while (true) {
      int close = indexOfIgnoreCase(source, KEYWORD, from);
      if (close < 0) {
        break;
      }
      from = close + 1;
      if (BackslashEscapes.isEscaped(source, close)) {
        continue;
      }
      int open = labelStart(source, close, floor);
      int urlStart = close + KEYWORD.length();
      if (source.startsWith("//", urlStart)) {
        urlStart += 2;
      }
      int urlEnd = urlEnd(source, urlStart);
      if (open < 0 || urlEnd < 0) {
        continue;
      }
      String rawUrl = source.substring(urlStart, urlEnd);
      boolean sameRow = rawUrl.regionMatches(true, rawUrl.length() - SAME_ROW.length(), SAME_ROW, 0, SAME_ROW.length())
          && rawUrl.length() > SAME_ROW.length();
      if (sameRow) {
        rawUrl = rawUrl.substring(0, rawUrl.length() - SAME_ROW.length());
      }
      String label = unescapeLabel(source.substring(open + 1, close));
      int end = urlEnd + 1;
      var button = UrlButton.of(label, rawUrl);
      if (button.isPresent()) {
        removed.add(new SourceSpans.Span(open, end));
        if (sameRow && !rows.isEmpty()) {
          rows.get(rows.size() - 1).add(button.get());
        } else {
          rows.add(new ArrayList<>(List.of(button.get())));
        }
      } else {
        rejected.add(source.substring(open, end));
      }
      floor = end;
      from = end;
    }
    return new ButtonExtraction(SourceSpans.remove(source, removed), new ButtonGrid(rows), rejected);
  }

  /**
   * The reverse, for {@code noformat}: the text followed by one markup line per button, {@code :same} marking every button
   * after the first of its row. {@code extract(toMarkup(t, g))} gives back {@code t} (stripped) and {@code g}.
   */
  public static String toMarkup(String text, ButtonGrid buttons) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(buttons, "buttons");
    StringBuilder out = new StringBuilder(text.strip());
    for (List<UrlButton> row : buttons.rows()) {
      for (int i = 0; i < row.size(); i++) {
        UrlButton button = row.get(i);
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append('[').append(escapeLabel(button.text())).append("](buttonurl://")
            .append(notReadAsSameRow(balancedParentheses(button.url()), i > 0)).append(i > 0 ? SAME_ROW : "").append(')');
      }
    }
    return out.toString();
  }

  /** The nearest unescaped '[' before {@code close}, on the same line and after {@code floor}; -1 if none. */
  private static int labelStart(String source, int close, int floor) {
    for (int i = close - 1; i >= floor; i--) {
      char c = source.charAt(i);
      if (c == '\n') {
        return -1;
      }
      if (c == '[' && !BackslashEscapes.isEscaped(source, i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The index of the ')' closing a URL that starts at {@code start}, on the same line, allowing balanced parentheses; -1 if
   * none. Spaces do not end the URL, so that {@code (buttonurl://my site)} is reported as refused rather than ignored.
   */
  private static int urlEnd(String source, int start) {
    int depth = 0;
    for (int i = start; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\n') {
        return -1;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth == 0) {
          return i;
        }
        depth--;
      }
    }
    return -1;
  }

  private static String unescapeLabel(String label) {
    StringBuilder out = new StringBuilder(label.length());
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (c == '\\' && i + 1 < label.length() && "[]\\".indexOf(label.charAt(i + 1)) >= 0) {
        out.append(label.charAt(++i));
      } else {
        out.append(c);
      }
    }
    return out.toString().strip();
  }

  private static String escapeLabel(String label) {
    StringBuilder out = new StringBuilder(label.length());
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (c == '[' || c == ']' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * A URL that itself ends in {@code :same}, written as the first of its row, would be read back as an ordinary URL on
   * the previous row: its last colon is percent-encoded (the same address) so that reading it again keeps the row.
   */
  private static String notReadAsSameRow(String url, boolean markedSameRow) {
    int suffix = url.length() - SAME_ROW.length();
    if (markedSameRow || suffix <= 0 || !url.regionMatches(true, suffix, SAME_ROW, 0, SAME_ROW.length())) {
      return url;
    }
    return url.substring(0, suffix) + "%3A" + url.substring(suffix + 1);
  }

  /** Percent-encodes the parentheses of a URL whose parentheses do not balance, so its markup closes where it should. */
  private static String balancedParentheses(String url) {
    int depth = 0;
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        break;
      }
    }
    return depth == 0 ? url : url.replace("(", "%28").replace(")", "%29");
  }

  private static int indexOfIgnoreCase(String text, String needle, int from) {
    for (int i = from; i <= text.length() - needle.length(); i++) {
      if (text.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }
}

package io.alita.domain.format;

import io.alita.domain.format.Node.Style;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses the bot's Markdown into a {@link Node} tree. See {@link MarkdownToHtml} for the syntax and the decisions.
 *
 * <p>How: a styled span is an opener followed, within the current region, by the first valid closer of the same marker; its
 * content is parsed recursively inside that region only. Every element is therefore wholly inside its parent, which is
 * what makes the produced HTML well nested by construction, whatever the input. A style cannot nest inside itself, so the
 * recursion is at most six levels deep.
 */
final class MarkdownParser {

  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_+#.\\-]{1,32}");
  private static final String FENCE = "```";

  /** Markers, longest first for each character: {@code **} is tried before {@code *}, {@code __} before {@code _}. */
  private enum Marker {
    DOUBLE_STAR("**", Style.BOLD),
    STAR("*", Style.BOLD),
    DOUBLE_UNDERSCORE("__", Style.UNDERLINE),
    UNDERSCORE("_", Style.ITALIC),
    DOUBLE_TILDE("~~", Style.STRIKE),
    TILDE("~", Style.STRIKE),
    PIPES("||", Style.SPOILER);

    final String text;
    final Style style;

    Marker(String text, Style style) {
      this.text = text;
      this.style = style;
    }

    char character() {
      return text.charAt(0);
    }

    int length() {
      return text.length();
    }
  }

  private final String src;

  private MarkdownParser(String src) {
    this.src = src;
  }

  static List<Node> parse(String source) {
    return new MarkdownParser(source).inline(0, source.length(), EnumSet.noneOf(Style.class), false);
  }

  private List<Node> inline(int from, int to, Set<Style> active, boolean inLink) {
    List<Node> nodes = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int i = from;
    while (i < to) {
      char c = src.charAt(i);
      int next = -1;
      if (c == '\\' && i + 1 < to && BackslashEscapes.isEscapable(src.charAt(i + 1))) {
        flush(text, nodes);
        nodes.add(new Node.Text(String.valueOf(src.charAt(i + 1)), false));
        next = i + 2;
      } else if (c == '`' && !inLink) {
        next = code(i, to, nodes, text);
      } else if (c == '[' && !inLink) {
        next = link(i, to, active, nodes, text);
      } else if (c == '*' || c == '_' || c == '~' || c == '|') {
        next = emphasis(i, to, active, inLink, nodes, text);
      }
      if (next < 0) {
        text.append(c);
        next = i + 1;
      }
      i = next;
    }
    flush(text, nodes);
    return nodes;
  }

  private static void flush(StringBuilder text, List<Node> nodes) {
    if (text.length() > 0) {
      nodes.add(new Node.Text(text.toString(), true));
      text.setLength(0);
    }
  }

  // --- code and pre ------------------------------------------------------------------------------------------------

  private int code(int i, int to, List<Node> nodes, StringBuilder text) {
    if (startsWithin(FENCE, i, to)) {
      int close = closingFence(i + FENCE.length(), to);
      Node.Pre pre = close < 0 ? null : pre(src.substring(i + FENCE.length(), close));
      if (pre == null) {
        text.append(FENCE);
        return i + FENCE.length();
      }
      flush(text, nodes);
      nodes.add(pre);
      return close + FENCE.length();
    }
    if (startsWithin("``", i, to)) {
      text.append("``");
      return i + 2;
    }
    int close = src.indexOf('`', i + 1);
    if (close < 0 || close >= to) {
      return -1;
    }
    flush(text, nodes);
    nodes.add(new Node.Code(src.substring(i + 1, close)));
    return close + 1;
  }

  /** The start of the fence closing a block whose content starts at {@code from}: the last three of a backtick run. */
  private int closingFence(int from, int to) {
    int close = src.indexOf(FENCE, from);
    if (close < 0 || close + FENCE.length() > to) {
      return -1;
    }
    while (close + FENCE.length() < to && src.charAt(close + FENCE.length()) == '`') {
      close++;
    }
    return close;
  }

  private static Node.Pre pre(String content) {
    String language = null;
    String body = content;
    int newline = content.indexOf('\n');
    if (newline >= 0) {
      String firstLine = content.substring(0, newline);
      if (firstLine.isEmpty() || LANGUAGE.matcher(firstLine).matches()) {
        language = firstLine.isEmpty() ? null : firstLine;
        body = content.substring(newline + 1);
      }
    }
    if (body.endsWith("\n")) {
      body = body.substring(0, body.length() - 1);
    }
    return body.isEmpty() ? null : new Node.Pre(language, body);
  }

  /** Where a code span or pre block starting at {@code i} ends (exclusive), or {@code i} when there is none. */
  private int skipCode(int i, int to) {
    if (startsWithin(FENCE, i, to)) {
      int close = closingFence(i + FENCE.length(), to);
      return close < 0 ? i : close + FENCE.length();
    }
    int close = src.indexOf('`', i + 1);
    return close < 0 || close >= to ? i : close + 1;
  }

  private boolean startsWithin(String prefix, int i, int to) {
    return i + prefix.length() <= to && src.startsWith(prefix, i);
  }

  // --- links -------------------------------------------------------------------------------------------------------

  private int link(int i, int to, Set<Style> active, List<Node> nodes, StringBuilder text) {
    int close = labelEnd(i + 1, to);
    if (close < 0 || close + 1 >= to || src.charAt(close + 1) != '(') {
      return -1;
    }
    int urlEnd = urlEnd(close + 2, to);
    if (urlEnd < 0 || src.substring(i + 1, close).isBlank()) {
      return -1;
    }
    Optional<String> href = SafeUrl.normalize(src.substring(close + 2, urlEnd));
    if (href.isEmpty()) {
      return -1;
    }
    flush(text, nodes);
    nodes.add(new Node.Link(href.get(), inline(i + 1, close, active, true)));
    return urlEnd + 1;
  }

  /** The ']' matching a '[' whose label starts at {@code from}, honouring nested brackets and escapes; -1 if none. */
  private int labelEnd(int from, int to) {
    int depth = 0;
    for (int k = from; k < to; k++) {
      char c = src.charAt(k);
      if (c == '\\' && k + 1 < to && BackslashEscapes.isEscapable(src.charAt(k + 1))) {
        k++;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        if (depth == 0) {
          return k;
        }
        depth--;
      }
    }
    return -1;
  }

  /** The ')' ending a link target that starts at {@code from}, allowing balanced parentheses and no whitespace; -1 if none. */
  private int urlEnd(int from, int to) {
    int depth = 0;
    for (int k = from; k < to; k++) {
      char c = src.charAt(k);
      if (Character.isWhitespace(c)) {
        return -1;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth == 0) {
          return k;
        }
        depth--;
      }
    }
    return -1;
  }

  // --- emphasis ----------------------------------------------------------------------------------------------------

  private int emphasis(int i, int to, Set<Style> active, boolean inLink, List<Node> nodes, StringBuilder text) {
    char c = src.charAt(i);
    int runEnd = runEnd(i, to, c);
    for (Marker marker : Marker.values()) {
      if (marker.character() != c || marker.length() > runEnd - i || active.contains(marker.style)
          || !canOpen(i, marker, to)) {
        continue;
      }
      int contentStart = i + marker.length();
      int closer = findCloser(marker, contentStart, to);
      if (closer < 0) {
        continue;
      }
      flush(text, nodes);
      Set<Style> inner = EnumSet.noneOf(Style.class);
      inner.addAll(active);
      inner.add(marker.style);
      nodes.add(new Node.Styled(marker.style, inline(contentStart, closer, inner, inLink)));
      return closer + marker.length();
    }
    // No style starts here: the whole run is literal, so that "**" or "___" never half-open something.
    text.append(src, i, runEnd);
    return runEnd;
  }

  private int runEnd(int from, int to, char c) {
    int end = from;
    while (end < to && src.charAt(end) == c) {
      end++;
    }
    return end;
  }

  private boolean canOpen(int i, Marker marker, int to) {
    int after = i + marker.length();
    if (after >= to || Character.isWhitespace(src.charAt(after))) {
      return false;
    }
    return marker.character() != '_' || i == 0 || !isIntraWordBefore(src.codePointBefore(i));
  }

  /**
   * The first valid closer for {@code marker} in [contentStart, to): escapes, code spans and link targets are skipped, and
   * within a run of marker characters the closer is the run's last characters ({@code ___x___} closes as {@code __}).
   */
  private int findCloser(Marker marker, int contentStart, int to) {
    int k = contentStart;
    while (k < to) {
      char c = src.charAt(k);
      if (c == '\\' && k + 1 < to && BackslashEscapes.isEscapable(src.charAt(k + 1))) {
        k += 2;
        continue;
      }
      if (c == '`') {
        int skipped = skipCode(k, to);
        if (skipped > k) {
          k = skipped;
          continue;
        }
      }
      if (c == ']' && k + 1 < to && src.charAt(k + 1) == '(') {
        int end = urlEnd(k + 2, to);
        if (end >= 0) {
          k = end + 1;
          continue;
        }
      }
      if (c == marker.character()) {
        int runEnd = runEnd(k, to, c);
        int closer = runEnd - marker.length();
        if (closer >= k && fitsAsCloser(marker, runEnd - k) && hasContent(contentStart, closer, c)
            && canClose(k, closer, marker)) {
          return closer;
        }
        if (k > contentStart && opensSameStyle(k, runEnd - k, marker, to)) {
          // A new opener of this style before any closer: it gets the closer, so "*a *b*" bolds only "b".
          return -1;
        }
        k = runEnd;
        continue;
      }
      k++;
    }
    return -1;
  }

  /**
   * An underscore run of two is underline, never italic, so a single {@code _} does not close on {@code __}; a run of
   * three or more closes both ({@code ___both___}).
   */
  private static boolean fitsAsCloser(Marker marker, int runLength) {
    return marker != Marker.UNDERSCORE || runLength != 2;
  }

  /** False when the span would hold nothing but marker characters ({@code ***} and {@code ____} stay literal). */
  private boolean hasContent(int contentStart, int closer, char markerCharacter) {
    for (int i = contentStart; i < closer; i++) {
      if (src.charAt(i) != markerCharacter) {
        return true;
      }
    }
    return false;
  }

  /** True when the run at {@code runStart} would itself open a span of {@code marker}'s style. */
  private boolean opensSameStyle(int runStart, int runLength, Marker marker, int to) {
    for (Marker candidate : Marker.values()) {
      if (candidate.character() == marker.character() && candidate.length() <= runLength) {
        return candidate.style == marker.style && canOpen(runStart, candidate, to);
      }
    }
    return false;
  }

  private boolean canClose(int runStart, int closer, Marker marker) {
    if (Character.isWhitespace(src.charAt(runStart - 1))) {
      return false;
    }
    int after = closer + marker.length();
    return marker.character() != '_' || after >= src.length() || !Character.isLetterOrDigit(src.codePointAt(after));
  }

  /** Before an underscore, these make it part of a word, a username, a hashtag or a URL path rather than a marker. */
  private static boolean isIntraWordBefore(int codePoint) {
    return Character.isLetterOrDigit(codePoint) || codePoint == '@' || codePoint == '#' || codePoint == '/';
  }
}

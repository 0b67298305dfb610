package io.alita.domain.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Removes directives (button markup, {@code {rules}}, note flags) from a source so that no trace is left: a line that
 * held nothing but directives disappears with its line break, and the text is stripped at both ends. Lines that keep
 * other content keep it as typed.
 */
final class SourceSpans {

  /** A half-open range [start, end) of a source; never spans a line break. */
  record Span(int start, int end) {}

  private SourceSpans() {}

  static String remove(String text, List<Span> spans) {
    if (spans.isEmpty()) {
      return text;
    }
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(Span::start));
    List<String> kept = new ArrayList<>();
    int next = 0;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int newline = text.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? text.length() : newline;
      StringBuilder line = new StringBuilder();
      boolean touched = false;
      int cursor = lineStart;
      while (next < sorted.size() && sorted.get(next).start() < lineEnd) {
        Span span = sorted.get(next++);
        if (span.start() < cursor) {
          continue;
        }
        line.append(text, cursor, span.start());
        cursor = span.end();
        touched = true;
      }
      line.append(text, Math.min(cursor, lineEnd), lineEnd);
      if (!touched || !line.toString().isBlank()) {
        kept.add(line.toString());
      }
      if (newline < 0) {
        break;
      }
      lineStart = newline + 1;
    }
    return String.join("\n", kept).strip();
  }
}

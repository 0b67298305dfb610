package io.alita.domain.approvals;

import io.alita.domain.format.Html;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a list into messages Telegram accepts: whole lines, each message at most {@code limit} visible characters
 * (Telegram counts the text after parsing the HTML, so tags do not count).
 */
final class HtmlChunks {

  private HtmlChunks() {}

  /**
   * @param headerHtml put at the top of the first message
   * @param linesHtml lines of HTML, each shorter than {@code limit} together with the header
   */
  static List<String> of(String headerHtml, List<String> linesHtml, int limit) {
    List<String> chunks = new ArrayList<>();
    StringBuilder html = new StringBuilder(headerHtml);
    int visible = Html.visibleLength(headerHtml);
    for (String line : linesHtml) {
      int length = Html.visibleLength(line);
      if (visible > 0 && visible + 1 + length > limit) {
        chunks.add(html.toString());
        html.setLength(0);
        visible = 0;
      }
      if (visible > 0) {
        html.append('\n');
        visible++;
      }
      html.append(line);
      visible += length;
    }
    if (html.length() > 0) {
      chunks.add(html.toString());
    }
    return chunks;
  }
}

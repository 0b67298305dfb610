package io.alita.domain.format;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks HTML the way Telegram's parser would reject it: only Telegram's tags, only our attribute forms, balanced
 * nesting, no tag inside code or another link, and every '&' an allowed entity. A test using it fails on any HTML
 * that could make sendMessage answer "can't parse entities" or that carries an injected tag or attribute.
 */
final class TelegramHtmlAssertions {

  private static final Pattern TAG = Pattern.compile(
      "</?(b|i|u|s|tg-spoiler|code|pre|a)>|<a href=\"([^\"<>]*)\">|<code class=\"language-([A-Za-z0-9_+#.\\-]+)\">");
  private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot);");

  private TelegramHtmlAssertions() {}

  static void assertValidTelegramHtml(String html) {
    Deque<String> open = new ArrayDeque<>();
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        int end = html.indexOf('>', i);
        if (end < 0) {
          fail("unterminated tag at " + i + " in: " + html);
        }
        String tag = html.substring(i, end + 1);
        Matcher m = TAG.matcher(tag);
        if (!m.matches()) {
          fail("tag Telegram does not allow, or a foreign attribute: " + tag + " in: " + html);
        }
        boolean allowed = open.contains("code") ? tag.equals("</code>")
            : !open.contains("pre") || tag.equals("</pre>") || m.group(3) != null && "pre".equals(open.peek());
        if (!allowed) {
          fail("tag inside code/pre: " + tag + " in: " + html);
        }
        if (tag.startsWith("</")) {
          String name = tag.substring(2, tag.length() - 1);
          if (open.isEmpty() || !open.peek().equals(name)) {
            fail("badly nested " + tag + " (open: " + open + ") in: " + html);
          }
          open.pop();
        } else {
          String name = m.group(2) != null ? "a" : m.group(3) != null ? "code" : m.group(1);
          if (name.equals("a") && open.contains("a")) {
            fail("link inside link in: " + html);
          }
          if (m.group(2) != null) {
            assertSafeHref(m.group(2), html);
          }
          open.push(name);
        }
        i = end + 1;
      } else if (c == '&') {
        Matcher m = ENTITY.matcher(html).region(i, html.length());
        if (!m.lookingAt()) {
          fail("bare '&' at " + i + " in: " + html);
        }
        i = m.end();
      } else if (c == '>' || c == '"') {
        fail("unescaped " + c + " at " + i + " in: " + html);
      } else {
        i++;
      }
    }
    if (!open.isEmpty()) {
      fail("unclosed " + open + " in: " + html);
    }
  }

  private static void assertSafeHref(String escapedHref, String html) {
    Matcher bareAmp = Pattern.compile("&(?!(lt|gt|amp|quot);)").matcher(escapedHref);
    if (bareAmp.find()) {
      fail("bare '&' in href in: " + html);
    }
    String href = Html.visibleText(escapedHref).toLowerCase(Locale.ROOT);
    if (!(href.startsWith("http://") || href.startsWith("https://") || href.startsWith("tg://"))) {
      fail("unsafe href " + href + " in: " + html);
    }
  }
}

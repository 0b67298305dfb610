package io.alita.domain.format;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict check of the Telegram HTML the bot sends, for the fuzz properties: it answers what is wrong rather than failing,
 * so a property can report the input beside the problem.
 *
 * <p>Stricter than Telegram's own parser on purpose: only the tags our renderer writes ({@code b i u s tg-spoiler code pre
 * a}), each in exactly the form it writes them ({@code <a href="...">}, {@code <pre><code class="language-x">}), so a tag or
 * attribute that came from user text can never pass as one of ours. Also checked: every tag closed in order; nothing inside
 * {@code code}; inside {@code pre} only the one language {@code code}; no link inside a link; every {@code &} one of the four
 * named entities Telegram knows; no bare {@code <}, {@code >} or {@code "} in text (the escaping function escapes all of
 * them); hrefs only http, https or tg and already {@link SafeUrl}-normalized; and the text valid UTF-16 (a lone surrogate
 * cannot be sent as UTF-8: the Bot API refuses the whole message).
 */
public final class TelegramHtmlSubset {

  private static final Pattern SIMPLE = Pattern.compile("<(/?)(b|i|u|s|tg-spoiler|code|pre|a)>");
  private static final Pattern LINK = Pattern.compile("<a href=\"([^\"<>]*)\">");
  private static final Pattern LANGUAGE = Pattern.compile("<code class=\"language-([A-Za-z0-9_+#.\\-]{1,32})\">");
  private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot);");

  private TelegramHtmlSubset() {}

  /** The first problem with {@code html}, or empty when Telegram (and our stricter reading) accepts it. */
  public static Optional<String> problem(String html) {
    Deque<String> open = new ArrayDeque<>();
    boolean justOpenedPre = false;
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= html.length() || !Character.isLowSurrogate(html.charAt(i + 1))) {
          return at("lone high surrogate", i, html);
        }
        i += 2;
        justOpenedPre = false;
        continue;
      }
      if (Character.isLowSurrogate(c)) {
        return at("lone low surrogate", i, html);
      }
      if (c == '<') {
        int end = html.indexOf('>', i);
        if (end < 0) {
          return at("unterminated tag", i, html);
        }
        String tag = html.substring(i, end + 1);
        Matcher simple = SIMPLE.matcher(tag);
        Matcher link = LINK.matcher(tag);
        Matcher language = LANGUAGE.matcher(tag);
        String inside = open.peek();
        if (simple.matches() && simple.group(1).equals("/")) {
          String name = simple.group(2);
          if (!name.equals(inside)) {
            return at("closing " + tag + " while " + open + " are open", i, html);
          }
          open.pop();
        } else if ("code".equals(inside)) {
          return at("tag " + tag + " inside code", i, html);
        } else if ("pre".equals(inside) && !(justOpenedPre && language.matches())) {
          return at("tag " + tag + " inside pre", i, html);
        } else if (language.matches()) {
          if (!"pre".equals(inside)) {
            return at("a language is only allowed directly inside pre", i, html);
          }
          open.push("code");
        } else if (link.matches()) {
          if (open.contains("a")) {
            return at("link inside link", i, html);
          }
          Optional<String> bad = hrefProblem(link.group(1));
          if (bad.isPresent()) {
            return at(bad.get(), i, html);
          }
          open.push("a");
        } else if (simple.matches() && !simple.group(2).equals("a")) {
          String name = simple.group(2);
          if (open.contains(name) && !name.equals("code") && !name.equals("pre")) {
            return at("<" + name + "> inside itself", i, html);
          }
          if ((name.equals("code") || name.equals("pre")) && open.contains("code")) {
            return at("code inside code", i, html);
          }
          open.push(name);
        } else {
          return at("tag or attribute outside Telegram's subset: " + tag, i, html);
        }
        justOpenedPre = tag.equals("<pre>");
        i = end + 1;
        continue;
      }
      justOpenedPre = false;
      if (c == '&') {
        Matcher m = ENTITY.matcher(html).region(i, html.length());
        if (!m.lookingAt()) {
          return at("bare '&'", i, html);
        }
        i = m.end();
        continue;
      }
      if (c == '>' || c == '"') {
        return at("unescaped " + c, i, html);
      }
      i++;
    }
    if (!open.isEmpty()) {
      return Optional.of("unclosed " + open + " in: " + html);
    }
    return Optional.empty();
  }

  /** True when {@link #problem} finds nothing. */
  public static boolean accepts(String html) {
    return problem(html).isEmpty();
  }

  private static Optional<String> hrefProblem(String escapedHref) {
    if (Pattern.compile("&(?!(lt|gt|amp|quot);)").matcher(escapedHref).find()) {
      return Optional.of("bare '&' in href");
    }
    String href = Html.visibleText(escapedHref);
    String lower = href.toLowerCase(Locale.ROOT);
    if (!(lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("tg://"))) {
      return Optional.of("unsafe href " + href);
    }
    if (!SafeUrl.isNormalized(href)) {
      return Optional.of("href SafeUrl would not send: " + href);
    }
    return Optional.empty();
  }

  private static Optional<String> at(String what, int index, String html) {
    return Optional.of(what + " at " + index + " in: " + html);
  }
}

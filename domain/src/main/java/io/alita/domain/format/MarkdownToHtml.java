package io.alita.domain.format;

import java.util.Objects;

/**
 * Converts the bot's Markdown, as admins type it in /setrules, /setwelcome, /save and /filter, into Telegram HTML.
 *
 * <p>Input is Markdown only. It is never read as HTML: every {@code <}, {@code >}, {@code &} and {@code "} is escaped, so
 * no input can open a tag, add an attribute or break the message. The stored form of rules, greetings, notes and filters
 * is this Markdown source; HTML is produced at send time.
 *
 * <table>
 *   <caption>Syntax</caption>
 *   <tr><th>Markdown</th><th>HTML</th></tr>
 *   <tr><td>{@code *bold*} or {@code **bold**}</td><td>{@code <b>}</td></tr>
 *   <tr><td>{@code _italic_}</td><td>{@code <i>}</td></tr>
 *   <tr><td>{@code __underline__}</td><td>{@code <u>}</td></tr>
 *   <tr><td>{@code ~strike~} or {@code ~~strike~~}</td><td>{@code <s>}</td></tr>
 *   <tr><td>{@code ||spoiler||}</td><td>{@code <tg-spoiler>}</td></tr>
 *   <tr><td>{@code `code`}</td><td>{@code <code>}</td></tr>
 *   <tr><td>{@code ```pre```}, {@code ```lang⏎pre```}</td><td>{@code <pre>},
 *       {@code <pre><code class="language-lang">}</td></tr>
 *   <tr><td>{@code [text](url)}</td><td>{@code <a href="url">}</td></tr>
 * </table>
 *
 * <p>Decisions:
 * <ul>
 *   <li>An opener must be followed by a non-space and a closer preceded by one, so {@code 2 * 3 * 4} stays literal
 *       (but {@code 5*3 = 15, 2*2} bolds "3 = 15, 2", as in Telegram's Markdown and CommonMark; {@code \*} avoids it).
 *       Anything unmatched stays literal. A styled span is closed by the first valid closer and may contain other styles
 *       ({@code *bold _and italic_*}) but not itself: a second opener of the same style before any closer takes that
 *       closer, so {@code *unclosed and *closed*} bolds only "closed".
 *   <li>An underscore inside a word (after a letter, digit, '@', '#' or '/', or before a letter or digit) is literal, so
 *       {@code snake_case_names}, {@code @some_user} and URL paths survive. Telegram's own Markdown would italicize them;
 *       almost nobody means that. Word boundaries still count: {@code __init__.py} underlines "init". {@code *},
 *       {@code ~} and {@code ||} work inside words, so scripts written without spaces can use them.
 *   <li>Inside code and pre everything is literal, including markers and backslashes. A pre block's first line is its
 *       language when it is a single word ({@code [A-Za-z0-9_+#.-]}, at most 32) followed by a line break.
 *   <li>Links are made only for URLs {@link SafeUrl} accepts (http, https, tg, and bare hosts, which get https://);
 *       {@code [x](javascript:alert(1))} and every other target stays as escaped text. A link's label may be styled but
 *       holds no code or other link.
 *   <li>A backslash before one of {@code \ * _ ~ | ` [ ] ( ) { } %} makes it literal: {@code \*} shows "*",
 *       {@code \{first}} shows "{first}", {@code \%%%} shows "%%%". Before any other character a backslash is kept.
 *   <li>Line breaks are kept as they are; there are no headings, lists or quotes.
 * </ul>
 */
public final class MarkdownToHtml {

  private static final String MUST_ESCAPE = "\\*_~|`[]{}%";

  private MarkdownToHtml() {}

  /** The Telegram HTML for {@code markdown}; fillings are left as typed (see {@link MessageFormatter} for the pipeline). */
  public static String convert(String markdown) {
    Objects.requireNonNull(markdown, "markdown");
    return HtmlRenderer.render(MarkdownParser.parse(markdown), null, HtmlWriter.UNLIMITED).html();
  }

  /**
   * Markdown that shows {@code plain} exactly: every character with a meaning gets a backslash. For adapters turning
   * Telegram's own formatting (message entities) into a stored source, and for quoting user text into a source.
   */
  public static String escapeMarkdown(String plain) {
    Objects.requireNonNull(plain, "plain");
    StringBuilder out = new StringBuilder(plain.length() + 8);
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (MUST_ESCAPE.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}

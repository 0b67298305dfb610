package io.alita.domain.format;

import java.util.Objects;

/**
 * Telegram's HTML parse mode, seen from the text we produce.
 *
 * <p>{@link #escape(String)} is the single escaping function for user-supplied text placed into HTML, whether between tags or
 * inside a double-quoted attribute. Telegram knows only the named entities {@code &lt; &gt; &amp; &quot;}, so exactly the
 * four characters {@code < > & "} are replaced; an apostrophe needs no escaping because every attribute we write is
 * double-quoted.
 */
public final class Html {

  private Html() {}

  /** Escapes {@code < > & "}; everything else (emoji, any script, newlines) passes through unchanged. */
  public static String escape(String text) {
    Objects.requireNonNull(text, "text");
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      String replacement = replacement(text.charAt(i));
      if (replacement != null) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(replacement);
      } else if (out != null) {
        out.append(text.charAt(i));
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * What the user sees once Telegram has parsed this HTML: tags removed, entities ({@code &lt;}, {@code &#8364;}...)
   * decoded. Meant for HTML this package produced; it does not validate.
   */
  public static String visibleText(String html) {
    Objects.requireNonNull(html, "html");
    StringBuilder text = new StringBuilder(html.length());
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      int end;
      if (c == '<' && (end = html.indexOf('>', i)) >= 0) {
        i = end + 1;
      } else if (c == '&' && (end = html.indexOf(';', i)) >= 0 && decode(html.substring(i + 1, end), text)) {
        i = end + 1;
      } else {
        text.append(c);
        i++;
      }
    }
    return text.toString();
  }

  /** {@link #visibleText(String)}'s length in UTF-16 code units, the unit of Telegram's message length limits. */
  public static int visibleLength(String html) {
    return visibleText(html).length();
  }

  private static boolean decode(String entity, StringBuilder text) {
    switch (entity) {
      case "lt" -> text.append('<');
      case "gt" -> text.append('>');
      case "amp" -> text.append('&');
      case "quot" -> text.append('"');
      default -> {
        if (!entity.startsWith("#") || entity.length() < 2) {
          return false;
        }
        try {
          boolean hex = entity.charAt(1) == 'x' || entity.charAt(1) == 'X';
          int codePoint = Integer.parseInt(entity.substring(hex ? 2 : 1), hex ? 16 : 10);
          text.appendCodePoint(codePoint);
        } catch (IllegalArgumentException notANumber) {
          return false;
        }
      }
    }
    return true;
  }

  private static String replacement(char c) {
    return switch (c) {
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '&' -> "&amp;";
      case '"' -> "&quot;";
      default -> null;
    };
  }
}

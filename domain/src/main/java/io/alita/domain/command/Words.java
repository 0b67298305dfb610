package io.alita.domain.command;

/**
 * Splitting argument text into words the way every command reads it: words are separated by any run of white space,
 * including newlines and no-break spaces (some clients send U+00A0 where the user typed a space).
 */
public final class Words {

  private Words() {}

  /** The first word of some text and what follows it. */
  public record Split(String first, String rest) {}

  /** True for the characters that separate words: Java white space plus the no-break spaces {@link String#strip()} misses. */
  public static boolean isSeparator(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** {@code text} without separators at its start. */
  public static String stripLeading(String text) {
    return text.substring(leadingSeparators(text, 0));
  }

  /** {@code text} without separators at either end. */
  public static String strip(String text) {
    int end = text.length();
    while (end > 0 && isSeparator(text.charAt(end - 1))) {
      end--;
    }
    int start = leadingSeparators(text, 0);
    return start >= end ? "" : text.substring(start, end);
  }

  /** True when {@code text} holds nothing but separators. */
  public static boolean isBlank(String text) {
    return leadingSeparators(text, 0) == text.length();
  }

  /**
   * The first word of {@code text} (leading separators skipped) and the rest after it, the rest with its leading
   * separators removed but otherwise untouched. Blank text gives an empty first word and an empty rest.
   */
  public static Split splitFirst(String text) {
    int start = leadingSeparators(text, 0);
    int end = start;
    while (end < text.length() && !isSeparator(text.charAt(end))) {
      end++;
    }
    int restStart = leadingSeparators(text, end);
    return new Split(text.substring(start, end), text.substring(restStart));
  }

  /** Index of the first non-separator at or after {@code from}, or the text's length. */
  static int leadingSeparators(String text, int from) {
    int i = from;
    while (i < text.length() && isSeparator(text.charAt(i))) {
      i++;
    }
    return i;
  }
}

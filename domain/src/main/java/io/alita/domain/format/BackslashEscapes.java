package io.alita.domain.format;

/**
 * The backslash rule shared by every step of the pipeline: a backslash before one of {@link #ESCAPABLE} makes that
 * character literal, so that {@code \*}, {@code \{first}}, {@code \%%%} and {@code \](buttonurl:} mean exactly what they show.
 * A backslash before any other character is an ordinary character (Windows paths and emoticons survive).
 */
final class BackslashEscapes {

  static final String ESCAPABLE = "\\*_~|`[](){}%";

  private BackslashEscapes() {}

  static boolean isEscapable(char c) {
    return ESCAPABLE.indexOf(c) >= 0;
  }

  /** True when the character at {@code index} is preceded by an odd number of backslashes. */
  static boolean isEscaped(String text, int index) {
    int backslashes = 0;
    for (int i = index - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }
}

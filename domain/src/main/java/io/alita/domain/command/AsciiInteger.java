package io.alita.domain.command;

import java.util.OptionalLong;

/**
 * Reading whole numbers typed as command arguments. Only ASCII digits count: {@link Long#parseLong} would also accept
 * other scripts' digits (e.g. Arabic-Indic) and a leading {@code +}, which no Telegram id or duration is written with.
 */
public final class AsciiInteger {

  private AsciiInteger() {}

  /** True when {@code text} is one or more ASCII digits and nothing else. */
  public static boolean isDigits(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code text} is ASCII digits with an optional leading minus sign, whether or not it fits a {@code long}. */
  public static boolean looksSigned(String text) {
    return isDigits(text.startsWith("-") ? text.substring(1) : text);
  }

  /** The value of an optionally negative run of ASCII digits; empty when the text is anything else or overflows a {@code long}. */
  public static OptionalLong parseSigned(String text) {
    if (!looksSigned(text)) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(text));
    } catch (NumberFormatException overflow) {
      return OptionalLong.empty();
    }
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}

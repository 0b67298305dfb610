package io.alita.domain.deeplink;

import java.util.regex.Pattern;

/** Telegram's rule for a start parameter: 1 to 64 characters from {@code A-Z a-z 0-9 _ -}. */
final class StartParameter {

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private StartParameter() {}

  static boolean isValid(String text) {
    return VALID.matcher(text).matches();
  }
}

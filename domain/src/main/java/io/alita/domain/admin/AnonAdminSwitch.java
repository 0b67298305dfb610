package io.alita.domain.admin;

import java.util.Locale;
import java.util.Optional;

/** Reads the argument of {@code /anonadmin}: on, yes or true; off, no or false; any case. */
final class AnonAdminSwitch {

  private AnonAdminSwitch() {}

  static Optional<Boolean> parse(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "on", "yes", "true" -> Optional.of(true);
      case "off", "no", "false" -> Optional.of(false);
      default -> Optional.empty();
    };
  }
}

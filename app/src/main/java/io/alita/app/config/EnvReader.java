package io.alita.app.config;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads typed values from an {@link Environment}, collecting a {@link ConfigError} for every bad value instead of
 * stopping at the first, and falling back to the default so that reading can go on.
 */
final class EnvReader {

  private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]+");
  private static final String BOOLEAN_CHOICES = "use true or false (also yes/no, 1/0, on/off)";

  private final Environment env;
  private final List<ConfigError> errors = new ArrayList<>();

  EnvReader(Environment env) {
    this.env = env;
  }

  Optional<String> string(String name) {
    return env.get(name);
  }

  Optional<String> raw(String name) {
    return env.raw(name);
  }

  boolean isSet(String name) {
    return env.get(name).isPresent();
  }

  void error(String name, String problem) {
    errors.add(new ConfigError(name, problem));
  }

  List<ConfigError> errors() {
    return List.copyOf(errors);
  }

  /** true/false, yes/no, 1/0, on/off in any case. */
  boolean bool(String name, boolean defaultValue) {
    Optional<String> value = env.get(name);
    if (value.isEmpty()) {
      return defaultValue;
    }
    switch (value.get().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1", "on":
        return true;
      case "false", "no", "0", "off":
        return false;
      default:
        error(name, "'" + value.get() + "' is not true or false; " + BOOLEAN_CHOICES);
        return defaultValue;
    }
  }

  /** A whole number within bounds, e.g. {@code 'abc' is not a whole number; use 1 to 1000 (default 100)}. */
  int intInRange(String name, int defaultValue, int min, int max) {
    Optional<String> value = env.get(name);
    if (value.isEmpty()) {
      return defaultValue;
    }
    String advice = "; use " + min + " to " + max + " (default " + defaultValue + ")";
    Optional<BigInteger> number = wholeNumber(value.get());
    if (number.isEmpty()) {
      error(name, "'" + value.get() + "' is not a whole number" + advice);
      return defaultValue;
    }
    if (number.get().compareTo(BigInteger.valueOf(min)) < 0 || number.get().compareTo(BigInteger.valueOf(max)) > 0) {
      error(name, value.get() + " is out of range" + advice);
      return defaultValue;
    }
    return number.get().intValueExact();
  }

  /**
   * An optional 64-bit whole number.
   *
   * @param advice what to write instead, appended to the problem after "; "
   */
  Optional<Long> optionalLong(String name, String advice) {
    Optional<String> value = env.get(name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Optional<BigInteger> number = wholeNumber(value.get());
    if (number.isEmpty() || number.get().bitLength() > 63) {
      error(name, "'" + value.get() + "' is not a whole number; " + advice);
      return Optional.empty();
    }
    return Optional.of(number.get().longValueExact());
  }

  private static Optional<BigInteger> wholeNumber(String text) {
    return WHOLE_NUMBER.matcher(text).matches() ? Optional.of(new BigInteger(text)) : Optional.empty();
  }
}

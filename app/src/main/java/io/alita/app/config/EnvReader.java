package io.alita.app.config;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads typed values from an {@link Environment}, collecting a {@link ConfigError} for every bad value instead of
 * stopping at the first. A bad value reads as absent (so the caller's default applies and reading can go on); the
 * collected errors then fail the load as a whole.
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

  /**
   * The variable's value converted by {@code parser}; empty when unset, blank or refused. A parser refuses with an
   * {@link IllegalArgumentException} whose message is the problem, e.g. {@code 'x' is not a whole number; use ...}.
   */
  <T> Optional<T> parsed(String name, Function<String, T> parser) {
    Optional<String> value = env.get(name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parser.apply(value.get()));
    } catch (IllegalArgumentException e) {
      error(name, e.getMessage());
      return Optional.empty();
    }
  }

  /** Like {@link #parsed}, but an unset variable is an error too: {@code NAME: not set; <whenMissing>}. */
  <T> Optional<T> required(String name, Function<String, T> parser, String whenMissing) {
    if (!isSet(name)) {
      error(name, "not set; " + whenMissing);
      return Optional.empty();
    }
    return parsed(name, parser);
  }

  /** true/false, yes/no, 1/0, on/off in any case. */
  boolean bool(String name, boolean defaultValue) {
    return parsed(name, value -> switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1", "on" -> true;
      case "false", "no", "0", "off" -> false;
      default -> throw new IllegalArgumentException("'" + value + "' is not true or false; " + BOOLEAN_CHOICES);
    }).orElse(defaultValue);
  }

  /** A whole number within bounds, e.g. {@code 'abc' is not a whole number; use 1 to 1000 (default 100)}. */
  int intInRange(String name, int defaultValue, int min, int max) {
    String advice = "use " + min + " to " + max + " (default " + defaultValue + ")";
    return parsed(name, value -> {
      BigInteger number = wholeNumber(value, advice);
      if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
        throw new IllegalArgumentException(value + " is out of range; " + advice);
      }
      return number.intValueExact();
    }).orElse(defaultValue);
  }

  /**
   * Parses a signed 64-bit whole number for a {@link #parsed} parser.
   *
   * @param advice what to write instead, appended to the problem after "; "
   */
  static long wholeLong(String value, String advice) {
    BigInteger number = wholeNumber(value, advice);
    if (number.bitLength() > 63) {
      throw new IllegalArgumentException(value + " is out of range; " + advice);
    }
    return number.longValueExact();
  }

  private static BigInteger wholeNumber(String value, String advice) {
    if (!WHOLE_NUMBER.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + value + "' is not a whole number; " + advice);
    }
    return new BigInteger(value);
  }
}

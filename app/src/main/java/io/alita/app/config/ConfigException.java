package io.alita.app.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The configuration cannot be used. Carries every problem found, not only the first, so one restart fixes them all.
 * The message is meant to be printed as is: optional headline lines, then one line per {@link ConfigError}. Like any
 * mistake in input, it comes without a stack trace.
 */
public final class ConfigException extends Exception {

  private static final long serialVersionUID = 1L;

  private final List<String> headline;
  private final transient List<ConfigError> errors;

  /** @param errors at least one problem */
  public ConfigException(List<ConfigError> errors) {
    this(List.of(), errors);
  }

  /**
   * @param headline lines printed before the problems, e.g. the make targets' {@code ❌ Error: ...} banner
   * @param errors   at least one problem
   */
  public ConfigException(List<String> headline, List<ConfigError> errors) {
    super(render(headline, errors), null, false, false);
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a ConfigException needs at least one error");
    }
    this.headline = List.copyOf(headline);
    this.errors = List.copyOf(errors);
  }

  /** Every problem, in the order found. */
  public List<ConfigError> errors() {
    return errors;
  }

  /** The lines printed before the problems; usually empty. */
  public List<String> headline() {
    return headline;
  }

  private static String render(List<String> headline, List<ConfigError> errors) {
    List<String> lines = new ArrayList<>(headline);
    errors.forEach(e -> lines.add(e.toString()));
    return String.join("\n", lines);
  }
}

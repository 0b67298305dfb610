package io.alita.app.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The variables the bot is configured with: the process environment laid over an optional {@code .env} file. As with
 * godotenv in the original bot, a variable set in the real environment wins over the same name in the file, so a
 * deployment can override a checked-in {@code .env} without editing it.
 *
 * <p>Variables the bot does not know are kept and ignored, so the original bot's {@code .env} (with its
 * {@code REDIS_*} and monitoring settings) loads unchanged.
 */
public final class Environment {

  /** The file looked for in the working directory by {@link #load()}. */
  public static final Path DEFAULT_DOT_ENV = Path.of(".env");

  private final Map<String, String> values;
  private final Optional<Path> dotEnvFile;

  private Environment(Map<String, String> values, Optional<Path> dotEnvFile) {
    this.values = Map.copyOf(values);
    this.dotEnvFile = dotEnvFile;
  }

  /** The process environment over {@code ./.env} if that file exists. */
  public static Environment load() throws ConfigException {
    return load(System.getenv(), Optional.of(DEFAULT_DOT_ENV));
  }

  /**
   * The given variables over a {@code .env} file.
   *
   * @param real       the process environment (wins on conflicts)
   * @param dotEnvFile a {@code .env} file to read if it exists; a missing file is not an error
   * @throws ConfigException listing every malformed line of the file, by file name and line number
   */
  public static Environment load(Map<String, String> real, Optional<Path> dotEnvFile) throws ConfigException {
    Objects.requireNonNull(real, "real");
    Map<String, String> merged = new HashMap<>();
    Optional<Path> used = dotEnvFile.filter(Files::isRegularFile);
    if (used.isPresent()) {
      merged.putAll(DotEnv.read(used.get()));
    }
    merged.putAll(real);
    return new Environment(merged, used);
  }

  /** Exactly these variables, no file: for tests and tools. */
  public static Environment of(Map<String, String> values) {
    return new Environment(values, Optional.empty());
  }

  /**
   * A variable's value with surrounding whitespace removed; empty when it is unset or blank, which (as with Go's
   * {@code os.Getenv(...) == ""}) means "use the default".
   */
  public Optional<String> get(String name) {
    String value = values.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /** A variable's value exactly as given, blank or not; for passwords, where whitespace may be meaningful. */
  public Optional<String> raw(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** The {@code .env} file that was read, if one was. */
  public Optional<Path> dotEnvFile() {
    return dotEnvFile;
  }

  /** Counts only: the values may be secrets. */
  @Override
  public String toString() {
    return "Environment[" + values.size() + " variables"
        + dotEnvFile.map(f -> ", .env from " + f).orElse("") + "]";
  }
}

package io.alita.app.config;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a {@code .env} file the way the original bot's godotenv does, for the forms such files use in practice:
 * <ul>
 *   <li>{@code KEY=VALUE}, optionally preceded by {@code export };</li>
 *   <li>unquoted values are trimmed and end at a {@code #} that follows whitespace (an inline comment);</li>
 *   <li>{@code 'single quotes'} keep everything literally;</li>
 *   <li>{@code "double quotes"} understand {@code \n}, {@code \r}, {@code \t}, {@code \"}, {@code \\} and {@code \$};</li>
 *   <li>blank lines and lines starting with {@code #} are skipped; a later duplicate key wins.</li>
 * </ul>
 * Not supported, and reported rather than guessed: values spanning several lines and {@code ${VAR}} expansion (a
 * {@code $} is kept literally). A malformed line is an error naming the file and line; the line's content is never
 * quoted, as it may hold a secret.
 */
final class DotEnv {

  private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
  private static final Pattern EXPORT = Pattern.compile("^export\\s+");

  private DotEnv() {}

  /** Reads and parses a file. */
  static Map<String, String> read(Path file) throws ConfigException {
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      throw new ConfigException(List.of(new ConfigError(file.toString(), "is not UTF-8 text; save it as UTF-8")));
    } catch (IOException e) {
      throw new ConfigException(List.of(new ConfigError(file.toString(),
          "cannot be read (" + e.getClass().getSimpleName() + "); check its permissions or remove it")));
    }
    return parse(content, file.toString());
  }

  /**
   * Parses {@code .env} content.
   *
   * @param source named in error messages, e.g. {@code .env}
   */
  static Map<String, String> parse(String content, String source) throws ConfigException {
    Map<String, String> values = new LinkedHashMap<>();
    List<ConfigError> errors = new ArrayList<>();
    String[] lines = content.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = i == 0 && lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[i];
      try {
        parseLine(line, values);
      } catch (IllegalArgumentException e) {
        errors.add(new ConfigError(source + " line " + (i + 1), e.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      throw new ConfigException(errors);
    }
    return values;
  }

  private static void parseLine(String raw, Map<String, String> values) {
    String line = raw.strip();
    if (line.isEmpty() || line.startsWith("#")) {
      return;
    }
    line = EXPORT.matcher(line).replaceFirst("");
    int eq = line.indexOf('=');
    if (eq < 0) {
      throw new IllegalArgumentException("expected KEY=VALUE (or a # comment)");
    }
    String key = line.substring(0, eq).strip();
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(key.isEmpty()
          ? "nothing before '='; expected KEY=VALUE"
          : "'" + key + "' is not a valid variable name; use letters, digits and _, not starting with a digit");
    }
    values.put(key, value(line.substring(eq + 1)));
  }

  private static String value(String afterEquals) {
    String text = afterEquals.stripLeading();
    if (text.startsWith("'")) {
      int close = text.indexOf('\'', 1);
      if (close < 0) {
        throw new IllegalArgumentException("single quote is not closed; values spanning lines are not supported");
      }
      requireNothingAfter(text.substring(close + 1));
      return text.substring(1, close);
    }
    if (text.startsWith("\"")) {
      return doubleQuoted(text);
    }
    return withoutInlineComment(afterEquals).strip();
  }

  private static String doubleQuoted(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        requireNothingAfter(text.substring(i + 1));
        return out.toString();
      }
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        switch (next) {
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case '"', '\\', '$' -> out.append(next);
          default -> out.append('\\').append(next);
        }
      } else {
        out.append(c);
      }
    }
    throw new IllegalArgumentException(
        "double quote is not closed; values spanning lines are not supported, write \\n for a line break");
  }

  private static void requireNothingAfter(String rest) {
    String tail = rest.strip();
    if (!tail.isEmpty() && !tail.startsWith("#")) {
      throw new IllegalArgumentException("unexpected text after the closing quote; only a # comment may follow");
    }
  }

  // As in godotenv, only " #" starts a comment: KEY=#fff keeps its value, KEY=a #note drops the note.
  private static String withoutInlineComment(String text) {
    for (int i = 1; i < text.length(); i++) {
      if (text.charAt(i) == '#' && Character.isWhitespace(text.charAt(i - 1))) {
        return text.substring(0, i);
      }
    }
    return text;
  }
}

package io.alita.postgres.content;

import io.alita.domain.format.ButtonGrid;
import io.alita.domain.format.UrlButton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The buttons columns ({@code notes.buttons}, {@code filters.filter_buttons}, {@code greetings.welcome_btns},
 * {@code greetings.goodbye_btns}) in the original's JSON: an array of {@code {"name": …, "url": …, "btn_sameline": …}},
 * row breaks given by {@code btn_sameline = false}. Stores pass the text to PostgreSQL as {@code #{buttons}::jsonb} and
 * read it back as {@code buttons::text}.
 *
 * <p>Reading is lenient about what the original may have written (a missing {@code btn_sameline} is false, unknown
 * fields are ignored) and strict about the rest: a button whose URL {@link UrlButton#of} refuses is left out, so a
 * hand-edited row cannot make the bot send a {@code javascript:} link.
 */
public final class ButtonsJson {

  private ButtonsJson() {}

  /** The JSON for {@code grid}, or null (SQL NULL) when it has no buttons. */
  public static String write(ButtonGrid grid) {
    if (grid.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder("[");
    boolean first = true;
    for (List<UrlButton> row : grid.rows()) {
      for (int i = 0; i < row.size(); i++) {
        if (!first) {
          out.append(',');
        }
        first = false;
        UrlButton b = row.get(i);
        out.append("{\"name\":");
        string(out, b.text());
        out.append(",\"url\":");
        string(out, b.url());
        out.append(",\"btn_sameline\":").append(i > 0).append('}');
      }
    }
    return out.append(']').toString();
  }

  /** The grid {@code json} holds; empty for null, blank or {@code []}; refused ({@link IllegalArgumentException}) when not JSON. */
  public static ButtonGrid read(String json) {
    if (json == null || json.isBlank()) {
      return ButtonGrid.empty();
    }
    Parser p = new Parser(json);
    Object value = p.value();
    p.end();
    if (!(value instanceof List<?> list)) {
      return ButtonGrid.empty();
    }
    List<List<UrlButton>> rows = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof Fields f)) {
        continue;
      }
      Optional<UrlButton> button = UrlButton.of(f.string("name"), f.string("url"));
      if (button.isEmpty()) {
        continue;
      }
      if (f.bool("btn_sameline") && !rows.isEmpty()) {
        rows.get(rows.size() - 1).add(button.get());
      } else {
        List<UrlButton> row = new ArrayList<>();
        row.add(button.get());
        rows.add(row);
      }
    }
    return new ButtonGrid(rows);
  }

  private static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** A JSON object's fields, in order; later duplicates win. */
  private static final class Fields {
    private final List<String> names = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    void put(String name, Object value) {
      names.add(name);
      values.add(value);
    }

    Object get(String name) {
      for (int i = names.size() - 1; i >= 0; i--) {
        if (names.get(i).equals(name)) {
          return values.get(i);
        }
      }
      return null;
    }

    String string(String name) {
      return get(name) instanceof String s ? s : null;
    }

    boolean bool(String name) {
      return Boolean.TRUE.equals(get(name));
    }
  }

  /** A small strict JSON reader (PostgreSQL's jsonb text is always well-formed; this still refuses what is not). */
  private static final class Parser {
    private static final int MAX_DEPTH = 16;
    private final String s;
    private int i;
    private int depth;

    Parser(String s) {
      this.s = s;
    }

    void end() {
      skip();
      if (i != s.length()) {
        throw bad("trailing characters");
      }
    }

    Object value() {
      skip();
      if (i >= s.length()) {
        throw bad("unexpected end");
      }
      char c = s.charAt(i);
      return switch (c) {
        case '[' -> array();
        case '{' -> object();
        case '"' -> string();
        case 't' -> literal("true", Boolean.TRUE);
        case 'f' -> literal("false", Boolean.FALSE);
        case 'n' -> literal("null", null);
        default -> number();
      };
    }

    private List<Object> array() {
      enter();
      i++;
      List<Object> items = new ArrayList<>();
      skip();
      if (peek() == ']') {
        i++;
        depth--;
        return items;
      }
      while (true) {
        items.add(value());
        skip();
        char c = next();
        if (c == ']') {
          depth--;
          return items;
        }
        if (c != ',') {
          throw bad("expected , or ]");
        }
      }
    }

    private Fields object() {
      enter();
      i++;
      Fields fields = new Fields();
      skip();
      if (peek() == '}') {
        i++;
        depth--;
        return fields;
      }
      while (true) {
        skip();
        if (peek() != '"') {
          throw bad("expected a field name");
        }
        String name = string();
        skip();
        if (next() != ':') {
          throw bad("expected :");
        }
        fields.put(name, value());
        skip();
        char c = next();
        if (c == '}') {
          depth--;
          return fields;
        }
        if (c != ',') {
          throw bad("expected , or }");
        }
      }
    }

    private String string() {
      i++;
      StringBuilder out = new StringBuilder();
      while (true) {
        char c = next();
        if (c == '"') {
          return out.toString();
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char e = next();
        switch (e) {
          case '"', '\\', '/' -> out.append(e);
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> {
            if (i + 4 > s.length()) {
              throw bad("short \\u escape");
            }
            try {
              out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            } catch (NumberFormatException ex) {
              throw bad("bad \\u escape");
            }
            i += 4;
          }
          default -> throw bad("bad escape");
        }
      }
    }

    private Object literal(String word, Object value) {
      if (!s.startsWith(word, i)) {
        throw bad("unexpected token");
      }
      i += word.length();
      return value;
    }

    private Object number() {
      int start = i;
      while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      if (start == i) {
        throw bad("unexpected character");
      }
      return s.substring(start, i);
    }

    private void enter() {
      if (++depth > MAX_DEPTH) {
        throw bad("nested too deep");
      }
    }

    private char peek() {
      return i < s.length() ? s.charAt(i) : '\0';
    }

    private char next() {
      if (i >= s.length()) {
        throw bad("unexpected end");
      }
      return s.charAt(i++);
    }

    private void skip() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private IllegalArgumentException bad(String why) {
      return new IllegalArgumentException("buttons JSON: " + why + " at " + i);
    }
  }
}

package io.alita.postgres.backup;

import io.alita.domain.backup.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON text of our jsonb columns (warns_users.reasons) to and from {@link Json} values. It reads what PostgreSQL
 * writes ({@code jsonb::text}), so it is small and strict; backup files themselves are read by the domain's codec.
 */
final class PgJson {

  private static final int MAX_DEPTH = 64;

  private PgJson() {}

  static Json parse(String text) {
    Parser p = new Parser(text);
    Json v = p.value(0);
    p.space();
    if (p.i != text.length()) {
      throw p.fail("trailing data");
    }
    return v;
  }

  static String write(Json value) {
    StringBuilder out = new StringBuilder();
    write(out, value);
    return out.toString();
  }

  private static void write(StringBuilder out, Json value) {
    if (value instanceof Json.Obj o) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, Json> e : o.fields().entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string(out, e.getKey());
        out.append(':');
        write(out, e.getValue());
      }
      out.append('}');
    } else if (value instanceof Json.Arr a) {
      out.append('[');
      for (int i = 0; i < a.items().size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(out, a.items().get(i));
      }
      out.append(']');
    } else if (value instanceof Json.Str s) {
      string(out, s.value());
    } else if (value instanceof Json.Num n) {
      out.append(n.value().toPlainString());
    } else if (value instanceof Json.Bool b) {
      out.append(b.value());
    } else {
      out.append("null");
    }
  }

  static void string(StringBuilder out, String s) {
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

  private static final class Parser {
    final String s;
    int i;

    Parser(String s) {
      this.s = s;
    }

    IllegalArgumentException fail(String why) {
      return new IllegalArgumentException("jsonb text: " + why + " at " + i);
    }

    void space() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    Json value(int depth) {
      if (depth > MAX_DEPTH) {
        throw fail("too deep");
      }
      space();
      if (i >= s.length()) {
        throw fail("end of text");
      }
      char c = s.charAt(i);
      switch (c) {
        case '{' -> {
          i++;
          Map<String, Json> fields = new LinkedHashMap<>();
          space();
          if (peek('}')) {
            return new Json.Obj(fields);
          }
          do {
            space();
            String key = string();
            space();
            expect(':');
            fields.put(key, value(depth + 1));
            space();
          } while (peek(','));
          expect('}');
          return new Json.Obj(fields);
        }
        case '[' -> {
          i++;
          List<Json> items = new ArrayList<>();
          space();
          if (peek(']')) {
            return new Json.Arr(items);
          }
          do {
            items.add(value(depth + 1));
            space();
          } while (peek(','));
          expect(']');
          return new Json.Arr(items);
        }
        case '"' -> {
          return new Json.Str(string());
        }
        default -> {
          if (s.startsWith("true", i)) {
            i += 4;
            return new Json.Bool(true);
          }
          if (s.startsWith("false", i)) {
            i += 5;
            return new Json.Bool(false);
          }
          if (s.startsWith("null", i)) {
            i += 4;
            return Json.Null.NULL;
          }
          int start = i;
          while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
            i++;
          }
          try {
            return new Json.Num(new BigDecimal(s.substring(start, i)));
          } catch (NumberFormatException e) {
            throw fail("not a value");
          }
        }
      }
    }

    boolean peek(char c) {
      if (i < s.length() && s.charAt(i) == c) {
        i++;
        return true;
      }
      return false;
    }

    void expect(char c) {
      if (!peek(c)) {
        throw fail("expected " + c);
      }
    }

    String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (true) {
        if (i >= s.length()) {
          throw fail("unterminated string");
        }
        char c = s.charAt(i++);
        if (c == '"') {
          return out.toString();
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        if (i >= s.length()) {
          throw fail("unterminated escape");
        }
        char e = s.charAt(i++);
        switch (e) {
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> {
            if (i + 4 > s.length()) {
              throw fail("short \\u escape");
            }
            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          default -> out.append(e);
        }
      }
    }
  }
}

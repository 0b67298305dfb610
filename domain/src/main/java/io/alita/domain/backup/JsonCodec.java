package io.alita.domain.backup;

import io.alita.domain.backup.BackupRejected.Reason;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes the JSON of backup files (decision 0032). The reader is strict (RFC 8259, valid UTF-8, nothing after
 * the value) and bounded: a file larger than {@link BackupFile#MAX_BYTES} is refused before a byte is looked at, nesting
 * is limited to {@value #MAX_DEPTH} levels and the whole file to {@value #MAX_VALUES} values, and a number to
 * {@value #MAX_NUMBER_DIGITS} digits with an exponent of at most {@value #MAX_EXPONENT}; it never recurses, so no input
 * can exhaust the stack. Every refusal is a {@link BackupRejected}; nothing else is thrown for any input.
 *
 * <p>Choices where RFC 8259 leaves room: a UTF-8 byte order mark before the value is skipped; an object with the same
 * key twice is refused (Go's encoding/json would keep the last, which hides a hand edit); a backslash-u escape of an
 * unpaired surrogate is refused (Go's encoder never writes one); a number's value is kept exactly as a
 * {@link BigDecimal}, an integer written with an exponent ({@code 1e3}) as the plain integer ({@code 1000}).
 *
 * <p>The writer indents with two spaces as Go's {@code json.MarshalIndent(v, "", "  ")} and escapes as Go's encoder:
 * quotes, backslashes and control characters, and {@code <}, {@code >}, {@code &}, U+2028 and U+2029 as backslash-u
 * escapes; an unpaired surrogate in a string is written as U+FFFD (as Go writes invalid UTF-8). Numbers are written
 * in plain form ({@code 1000}, never {@code 1E+3}).
 */
public final class JsonCodec {

  /** The deepest nesting of arrays and objects read (the file's top-level object is level 1). */
  public static final int MAX_DEPTH = 64;
  /** The most values (of any type, containers included) one file may hold. */
  public static final int MAX_VALUES = 1_000_000;
  /** The most digits a number may have (before and after its decimal point). */
  public static final int MAX_NUMBER_DIGITS = 1_000;
  /** The largest exponent (in absolute value) a number may have. */
  public static final int MAX_EXPONENT = 1_000;
  private static final int MAX_EXPONENT_DIGITS = 10;

  private JsonCodec() {}

  /**
   * The one JSON value of {@code utf8}.
   *
   * @throws BackupRejected for input that is too large ({@code TOO_LARGE}), not UTF-8 or not JSON ({@code NOT_JSON},
   *     the detail giving the byte offset), ends early ({@code TRUNCATED}), has more than whitespace after the value
   *     ({@code TRAILING_DATA}) or is nested too deep or holds too much ({@code TOO_COMPLEX})
   */
  public static Json read(byte[] utf8) {
    if (utf8.length > BackupFile.MAX_BYTES) {
      throw new BackupRejected(Reason.TOO_LARGE, utf8.length + " bytes");
    }
    return new Reader(utf8).document();
  }

  /** {@code value} as UTF-8 JSON, indented with two spaces. Nesting deeper than {@link #MAX_DEPTH} is refused. */
  public static byte[] write(Json value) {
    Writer writer = new Writer();
    writer.value(value, 1);
    return writer.out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** {@code value} as JSON text, indented with two spaces (what {@link #write} encodes as UTF-8). */
  public static String writeString(Json value) {
    Writer writer = new Writer();
    writer.value(value, 1);
    return writer.out.toString();
  }

  /** An array or object being read: its items so far, and for an object the key whose value comes next. */
  private static final class Frame {
    final List<Json> items;
    final Map<String, Json> fields;
    String key;

    Frame(boolean object) {
      this.items = object ? null : new ArrayList<>();
      this.fields = object ? new LinkedHashMap<>() : null;
    }

    boolean isObject() {
      return fields != null;
    }

    Json finish() {
      return isObject() ? new Json.Obj(fields) : new Json.Arr(items);
    }
  }

  /** One pass over the bytes, with an explicit stack of the open arrays and objects. */
  private static final class Reader {
    private final byte[] in;
    private final int end;
    private int pos;
    private int values;
    private final Deque<Frame> open = new ArrayDeque<>();

    Reader(byte[] in) {
      this.in = in;
      this.end = in.length;
      if (end >= 3 && (in[0] & 0xFF) == 0xEF && (in[1] & 0xFF) == 0xBB && (in[2] & 0xFF) == 0xBF) {
        pos = 3;
      }
    }

    Json document() {
      skipWhitespace();
      if (pos == end) {
        throw new BackupRejected(Reason.NOT_JSON, "at byte " + pos + ": the file is empty");
      }
      Json value = startValue();
      while (true) {
        if (value == null) {
          // An array or object was just opened: it may be empty.
          Frame frame = open.peek();
          skipWhitespace();
          if (frame.isObject()) {
            if (peek() == '}') {
              pos++;
              value = close();
            } else {
              frame.key = key(frame);
              value = startValue();
            }
          } else if (peek() == ']') {
            pos++;
            value = close();
          } else {
            value = startValue();
          }
          continue;
        }
        Frame frame = open.peek();
        if (frame == null) {
          break;
        }
        if (frame.isObject()) {
          frame.fields.put(frame.key, value);
        } else {
          frame.items.add(value);
        }
        skipWhitespace();
        int c = peek();
        if (c == ',') {
          pos++;
          if (frame.isObject()) {
            skipWhitespace();
            frame.key = key(frame);
          }
          value = startValue();
        } else if (c == (frame.isObject() ? '}' : ']')) {
          pos++;
          value = close();
        } else {
          throw unexpected(frame.isObject() ? "expected ',' or '}'" : "expected ',' or ']'");
        }
      }
      skipWhitespace();
      if (pos < end) {
        throw new BackupRejected(Reason.TRAILING_DATA, "at byte " + pos);
      }
      return value;
    }

    private Json close() {
      return open.pop().finish();
    }

    /** The key of the next member and its colon; {@code pos} at the key's opening quote (or what stands there). */
    private String key(Frame frame) {
      int at = pos;
      if (peek() != '"') {
        throw unexpected("expected a key in quotes");
      }
      String key = string();
      if (frame.fields.containsKey(key)) {
        throw new BackupRejected(Reason.NOT_JSON, "at byte " + at + ": the key \"" + shortened(key) + "\" twice");
      }
      skipWhitespace();
      if (peek() != ':') {
        throw unexpected("expected ':'");
      }
      pos++;
      return key;
    }

    /** A scalar value, or {@code null} after opening an array or object (pushed). */
    private Json startValue() {
      skipWhitespace();
      int c = peek();
      if (++values > MAX_VALUES) {
        throw new BackupRejected(Reason.TOO_COMPLEX, "more than " + MAX_VALUES + " values");
      }
      switch (c) {
        case '{', '[' -> {
          if (open.size() >= MAX_DEPTH) {
            throw new BackupRejected(Reason.TOO_COMPLEX, "nested deeper than " + MAX_DEPTH + " levels");
          }
          pos++;
          open.push(new Frame(c == '{'));
          return null;
        }
        case '"' -> {
          return new Json.Str(string());
        }
        case 't' -> {
          literal("true");
          return new Json.Bool(true);
        }
        case 'f' -> {
          literal("false");
          return new Json.Bool(false);
        }
        case 'n' -> {
          literal("null");
          return Json.Null.NULL;
        }
        default -> {
          if (c == '-' || (c >= '0' && c <= '9')) {
            return number();
          }
          throw unexpected("expected a value");
        }
      }
    }

    private void literal(String word) {
      for (int i = 0; i < word.length(); i++) {
        if (pos == end) {
          throw truncated();
        }
        if (in[pos] != word.charAt(i)) {
          throw unexpected("expected " + word);
        }
        pos++;
      }
      if (pos < end && isWordByte(in[pos])) {
        throw unexpected("expected ',' or the end of the value");
      }
    }

    private Json number() {
      int start = pos;
      int digits = 0;
      if (in[pos] == '-') {
        pos++;
      }
      if (pos == end) {
        throw truncated();
      }
      if (in[pos] == '0') {
        pos++;
        digits++;
        if (pos < end && isDigit(in[pos])) {
          throw unexpected("a number with a leading zero");
        }
      } else if (isDigit(in[pos])) {
        digits += digitsFrom(digits);
      } else {
        throw unexpected("expected a digit");
      }
      if (pos < end && in[pos] == '.') {
        pos++;
        if (pos == end) {
          throw truncated();
        }
        if (!isDigit(in[pos])) {
          throw unexpected("expected a digit");
        }
        digits += digitsFrom(digits);
      }
      long exponent = 0;
      if (pos < end && (in[pos] == 'e' || in[pos] == 'E')) {
        pos++;
        if (pos < end && (in[pos] == '+' || in[pos] == '-')) {
          pos++;
        }
        if (pos == end) {
          throw truncated();
        }
        if (!isDigit(in[pos])) {
          throw unexpected("expected a digit");
        }
        int expStart = pos;
        while (pos < end && in[pos] == '0') {
          pos++;
        }
        int significant = 0;
        while (pos < end && isDigit(in[pos])) {
          if (++significant > MAX_EXPONENT_DIGITS) {
            throw new BackupRejected(Reason.TOO_COMPLEX, "at byte " + start + ": a number's exponent is too large");
          }
          exponent = exponent * 10 + (in[pos] - '0');
          pos++;
        }
        if (exponent > MAX_EXPONENT) {
          throw new BackupRejected(Reason.TOO_COMPLEX, "at byte " + start + ": a number's exponent is too large");
        }
        if (pos == expStart) {
          throw unexpected("expected a digit");
        }
      }
      if (pos < end && (isWordByte(in[pos]) || in[pos] == '.' || in[pos] == '+' || in[pos] == '-')) {
        throw unexpected("an invalid number");
      }
      BigDecimal value = new BigDecimal(new String(in, start, pos - start, StandardCharsets.US_ASCII));
      if (value.scale() < 0) {
        value = value.setScale(0);
      }
      return new Json.Num(value);
    }

    /** Skips a run of digits, refusing a number of more than {@link #MAX_NUMBER_DIGITS} digits; returns how many. */
    private int digitsFrom(int before) {
      int count = 0;
      while (pos < end && isDigit(in[pos])) {
        if (before + ++count > MAX_NUMBER_DIGITS) {
          throw new BackupRejected(Reason.TOO_COMPLEX, "at byte " + pos + ": a number of more than "
              + MAX_NUMBER_DIGITS + " digits");
        }
        pos++;
      }
      return count;
    }

    /** A string, {@code pos} at its opening quote; strict UTF-8 and escapes. */
    private String string() {
      pos++;
      StringBuilder out = new StringBuilder();
      while (true) {
        if (pos == end) {
          throw truncated();
        }
        int b = in[pos] & 0xFF;
        if (b == '"') {
          pos++;
          return out.toString();
        }
        if (b == '\\') {
          escape(out);
        } else if (b < 0x20) {
          throw unexpected("a control character in a string");
        } else if (b < 0x80) {
          out.append((char) b);
          pos++;
        } else {
          out.appendCodePoint(utf8Sequence(b));
        }
      }
    }

    private void escape(StringBuilder out) {
      int at = pos;
      pos++;
      if (pos == end) {
        throw truncated();
      }
      int c = in[pos];
      pos++;
      switch (c) {
        case '"' -> out.append('"');
        case '\\' -> out.append('\\');
        case '/' -> out.append('/');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          char unit = hex4();
          if (Character.isHighSurrogate(unit)) {
            if (end - pos < 2 && (pos == end || in[pos] == '\\')) {
              throw truncated();
            }
            if (in[pos] != '\\' || in[pos + 1] != 'u') {
              throw new BackupRejected(Reason.NOT_JSON, "at byte " + at + ": an unpaired surrogate escape");
            }
            pos += 2;
            char low = hex4();
            if (!Character.isLowSurrogate(low)) {
              throw new BackupRejected(Reason.NOT_JSON, "at byte " + at + ": an unpaired surrogate escape");
            }
            out.append(unit).append(low);
          } else if (Character.isLowSurrogate(unit)) {
            throw new BackupRejected(Reason.NOT_JSON, "at byte " + at + ": an unpaired surrogate escape");
          } else {
            out.append(unit);
          }
        }
        default -> {
          pos = at;
          throw unexpected("an invalid escape");
        }
      }
    }

    private char hex4() {
      int value = 0;
      for (int i = 0; i < 4; i++) {
        if (pos == end) {
          throw truncated();
        }
        int digit = Character.digit(in[pos], 16);
        if (digit < 0 || in[pos] < 0) {
          throw unexpected("expected a hex digit");
        }
        value = value * 16 + digit;
        pos++;
      }
      return (char) value;
    }

    /** The code point of the multi-byte UTF-8 sequence starting with {@code lead} at {@code pos}; moves past it. */
    private int utf8Sequence(int lead) {
      int length;
      int min;
      int max;
      if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
      } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
      } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
      } else {
        throw invalidUtf8();
      }
      // The second byte's range excludes overlong forms, surrogates and code points above U+10FFFF.
      min = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
      max = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
      int codePoint = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
      for (int i = 1; i < length; i++) {
        if (pos + i >= end) {
          throw truncated();
        }
        int next = in[pos + i] & 0xFF;
        if (next < (i == 1 ? min : 0x80) || next > (i == 1 ? max : 0xBF)) {
          throw invalidUtf8();
        }
        codePoint = (codePoint << 6) | (next & 0x3F);
      }
      pos += length;
      return codePoint;
    }

    private void skipWhitespace() {
      while (pos < end) {
        byte b = in[pos];
        if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
          return;
        }
        pos++;
      }
    }

    /** The byte at {@code pos}; the end of the input here means the file was cut off. */
    private int peek() {
      if (pos == end) {
        throw truncated();
      }
      return in[pos] & 0xFF;
    }

    private BackupRejected truncated() {
      return new BackupRejected(Reason.TRUNCATED, "ends at byte " + end);
    }

    private BackupRejected invalidUtf8() {
      return new BackupRejected(Reason.NOT_JSON, "at byte " + pos + ": invalid UTF-8");
    }

    private BackupRejected unexpected(String what) {
      int b = in[pos] & 0xFF;
      if (b >= 0x80) {
        return new BackupRejected(Reason.NOT_JSON, "at byte " + pos + ": " + what);
      }
      String shown = b > 0x20 && b < 0x7F ? "'" + (char) b + "'" : String.format("0x%02X", b);
      return new BackupRejected(Reason.NOT_JSON, "at byte " + pos + ": " + what + ", found " + shown);
    }

    private static boolean isDigit(byte b) {
      return b >= '0' && b <= '9';
    }

    private static boolean isWordByte(byte b) {
      return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '_';
    }
  }

  /** A key shown in a refusal: at most 40 characters, control characters dropped. */
  static String shortened(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().filter(cp -> !Character.isISOControl(cp)).limit(40).forEach(out::appendCodePoint);
    if (text.codePointCount(0, text.length()) > 40) {
      out.append('…');
    }
    return out.toString();
  }

  /** Indented output, as Go's MarshalIndent with two spaces. */
  private static final class Writer {
    private final StringBuilder out = new StringBuilder();

    void value(Json value, int depth) {
      if (value instanceof Json.Obj obj) {
        checkDepth(depth);
        if (obj.fields().isEmpty()) {
          out.append("{}");
          return;
        }
        out.append('{');
        Iterator<Map.Entry<String, Json>> it = obj.fields().entrySet().iterator();
        Set<String> written = new HashSet<>();
        while (it.hasNext()) {
          Map.Entry<String, Json> field = it.next();
          if (!written.add(wellFormed(field.getKey()))) {
            // two keys differing only in unpaired surrogates would be written the same: not readable again
            throw new IllegalArgumentException("two keys that are the same once written: " + shortened(field.getKey()));
          }
          newline(depth);
          string(field.getKey());
          out.append(": ");
          value(field.getValue(), depth + 1);
          if (it.hasNext()) {
            out.append(',');
          }
        }
        newline(depth - 1);
        out.append('}');
      } else if (value instanceof Json.Arr arr) {
        checkDepth(depth);
        if (arr.items().isEmpty()) {
          out.append("[]");
          return;
        }
        out.append('[');
        for (int i = 0; i < arr.items().size(); i++) {
          newline(depth);
          value(arr.items().get(i), depth + 1);
          if (i < arr.items().size() - 1) {
            out.append(',');
          }
        }
        newline(depth - 1);
        out.append(']');
      } else if (value instanceof Json.Str str) {
        string(str.value());
      } else if (value instanceof Json.Num num) {
        out.append(num.value().toPlainString());
      } else if (value instanceof Json.Bool bool) {
        out.append(bool.value());
      } else if (value == Json.Null.NULL) {
        out.append("null");
      } else {
        throw new IllegalArgumentException("not a JSON value: " + value);
      }
    }

    private static void checkDepth(int depth) {
      if (depth > MAX_DEPTH) {
        throw new IllegalArgumentException("JSON nested deeper than " + MAX_DEPTH + " levels");
      }
    }

    private void newline(int depth) {
      out.append('\n');
      for (int i = 0; i < depth; i++) {
        out.append("  ");
      }
    }

    private void string(String s) {
      out.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          case '\b' -> out.append("\\b");
          case '\f' -> out.append("\\f");
          case '<', '>', '&', '\u2028', '\u2029' -> unicodeEscape(c);
          default -> {
            if (c < 0x20) {
              unicodeEscape(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1))) {
              out.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
              out.append('\uFFFD');
            } else {
              out.append(c);
            }
          }
        }
      }
      out.append('"');
    }

    /** {@code s} with each unpaired surrogate replaced by U+FFFD, as it is written. */
    private static String wellFormed(String s) {
      StringBuilder out = null;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          if (out == null) {
            out = new StringBuilder(s);
          }
          out.setCharAt(i, '\uFFFD');
        }
      }
      return out == null ? s : out.toString();
    }

    private void unicodeEscape(char c) {
      out.append("\\u");
      String hex = Integer.toHexString(c);
      for (int pad = hex.length(); pad < 4; pad++) {
        out.append('0');
      }
      out.append(hex);
    }
  }
}

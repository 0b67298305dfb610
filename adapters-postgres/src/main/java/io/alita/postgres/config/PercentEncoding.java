package io.alita.postgres.config;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding for the parts of a connection URL. Strict on purpose: a lone {@code %} or a sequence that
 * is not UTF-8 is an error rather than a guess, because a silently mangled password only shows up later as an
 * authentication failure.
 */
final class PercentEncoding {

  private PercentEncoding() {}

  /**
   * Decodes {@code %XX} sequences as UTF-8.
   *
   * @param plusIsSpace true for query-string values, where {@code +} stands for a space (as Go's url.ParseQuery reads them)
   * @throws IllegalArgumentException without echoing the input (it may be a password)
   */
  static String decode(String encoded, boolean plusIsSpace) {
    if (encoded.indexOf('%') < 0 && !(plusIsSpace && encoded.indexOf('+') >= 0)) {
      return encoded;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    int literalStart = 0;
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c != '%' && !(c == '+' && plusIsSpace)) {
        continue;
      }
      // flush the literal run before this escape as UTF-8 (keeps surrogate pairs together)
      bytes.writeBytes(encoded.substring(literalStart, i).getBytes(StandardCharsets.UTF_8));
      if (c == '+') {
        bytes.write(' ');
      } else {
        if (i + 2 >= encoded.length()) {
          throw new IllegalArgumentException("incomplete escape");
        }
        int hi = hexValue(encoded.charAt(i + 1));
        int lo = hexValue(encoded.charAt(i + 2));
        if (hi < 0 || lo < 0) {
          throw new IllegalArgumentException("bad escape");
        }
        bytes.write(hi << 4 | lo);
        i += 2;
      }
      literalStart = i + 1;
    }
    bytes.writeBytes(encoded.substring(literalStart).getBytes(StandardCharsets.UTF_8));
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("not UTF-8");
    }
  }

  // Character.digit would also accept non-ASCII digits such as U+0663; an escape is ASCII hex only.
  private static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /** Encodes everything except RFC 3986 unreserved characters, so the result is safe in any URL component. */
  static String encode(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}

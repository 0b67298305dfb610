package io.alita.domain.callback;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The data behind an inline button: {@code <namespace>|v1|<k=v&k=v>}, keys and values URL-encoded (form encoding, as Go's
 * {@code url.Values} writes it, so buttons sent by the original bot still decode), or {@code _} when there are no fields.
 * Example: {@code rmWarn|v1|u=12345}.
 *
 * <p>The version marker lets the format change later without misreading old buttons, which stay in chats for years.
 *
 * @param namespace which handler the button belongs to
 * @param fields the key-value pairs, in the order they are encoded; keys are non-empty, values may be empty
 */
public record CallbackData(CallbackNamespace namespace, Map<String, String> fields) {

  /** Telegram's limit on callback data, in UTF-8 bytes. */
  public static final int MAX_BYTES = 64;

  private static final String VERSION = "v1";
  private static final String NO_FIELDS = "_";

  public CallbackData {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(fields, "fields");
    LinkedHashMap<String, String> copy = new LinkedHashMap<>();
    fields.forEach((key, value) -> {
      Objects.requireNonNull(key, "field key");
      Objects.requireNonNull(value, () -> "value of field " + key);
      if (key.isEmpty()) {
        throw new IllegalArgumentException("callback field keys must not be empty");
      }
      copy.put(key, value);
    });
    fields = Collections.unmodifiableMap(copy);
  }

  /** Data with no fields yet. */
  public static CallbackData of(CallbackNamespace namespace) {
    return new CallbackData(namespace, Map.of());
  }

  /** A copy with {@code key} set to {@code value} (replacing an earlier value, keeping its position). */
  public CallbackData with(String key, String value) {
    LinkedHashMap<String, String> more = new LinkedHashMap<>(fields);
    more.put(key, value);
    return new CallbackData(namespace, more);
  }

  /** A copy with {@code key} set to the decimal {@code value}, for ids. */
  public CallbackData with(String key, long value) {
    return with(key, Long.toString(value));
  }

  /** The value of {@code key}, if present. */
  public Optional<String> field(String key) {
    return Optional.ofNullable(fields.get(key));
  }

  /** True when this button belongs to {@code expected}. */
  public boolean is(CallbackNamespace expected) {
    return namespace.equals(expected);
  }

  /**
   * The wire form, ready for {@code InlineKeyboardButton.callback_data}.
   *
   * @throws CallbackDataTooLongException if it is over {@value #MAX_BYTES} bytes in UTF-8
   */
  public String encode() {
    StringBuilder out = new StringBuilder(namespace.value()).append('|').append(VERSION).append('|');
    if (fields.isEmpty()) {
      out.append(NO_FIELDS);
    } else {
      String separator = "";
      for (Map.Entry<String, String> field : fields.entrySet()) {
        out.append(separator).append(escape(field.getKey())).append('=').append(escape(field.getValue()));
        separator = "&";
      }
    }
    String encoded = out.toString();
    int bytes = encoded.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_BYTES) {
      throw new CallbackDataTooLongException(encoded, bytes);
    }
    return encoded;
  }

  /**
   * Reads data produced by {@link #encode}. Anything else is empty, never an exception: unversioned data from the bot's
   * older releases, another version, a garbled or forged payload. Any namespace is accepted; the caller checks it with
   * {@link #is}.
   */
  public static Optional<CallbackData> decode(String data) {
    if (data == null) {
      return Optional.empty();
    }
    int first = data.indexOf('|');
    int second = first < 0 ? -1 : data.indexOf('|', first + 1);
    if (second < 0) {
      return Optional.empty();
    }
    String namespace = data.substring(0, first);
    String version = data.substring(first + 1, second);
    String payload = data.substring(second + 1);
    if (!CallbackNamespace.isValid(namespace) || !VERSION.equals(version) || payload.isEmpty() || payload.indexOf('|') >= 0) {
      return Optional.empty();
    }
    if (payload.equals(NO_FIELDS)) {
      return Optional.of(of(new CallbackNamespace(namespace)));
    }
    LinkedHashMap<String, String> fields = new LinkedHashMap<>();
    for (String pair : payload.split("&", -1)) {
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        return Optional.empty();
      }
      Optional<String> key = unescape(pair.substring(0, equals));
      Optional<String> value = unescape(pair.substring(equals + 1));
      if (key.isEmpty() || value.isEmpty() || key.get().isEmpty() || fields.putIfAbsent(key.get(), value.get()) != null) {
        return Optional.empty();
      }
    }
    return Optional.of(new CallbackData(new CallbackNamespace(namespace), fields));
  }

  private static String escape(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /**
   * Form decoding that refuses what {@link java.net.URLDecoder} would let through: a bad or truncated {@code %} escape, and bytes
   * that are not UTF-8 (which {@code URLDecoder} turns into U+FFFD instead of reporting).
   */
  private static Optional<String> unescape(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%') {
        if (i + 2 >= text.length()) {
          return Optional.empty();
        }
        int high = Character.digit(text.charAt(i + 1), 16);
        int low = Character.digit(text.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return Optional.empty();
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        // Telegram only hands back what we encoded, which is ASCII; raw non-ASCII means someone else wrote it.
        return Optional.empty();
      }
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString());
    } catch (CharacterCodingException notUtf8) {
      return Optional.empty();
    }
  }
}

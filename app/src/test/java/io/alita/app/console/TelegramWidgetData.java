package io.alita.app.console;

import io.alita.telegram.fakeapi.FakeUser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What Telegram's Login Widget sends to {@code data-auth-url} after a user confirms: their fields and {@code hash},
 * the HMAC-SHA-256 of the sorted {@code key=value} lines under SHA-256(bot token), as the widget documentation says.
 */
final class TelegramWidgetData {

  private TelegramWidgetData() {}

  /** The query string Telegram would append for {@code user}, signed at {@code authDate} with {@code botToken}. */
  static String query(FakeUser user, Instant authDate, String botToken) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("id", Long.toString(user.id()));
    fields.put("first_name", user.firstName());
    if (user.username() != null) {
      fields.put("username", user.username());
    }
    fields.put("auth_date", Long.toString(authDate.getEpochSecond()));
    fields.put("hash", hash(fields, botToken));
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String hash(Map<String, String> fields, String botToken) {
    String check = new TreeMap<>(fields).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("\n"));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(MessageDigest.getInstance("SHA-256")
          .digest(botToken.getBytes(StandardCharsets.UTF_8)), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(check.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}

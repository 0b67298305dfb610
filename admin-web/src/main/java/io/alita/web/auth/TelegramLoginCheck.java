package io.alita.web.auth;

import io.alita.domain.console.Person;
import io.alita.domain.model.UserId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the data the Telegram Login Widget sends back, as https://core.telegram.org/widgets/login#checking-authorization
 * says: every received field but {@code hash}, sorted by name, as {@code key=value} lines joined by {@code \n}, signed
 * with HMAC-SHA-256 under the key SHA-256(bot token); the hex signature must equal {@code hash} (compared in constant
 * time). Data older than {@link #MAX_AGE} is refused: the widget redirects seconds after the user confirms, so an older
 * signature is a copy being replayed, not a sign-in in progress.
 */
public final class TelegramLoginCheck {

  /** How long after Telegram signed it the data is still accepted. */
  public static final Duration MAX_AGE = Duration.ofMinutes(10);
  /** How far in the future {@code auth_date} may be (our clock and Telegram's disagree a little). */
  static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(1);

  private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
  private static final Pattern WHOLE = Pattern.compile("[0-9]{1,19}");

  private final byte[] secretKey;
  private final Clock clock;

  /** @param botToken the token of the bot named in the widget: Telegram signs with it, so nobody else can */
  public TelegramLoginCheck(String botToken, Clock clock) {
    Objects.requireNonNull(botToken, "botToken");
    this.clock = Objects.requireNonNull(clock, "clock");
    try {
      this.secretKey = MessageDigest.getInstance("SHA-256").digest(botToken.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** Why the data was refused. */
  public enum Refusal {
    /** Fields missing, repeated or malformed, or a signature that does not match: not from Telegram for this bot. */
    NOT_SIGNED,
    /** Signed, but longer ago than {@link #MAX_AGE} (or too far in the future). */
    TOO_OLD
  }

  /**
   * The outcome: a person with the proof to spend once, or a refusal.
   *
   * @param proof       the signature, which the sign-in records as used
   * @param usableUntil when this data would be refused as too old
   */
  public record Outcome(Optional<Person> person, String proof, Instant usableUntil, Optional<Refusal> refusal) {

    static Outcome refused(Refusal why) {
      return new Outcome(Optional.empty(), "", Instant.EPOCH, Optional.of(why));
    }
  }

  /** Checks the query parameters of the widget's redirect (each name may appear once). */
  public Outcome check(Map<String, List<String>> received) {
    TreeMap<String, String> fields = new TreeMap<>();
    for (Map.Entry<String, List<String>> e : received.entrySet()) {
      if (e.getValue().size() != 1) {
        return Outcome.refused(Refusal.NOT_SIGNED);
      }
      fields.put(e.getKey(), e.getValue().get(0));
    }
    String hash = fields.remove("hash");
    String id = fields.get("id");
    String authDate = fields.get("auth_date");
    if (hash == null || !HEX_SHA256.matcher(hash).matches() || id == null || !WHOLE.matcher(id).matches()
        || authDate == null || !WHOLE.matcher(authDate).matches()) {
      return Outcome.refused(Refusal.NOT_SIGNED);
    }
    if (!MessageDigest.isEqual(sign(dataCheckString(fields)), HexFormat.of().parseHex(hash.toLowerCase(Locale.ROOT)))) {
      return Outcome.refused(Refusal.NOT_SIGNED);
    }
    long userId;
    Instant signedAt;
    try {
      userId = Long.parseLong(id);
      signedAt = Instant.ofEpochSecond(Long.parseLong(authDate));
    } catch (NumberFormatException | java.time.DateTimeException e) {
      return Outcome.refused(Refusal.NOT_SIGNED);
    }
    if (userId <= 0) {
      return Outcome.refused(Refusal.NOT_SIGNED);
    }
    Instant now = clock.instant();
    if (signedAt.isAfter(now.plus(MAX_CLOCK_SKEW)) || !signedAt.plus(MAX_AGE).isAfter(now)) {
      return Outcome.refused(Refusal.TOO_OLD);
    }
    Person person = new Person(UserId.of(userId), displayName(fields));
    return new Outcome(Optional.of(person), hash.toLowerCase(Locale.ROOT), signedAt.plus(MAX_AGE), Optional.empty());
  }

  /** {@code key=value} lines, sorted by key, joined by line feeds (the fields must not include {@code hash}). */
  static String dataCheckString(TreeMap<String, String> fields) {
    StringBuilder out = new StringBuilder();
    fields.forEach((k, v) -> {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(k).append('=').append(v);
    });
    return out.toString();
  }

  private byte[] sign(String dataCheckString) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secretKey, "HmacSHA256"));
      return mac.doFinal(dataCheckString.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JVM has HmacSHA256", e);
    }
  }

  /** "First Last (@username)", as the bot's /console link names people. */
  private static String displayName(Map<String, String> fields) {
    String first = fields.getOrDefault("first_name", "").strip();
    String last = fields.getOrDefault("last_name", "").strip();
    String full = (first + " " + last).strip();
    if (full.isEmpty()) {
      full = "user " + fields.get("id");
    }
    String username = fields.getOrDefault("username", "").strip();
    return username.isEmpty() ? full : full + " (@" + username + ")";
  }

  @Override
  public String toString() {
    return "TelegramLoginCheck[key=***]";
  }
}

package io.alita.domain.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A random secret handed to a browser (session id, login link token). Only its SHA-256 {@link #hash()} is stored, so
 * a copy of the database does not let anyone in. 32 random bytes: guessing is not an attack worth a rate limit.
 */
public final class OpaqueToken {

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final String value;

  private OpaqueToken(String value) {
    this.value = value;
  }

  /** A new token from {@code random}. */
  public static OpaqueToken generate(SecureRandom random) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return new OpaqueToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** The token a browser sent back, or null when it cannot be one of ours (wrong length or characters). */
  public static OpaqueToken parse(String text) {
    return text != null && SHAPE.matcher(text).matches() ? new OpaqueToken(text) : null;
  }

  /** What the browser keeps (URL- and cookie-safe). */
  public String value() {
    return value;
  }

  /** What the database keeps: hex SHA-256 of {@link #value()}. */
  public String hash() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** Never the secret itself. */
  @Override
  public String toString() {
    return "OpaqueToken[***]";
  }
}

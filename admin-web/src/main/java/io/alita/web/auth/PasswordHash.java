package io.alita.web.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A password hash as kept in {@code CONSOLE_OWNER_PASSWORD_HASH}: {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}
 * (salt and hash in base64). PBKDF2 because the JDK has it and the stack is fixed; 310,000 iterations as OWASP
 * advises for PBKDF2-HMAC-SHA256. Made with {@code java -jar alita.jar hash-password}.
 */
public final class PasswordHash {

  public static final String PREFIX = "pbkdf2-sha256";
  public static final int DEFAULT_ITERATIONS = 310_000;
  private static final int MIN_ITERATIONS = 100_000;
  private static final int KEY_BITS = 256;

  private final int iterations;
  private final byte[] salt;
  private final byte[] hash;

  private PasswordHash(int iterations, byte[] salt, byte[] hash) {
    this.iterations = iterations;
    this.salt = salt;
    this.hash = hash;
  }

  /**
   * Reads a stored hash.
   *
   * @throws IllegalArgumentException with a message fit for a configuration error (it never repeats the value)
   */
  public static PasswordHash parse(String text) {
    Objects.requireNonNull(text, "text");
    String[] parts = text.trim().split("\\$");
    if (parts.length != 4 || !parts[0].equals(PREFIX)) {
      throw new IllegalArgumentException("is not a password hash of the form " + PREFIX
          + "$<iterations>$<salt>$<hash>; make one with `java -jar alita.jar hash-password`");
    }
    int iterations;
    try {
      iterations = Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("has an iteration count that is not a number; make a new hash with "
          + "`java -jar alita.jar hash-password`");
    }
    if (iterations < MIN_ITERATIONS) {
      throw new IllegalArgumentException("uses " + iterations + " iterations, fewer than " + MIN_ITERATIONS
          + "; make a new hash with `java -jar alita.jar hash-password`");
    }
    try {
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] hash = Base64.getDecoder().decode(parts[3]);
      if (salt.length < 16 || hash.length != KEY_BITS / 8) {
        throw new IllegalArgumentException("bad lengths");
      }
      return new PasswordHash(iterations, salt, hash);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("has a salt or hash that is not valid base64 of the right length; make a "
          + "new hash with `java -jar alita.jar hash-password`");
    }
  }

  /** Hashes a new password with a random salt. */
  public static PasswordHash create(char[] password, SecureRandom random) {
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    return new PasswordHash(DEFAULT_ITERATIONS, salt, derive(password, salt, DEFAULT_ITERATIONS));
  }

  /** True when {@code password} is the one hashed; the comparison takes the same time wherever they differ. */
  public boolean matches(String password) {
    return MessageDigest.isEqual(hash, derive(password.toCharArray(), salt, iterations));
  }

  /** The text to put in the environment. */
  public String encoded() {
    return PREFIX + "$" + iterations + "$" + Base64.getEncoder().encodeToString(salt) + "$"
        + Base64.getEncoder().encodeToString(hash);
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JVM has PBKDF2WithHmacSHA256", e);
    }
  }

  @Override
  public String toString() {
    return PREFIX + "$***";
  }

}

package io.alita.web.chats;

import io.alita.domain.backup.BackupModule;
import io.alita.domain.model.ChatId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Backup files uploaded to the console and previewed, kept in this process's memory until they are applied
 * (decision 0033). Each is reachable only by an unguessable token (256 random bits), only from the session that
 * uploaded it and only for the chat it was uploaded for, and only for {@link #TTL}. The store is bounded: at most
 * {@link #PER_SESSION} files per session and {@link #MAX_BYTES} in all; the oldest upload makes room for a new one
 * (whose owner then uploads again). A file is taken out when it is applied, so a second Apply cannot import it twice.
 */
final class PendingUploads {

  /** How long a previewed file waits for Apply. */
  static final Duration TTL = Duration.ofMinutes(15);
  /** Files kept per session: one being looked at, and one more in another tab. */
  static final int PER_SESSION = 2;
  /** Bytes kept in all, across sessions: five files of the largest size. */
  static final long MAX_BYTES = 5 * io.alita.domain.backup.BackupFile.MAX_BYTES;

  /**
   * One kept upload.
   *
   * @param session the hash of the session's CSRF token (which is per session and never shown to anyone else)
   * @param chosen the modules asked for at upload (empty: all the file holds)
   */
  record Upload(String session, ChatId chat, byte[] file, Set<BackupModule> chosen, String fileName,
      Instant expiresAt) {}

  private final Clock clock;
  private final SecureRandom random;
  private final Map<String, Upload> uploads = new LinkedHashMap<>(); // oldest first
  private long bytes;

  PendingUploads(Clock clock, SecureRandom random) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** Keeps {@code file} for the session's Apply; returns its token. */
  synchronized String keep(String csrfToken, ChatId chat, byte[] file, Set<BackupModule> chosen, String fileName) {
    expire();
    String session = hash(csrfToken);
    long mine = uploads.values().stream().filter(u -> u.session().equals(session)).count();
    for (Iterator<Upload> it = uploads.values().iterator(); it.hasNext() && mine >= PER_SESSION; ) {
      Upload u = it.next();
      if (u.session().equals(session)) {
        bytes -= u.file().length;
        it.remove();
        mine--;
      }
    }
    for (Iterator<Upload> it = uploads.values().iterator(); it.hasNext() && bytes + file.length > MAX_BYTES; ) {
      bytes -= it.next().file().length;
      it.remove();
    }
    byte[] token = new byte[32];
    random.nextBytes(token);
    String key = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    uploads.put(key, new Upload(session, chat, file, Set.copyOf(chosen), fileName, clock.instant().plus(TTL)));
    bytes += file.length;
    return key;
  }

  /** The session's upload for the chat under {@code token}, if it is still kept (it stays kept). */
  synchronized Optional<Upload> find(String token, String csrfToken, ChatId chat) {
    expire();
    Upload u = token == null ? null : uploads.get(token);
    if (u == null || !u.session().equals(hash(csrfToken)) || !u.chat().equals(chat)) {
      return Optional.empty();
    }
    return Optional.of(u);
  }

  /** Drops the upload under {@code token} (after it was applied). */
  synchronized void drop(String token) {
    Upload u = uploads.remove(token);
    if (u != null) {
      bytes -= u.file().length;
    }
  }

  /** How many uploads are kept (for tests and the bound). */
  synchronized int size() {
    expire();
    return uploads.size();
  }

  synchronized long bytes() {
    return bytes;
  }

  private void expire() {
    Instant now = clock.instant();
    for (Iterator<Upload> it = uploads.values().iterator(); it.hasNext(); ) {
      Upload u = it.next();
      if (!u.expiresAt().isAfter(now)) {
        bytes -= u.file().length;
        it.remove();
      }
    }
  }

  private static String hash(String csrfToken) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(csrfToken.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}

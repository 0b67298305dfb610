package io.alita.web.chats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.backup.BackupFile;
import io.alita.domain.backup.BackupModule;
import io.alita.domain.model.ChatId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PendingUploadsTest {

  static final ChatId CHAT = ChatId.of(-1001234L);
  static final ChatId OTHER = ChatId.of(-1005678L);

  /** A clock the test moves. */
  static final class Ticking extends Clock {
    Instant now = Instant.parse("2026-12-08T04:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final Ticking clock = new Ticking();
  final PendingUploads uploads = new PendingUploads(clock, new SecureRandom());

  @Test
  void anUploadIsFoundOnlyByItsTokenFromItsSessionForItsChat() {
    String token = uploads.keep("session-a", CHAT, new byte[] {1, 2}, Set.of(BackupModule.RULES), "b.json");
    assertEquals(43, token.length(), "256 random bits, base64url");
    assertTrue(uploads.find(token, "session-a", CHAT).isPresent());
    assertTrue(uploads.find(token, "session-b", CHAT).isEmpty(), "another session");
    assertTrue(uploads.find(token, "session-a", OTHER).isEmpty(), "another chat");
    assertTrue(uploads.find("x".repeat(43), "session-a", CHAT).isEmpty(), "a guessed token");
    assertTrue(uploads.find(null, "session-a", CHAT).isEmpty());
    assertEquals(Set.of(BackupModule.RULES), uploads.find(token, "session-a", CHAT).get().chosen());
    assertNotEquals(token, uploads.keep("session-a", CHAT, new byte[1], Set.of(), "c.json"));
  }

  @Test
  void anUploadExpiresAfterItsTtlAndIsDroppedWhenApplied() {
    String token = uploads.keep("s", CHAT, new byte[10], Set.of(), "b.json");
    clock.now = clock.now.plus(PendingUploads.TTL).minusSeconds(1);
    assertTrue(uploads.find(token, "s", CHAT).isPresent());
    clock.now = clock.now.plus(Duration.ofSeconds(1));
    assertTrue(uploads.find(token, "s", CHAT).isEmpty(), "expired");
    assertEquals(0, uploads.bytes());

    String again = uploads.keep("s", CHAT, new byte[10], Set.of(), "b.json");
    uploads.drop(again);
    assertTrue(uploads.find(again, "s", CHAT).isEmpty());
    assertEquals(0, uploads.size());
  }

  @Test
  void theStoreIsBoundedPerSessionAndInBytes() {
    String first = uploads.keep("s", CHAT, new byte[1], Set.of(), "1.json");
    String second = uploads.keep("s", CHAT, new byte[1], Set.of(), "2.json");
    String third = uploads.keep("s", CHAT, new byte[1], Set.of(), "3.json");
    assertTrue(uploads.find(first, "s", CHAT).isEmpty(), "the session's oldest made room");
    assertTrue(uploads.find(second, "s", CHAT).isPresent());
    assertTrue(uploads.find(third, "s", CHAT).isPresent());

    int big = (int) BackupFile.MAX_BYTES;
    for (int i = 0; i < 8; i++) {
      uploads.keep("session-" + i, CHAT, new byte[big], Set.of(), "big.json");
      assertTrue(uploads.bytes() <= PendingUploads.MAX_BYTES, "never more than the bound: " + uploads.bytes());
    }
    assertEquals(PendingUploads.MAX_BYTES / big, uploads.size(), "the oldest made room");
  }
}

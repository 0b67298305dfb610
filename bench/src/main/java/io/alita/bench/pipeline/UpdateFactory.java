package io.alita.bench.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ordinary group messages as Telegram sends them: a few everyday words (no blacklisted word, no filter keyword, no
 * link, no command) from one of {@value #MEMBERS} members, each a member of one of {@value #GROUPS} groups.
 */
final class UpdateFactory {

  static final int GROUPS = 200;
  static final int MEMBERS = 100_000;
  /** Group i (1..GROUPS) is {@code FIRST_GROUP - i + 1}; a supergroup-style id. */
  static final long FIRST_GROUP = -1_002_000_000_001L;
  /** Member k (0..MEMBERS-1) is {@code FIRST_MEMBER + k}, in group {@code k % GROUPS + 1}. */
  static final long FIRST_MEMBER = 5_000_000_001L;

  private static final String[] WORDS = {
    "hello", "thanks", "everyone", "meeting", "tomorrow", "morning", "evening", "today", "great", "idea", "please",
    "check", "the", "new", "schedule", "for", "our", "project", "sounds", "good", "see", "you", "later", "what", "time",
    "works", "best", "agreed", "coffee", "after", "lunch", "maybe", "weekend"
  };

  private final AtomicLong updateIds;

  /** @param updateIds the next update_id, shared by everything that makes updates in one worker's run */
  UpdateFactory(AtomicLong updateIds) {
    this.updateIds = updateIds;
  }

  static long group(int i) {
    return FIRST_GROUP - i + 1;
  }

  static long member(int k) {
    return FIRST_MEMBER + k;
  }

  /** One update's JSON (the next update_id). */
  String next(SplittableRandom random) {
    return next(random, random.nextInt(MEMBERS));
  }

  /** One update from a random member of group {@code g} (1..GROUPS): the warm-up's first message in each group. */
  String nextInGroup(SplittableRandom random, int g) {
    return next(random, random.nextInt(MEMBERS / GROUPS) * GROUPS + (g - 1));
  }

  private String next(SplittableRandom random, int k) {
    long id = updateIds.getAndIncrement();
    int g = k % GROUPS + 1;
    StringBuilder b = new StringBuilder(360);
    b.append("{\"update_id\":").append(id)
        .append(",\"message\":{\"message_id\":").append(id)
        .append(",\"from\":{\"id\":").append(member(k)).append(",\"is_bot\":false,\"first_name\":\"Member ")
        .append(k).append("\",\"username\":\"bench_member_").append(k).append("\",\"language_code\":\"en\"}")
        .append(",\"chat\":{\"id\":").append(group(g)).append(",\"title\":\"Bench group ").append(g)
        .append("\",\"type\":\"supergroup\"}")
        .append(",\"date\":").append(System.currentTimeMillis() / 1000)
        .append(",\"text\":\"");
    int words = 3 + random.nextInt(5);
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        b.append(' ');
      }
      b.append(WORDS[random.nextInt(WORDS.length)]);
    }
    b.append("\"}}");
    return b.toString();
  }

  byte[] nextBytes(SplittableRandom random) {
    return next(random).getBytes(StandardCharsets.UTF_8);
  }

  byte[] nextBytesInGroup(SplittableRandom random, int g) {
    return nextInGroup(random, g).getBytes(StandardCharsets.UTF_8);
  }
}

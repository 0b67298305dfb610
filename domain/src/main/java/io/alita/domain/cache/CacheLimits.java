package io.alita.domain.cache;

import java.time.Duration;
import java.util.Objects;

/**
 * How much one {@link PerChatCache} keeps: at most {@code maxChats} chats (the least recently used go first), and none
 * that was not read for {@code idle} (see docs/decisions/0038).
 *
 * @param maxChats at least 1
 * @param idle positive; a chat not read for this long is dropped and loaded again on its next message
 */
public record CacheLimits(int maxChats, Duration idle) {

  /** 10,000 chats per cache, 30 minutes idle (the original bot's matchers expired after 30 idle minutes). */
  public static final CacheLimits DEFAULT = new CacheLimits(10_000, Duration.ofMinutes(30));

  public CacheLimits {
    Objects.requireNonNull(idle, "idle");
    if (maxChats < 1) {
      throw new IllegalArgumentException("maxChats must be at least 1, was " + maxChats);
    }
    if (idle.isNegative() || idle.isZero()) {
      throw new IllegalArgumentException("idle must be positive, was " + idle);
    }
  }
}

package io.alita.telegram.send;

import java.time.Duration;
import java.util.Objects;

/**
 * The numbers {@link OutboundRateLimiter} enforces.
 *
 * @param global every call of the bot, whatever the chat
 * @param perChat messages into one chat (private or group)
 * @param perGroup messages into one group, supergroup or channel (negative chat id), on top of {@code perChat}
 * @param pauseMargin added to Telegram's {@code retry_after} before calls resume, so the first call after a pause does
 *     not arrive a hair too early
 * @param maxRetries how many times one call is repeated after 429 answers before giving up
 * @param maxWait the longest one {@link OutboundRateLimiter#call} may wait in total (queueing plus pauses) before it
 *     fails with {@link RateLimitedException.Kind#QUEUE_TIMEOUT}
 */
public record RateLimits(
    Rate global, Rate perChat, Rate perGroup, Duration pauseMargin, int maxRetries, Duration maxWait) {

  /** Retries of one call after 429s in {@link #telegramDefaults()}: a minute of 1-second pauses, plus their margins. */
  public static final int DEFAULT_MAX_RETRIES = 60;

  public RateLimits {
    Objects.requireNonNull(global, "global");
    Objects.requireNonNull(perChat, "perChat");
    Objects.requireNonNull(perGroup, "perGroup");
    if (pauseMargin == null || pauseMargin.isNegative()) {
      throw new IllegalArgumentException("pauseMargin must be zero or positive, got " + pauseMargin);
    }
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be zero or positive, got " + maxRetries);
    }
    if (maxWait == null || maxWait.isNegative()) {
      throw new IllegalArgumentException("maxWait must be zero or positive, got " + maxWait);
    }
  }

  /**
   * Telegram's published limits, as python-telegram-bot's {@code AIORateLimiter} uses them: 30 calls per second
   * overall, about one message per second per chat with a burst of 3, 20 messages per minute per group; a pause of
   * {@code retry_after} + 0.1 s after a 429, and at most a minute of waiting per call (a reply that arrives later than
   * that is worthless in a group conversation).
   *
   * <p>The minute is what bounds the retries, not their number: {@link #DEFAULT_MAX_RETRIES} is more than a minute of
   * Telegram's shortest {@code retry_after} (1 s) can hold. A fixed count of 3 gave a reply up after a few seconds when
   * Telegram kept answering 429 with a short {@code retry_after}, dropping it although the minute had not passed
   * (issue 13's fault suite, decision 0041).
   */
  public static RateLimits telegramDefaults() {
    return new RateLimits(
        new Rate(30, Duration.ofSeconds(1), 30),
        new Rate(1, Duration.ofSeconds(1), 3),
        new Rate(20, Duration.ofMinutes(1), 20),
        Duration.ofMillis(100),
        DEFAULT_MAX_RETRIES,
        Duration.ofMinutes(1));
  }

  /** A copy with another {@link #maxRetries}. */
  public RateLimits withMaxRetries(int retries) {
    return new RateLimits(global, perChat, perGroup, pauseMargin, retries, maxWait);
  }

  /** A copy with another {@link #maxWait}. */
  public RateLimits withMaxWait(Duration wait) {
    return new RateLimits(global, perChat, perGroup, pauseMargin, maxRetries, wait);
  }

  /**
   * A token bucket: {@code permits} tokens are refilled evenly over {@code per}, and at most {@code burst} can be
   * saved up. {@code Rate(20, 1 min, 20)} therefore allows 20 messages at once, then one every 3 s.
   */
  public record Rate(int permits, Duration per, int burst) {

    public Rate {
      if (permits < 1) {
        throw new IllegalArgumentException("permits must be at least 1, got " + permits);
      }
      if (per == null || per.isZero() || per.isNegative()) {
        throw new IllegalArgumentException("per must be a positive duration, got " + per);
      }
      if (burst < 1) {
        throw new IllegalArgumentException("burst must be at least 1, got " + burst);
      }
    }

    /** Time between two tokens. */
    long intervalNanos() {
      return Math.max(1, per.toNanos() / permits);
    }
  }
}

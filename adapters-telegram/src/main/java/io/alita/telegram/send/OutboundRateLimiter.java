package io.alita.telegram.send;

import io.alita.domain.model.ChatId;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The one gate every outbound Bot API call goes through.
 *
 * <p><b>Proactive limits.</b> Token buckets keep the bot under Telegram's flood limits ({@link
 * RateLimits#telegramDefaults()}): a global bucket for every call, and for {@link CallCategory#MESSAGE} calls a
 * bucket per chat plus, for groups (negative ids), a slower bucket per group. A caller that finds no token
 * <em>reserves</em> the earliest free slot and sleeps exactly until then: nothing polls, and callers of one chat are
 * served in the order they asked. Proactive throttling is what Telegram's FAQ and grammY recommend; sleeping only after
 * a 429 keeps a busy bot permanently at the limit.
 *
 * <p><b>Reactive pause.</b> A 429 with {@code retry_after = N} on <em>any</em> call pauses <em>all</em> calls for N
 * seconds plus {@link RateLimits#pauseMargin()} (python-telegram-bot's {@code AIORateLimiter} behaviour), and the
 * refused call is repeated, at most {@link RateLimits#maxRetries()} times. Repeating is safe because a 429 means
 * Telegram did not carry the request out. Callers already waiting for a slot when a pause begins give that slot up and
 * queue again behind the pause, so nothing is sent while Telegram asked for silence.
 *
 * <p><b>Refusals.</b> A failed call is classified by a {@link TelegramErrorClassifier}: everyday refusals become a
 * {@link TelegramRefusal}, everything else (outages, bugs, I/O errors) propagates untouched and is never retried here,
 * since an I/O error leaves it unknown whether a message was already sent.
 *
 * <p>{@link #call} blocks; use it from worker threads, never from a webhook's HTTP handler. Thread-safe.
 */
public final class OutboundRateLimiter {

  private static final Logger log = LoggerFactory.getLogger(OutboundRateLimiter.class);

  /** Idle per-chat buckets are swept at most this often, so the maps stay as small as the set of active chats. */
  private static final long SWEEP_INTERVAL_NANOS = Duration.ofMinutes(1).toNanos();

  private final RateLimits limits;
  private final TelegramErrorClassifier classifier;
  private final MonotonicClock clock;
  private final Sleeper sleeper;

  private final ReentrantLock lock = new ReentrantLock();
  // Everything below is guarded by lock.
  private final TokenBucket globalBucket;
  private final Map<Long, TokenBucket> chatBuckets = new HashMap<>();
  private final Map<Long, TokenBucket> groupBuckets = new HashMap<>();
  private long pausedUntil;
  private long pauseGeneration;
  private long lastSweep;

  /** A limiter with {@link RateLimits#telegramDefaults()}, the standard classifier and real time. */
  public static OutboundRateLimiter withTelegramDefaults() {
    return new OutboundRateLimiter(
        RateLimits.telegramDefaults(), TelegramErrorClassifier.standard(), MonotonicClock.system(), Sleeper.system());
  }

  public OutboundRateLimiter(
      RateLimits limits, TelegramErrorClassifier classifier, MonotonicClock clock, Sleeper sleeper) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.classifier = Objects.requireNonNull(classifier, "classifier");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    long now = clock.nanoTime();
    this.globalBucket = new TokenBucket(limits.global(), now);
    this.pausedUntil = now;
    this.lastSweep = now;
  }

  /** The limits this limiter enforces. */
  public RateLimits limits() {
    return limits;
  }

  /**
   * Runs {@code apiCall} once the limits allow, within {@link RateLimits#maxWait()}.
   *
   * @param category which limits the call counts against
   * @param chat the target chat; required for {@link CallCategory#MESSAGE}, ignored (may be null) otherwise
   * @param apiCall the request, possibly executed again after a 429
   * @return what {@code apiCall} returned
   * @throws TelegramRefusal Telegram declined for an expected reason
   * @throws RateLimitedException the deadline passed or the 429 retries ran out; the call was not carried out
   * @throws TelegramApiException any other failure of {@code apiCall}, unchanged
   * @throws InterruptedException the thread was interrupted while waiting
   */
  public <T> T call(CallCategory category, ChatId chat, TelegramCall<T> apiCall)
      throws TelegramRefusal, TelegramApiException, InterruptedException {
    return call(category, chat, apiCall, limits.maxWait());
  }

  /** {@link #call(CallCategory, ChatId, TelegramCall)} with its own bound on the total waiting time. */
  public <T> T call(CallCategory category, ChatId chat, TelegramCall<T> apiCall, Duration maxWait)
      throws TelegramRefusal, TelegramApiException, InterruptedException {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(apiCall, "apiCall");
    Objects.requireNonNull(maxWait, "maxWait");
    if (category == CallCategory.MESSAGE) {
      Objects.requireNonNull(chat, "a MESSAGE call needs its chat");
    }
    long deadline = clock.nanoTime() + maxWait.toNanos();
    TelegramApiException lastFlood = null;
    for (int retries = 0; ; retries++) {
      acquire(category, chat, deadline, lastFlood);
      try {
        return apiCall.execute();
      } catch (TelegramApiException failure) {
        ErrorVerdict verdict = classifier.classify(failure);
        if (verdict instanceof ErrorVerdict.RetryAfter retryAfter) {
          // Pause even when giving up: the other callers must still respect Telegram's answer.
          Duration pause = pauseAll(retryAfter.delay());
          if (retries >= limits.maxRetries()) {
            throw new RateLimitedException(
                RateLimitedException.Kind.RETRIES_EXHAUSTED,
                "Telegram still answered 429 after " + retries + " retries (" + category + " call, chat " + chat + ")",
                failure);
          }
          log.warn(
              "Telegram flood control: pausing all Bot API calls for {} ms, then retrying ({} call, chat {}, retry {}/{})",
              pause.toMillis(), category, chat, retries + 1, limits.maxRetries());
          lastFlood = failure;
          continue;
        }
        if (verdict instanceof ErrorVerdict.Refused refused) {
          throw new TelegramRefusal(refused.reason(), failure);
        }
        throw failure;
      }
    }
  }

  /**
   * Starts (or extends) the global pause after a 429, and returns its length including the margin. Public so that a
   * 429 seen outside {@link #call} (e.g. on a webhook reply) can still hold back everything else.
   */
  public Duration pauseAll(Duration retryAfter) {
    Duration pause = retryAfter.plus(limits.pauseMargin());
    lock.lock();
    try {
      long until = clock.nanoTime() + pause.toNanos();
      if (until - pausedUntil > 0) {
        pausedUntil = until;
      }
      pauseGeneration++;
    } finally {
      lock.unlock();
    }
    return pause;
  }

  /**
   * Waits for a slot in every bucket that applies, honouring the global pause. {@code cause} is the 429 being retried,
   * if any, attached to a timeout so the log shows why the call gave up.
   *
   * <p>Two phases, because of how a token bucket reserves the future: taking a token for time {@code t} treats the
   * bucket as used up until {@code t}. That is right for a chat's own buckets, whose callers queue behind each other
   * anyway, but a caller waiting a second for its chat's slot must not hold the shared global bucket meanwhile, or
   * every other chat would be throttled by it. So the chat's slot is reserved first, and the global token only when
   * that slot comes.
   */
  private void acquire(CallCategory category, ChatId chat, long deadline, Throwable cause)
      throws RateLimitedException, InterruptedException {
    if (category == CallCategory.MESSAGE) {
      acquireChatSlot(chat, deadline, cause);
    }
    acquireGlobalSlot(chat, deadline, cause);
  }

  private void acquireChatSlot(ChatId chat, long deadline, Throwable cause)
      throws RateLimitedException, InterruptedException {
    long start;
    lock.lock();
    try {
      long now = clock.nanoTime();
      sweepIdleBuckets(now);
      TokenBucket chatBucket = chatBuckets.computeIfAbsent(chat.value(), id -> new TokenBucket(limits.perChat(), now));
      TokenBucket groupBucket = chat.isGroupLike()
          ? groupBuckets.computeIfAbsent(chat.value(), id -> new TokenBucket(limits.perGroup(), now))
          : null;
      start = chatBucket.earliestStart(later(now, pausedUntil));
      if (groupBucket != null) {
        start = groupBucket.earliestStart(start);
      }
      // The global bucket is only consulted to give up early when even its next token would come too late.
      failIfLate(globalBucket.earliestStart(start), deadline, now, chat, cause);
      chatBucket.reserve(start);
      if (groupBucket != null) {
        groupBucket.reserve(start);
      }
    } finally {
      lock.unlock();
    }
    sleepUntil(start);
  }

  private void acquireGlobalSlot(ChatId chat, long deadline, Throwable cause)
      throws RateLimitedException, InterruptedException {
    while (true) {
      long start;
      long generation;
      lock.lock();
      try {
        long now = clock.nanoTime();
        start = globalBucket.earliestStart(later(now, pausedUntil));
        failIfLate(start, deadline, now, chat, cause);
        globalBucket.reserve(start);
        generation = pauseGeneration;
      } finally {
        lock.unlock();
      }
      sleepUntil(start);
      if (!pausedSince(generation)) {
        return;
      }
      // A 429 arrived while we slept: the reserved slot is void, queue again behind the pause.
    }
  }

  /** Fails now rather than at the deadline: waiting could not change the outcome, and no token is taken. */
  private static void failIfLate(long start, long deadline, long now, ChatId chat, Throwable cause)
      throws RateLimitedException {
    if (start - deadline > 0) {
      throw new RateLimitedException(
          RateLimitedException.Kind.QUEUE_TIMEOUT,
          "no Bot API slot for chat " + chat + " within the allowed wait (next slot in "
              + Duration.ofNanos(start - now).toMillis() + " ms)",
          cause);
    }
  }

  /** How long the current flood-control pause still lasts (zero when calls flow freely); for health checks and logs. */
  public Duration pauseRemaining() {
    lock.lock();
    try {
      long remaining = pausedUntil - clock.nanoTime();
      return remaining > 0 ? Duration.ofNanos(remaining) : Duration.ZERO;
    } finally {
      lock.unlock();
    }
  }

  private boolean pausedSince(long generation) {
    lock.lock();
    try {
      return pauseGeneration != generation && pausedUntil - clock.nanoTime() > 0;
    } finally {
      lock.unlock();
    }
  }

  private void sleepUntil(long start) throws InterruptedException {
    long remaining = start - clock.nanoTime();
    while (remaining > 0) {
      sleeper.sleep(Duration.ofNanos(remaining));
      remaining = start - clock.nanoTime();
    }
  }

  private void sweepIdleBuckets(long now) {
    if (now - lastSweep < SWEEP_INTERVAL_NANOS) {
      return;
    }
    lastSweep = now;
    removeFull(chatBuckets, now);
    removeFull(groupBuckets, now);
  }

  private static void removeFull(Map<Long, TokenBucket> buckets, long now) {
    for (Iterator<TokenBucket> it = buckets.values().iterator(); it.hasNext(); ) {
      if (it.next().isFull(now)) {
        it.remove();
      }
    }
  }

  private static long later(long a, long b) {
    return b - a > 0 ? b : a;
  }
}

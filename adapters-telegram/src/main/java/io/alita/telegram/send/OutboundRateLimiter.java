package io.alita.telegram.send;

import io.alita.domain.model.ChatId;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The one gate every outbound Bot API call goes through.
 *
 * <p><b>Proactive limits.</b> Token buckets keep the bot under Telegram's flood limits ({@link
 * RateLimits#telegramDefaults()}): a global bucket for every call, and for {@link CallCategory#MESSAGE} calls a
 * bucket per chat plus, for groups (negative ids), a slower bucket per group. A caller that finds no token
 * <em>reserves</em> the earliest free slot and waits exactly until then: nothing polls, and callers of one chat are
 * served in the order they asked. Proactive throttling is what Telegram's FAQ and grammY recommend; waiting only after
 * a 429 keeps a busy bot permanently at the limit.
 *
 * <p><b>Reactive pause, per chat.</b> A 429 with {@code retry_after = N} on a call into a chat pauses that chat's calls
 * of the same {@link CallCategory} (its messages, or its deletions and moderation) for N seconds plus
 * {@link RateLimits#pauseMargin()}, and the refused call is repeated, at most {@link RateLimits#maxRetries()} times
 * and only while its {@link RateLimits#maxWait()} lasts. Other chats keep flowing: Telegram's 429 on a chat is that
 * chat's flood limit, and one throttled group must not silence every other (decision 0019). A 429 on a call that
 * names no chat, or 429s in {@link #GLOBAL_FLOOD_CHATS} different chats within {@link #GLOBAL_FLOOD_WINDOW} (the bot
 * as a whole is over its limit), pauses everything, as python-telegram-bot's {@code AIORateLimiter} does. Repeating
 * is safe because a 429 means Telegram did not carry the request out. Callers already waiting for a slot when a
 * pause that concerns them begins give that slot up and queue again behind the pause.
 *
 * <p><b>Refusals.</b> A failed call is classified by a {@link TelegramErrorClassifier}: everyday refusals become a
 * {@link TelegramRefusal}, everything else (outages, bugs, I/O errors) propagates untouched and is never retried here,
 * since an I/O error leaves it unknown whether a message was already sent.
 *
 * <p><b>Two ways to call.</b> {@link #call} blocks the calling thread while it waits (queries made while an update is
 * decided, startup calls). {@link #submit} waits on a scheduler instead and runs the request on an executor, so a chat
 * waiting out a pause holds no thread (the update pipeline carries out every action this way). Both share the buckets
 * and pauses. Thread-safe.
 */
public final class OutboundRateLimiter {

  private static final Logger log = LoggerFactory.getLogger(OutboundRateLimiter.class);

  /** Idle per-chat buckets are swept at most this often, so the maps stay as small as the set of active chats. */
  private static final long SWEEP_INTERVAL_NANOS = Duration.ofMinutes(1).toNanos();
  /** 429s in this many different chats ... */
  static final int GLOBAL_FLOOD_CHATS = 3;
  /** ... within this window mean the bot as a whole is flooding: everything pauses. */
  static final Duration GLOBAL_FLOOD_WINDOW = Duration.ofSeconds(1);

  private final RateLimits limits;
  private final TelegramErrorClassifier classifier;
  private final MonotonicClock clock;
  private final Sleeper sleeper;

  private final ReentrantLock lock = new ReentrantLock();
  // Everything below is guarded by lock.
  private final TokenBucket globalBucket;
  private final Map<Long, TokenBucket> chatBuckets = new HashMap<>();
  private final Map<Long, TokenBucket> groupBuckets = new HashMap<>();
  private final Map<PauseKey, Pause> chatPauses = new HashMap<>();
  private final Deque<long[]> recentFloods = new ArrayDeque<>(); // {chat, nanoTime}
  private long pausedUntil;
  private long pauseGeneration;
  private long chatPauseGenerations;
  private long lastSweep;

  /**
   * Whose calls a chat's flood pause holds: a 429 on a message into a chat pauses that chat's messages, one on a
   * deletion or a ban pauses those; deleting spam does not wait for a throttled chat's replies (decision 0019).
   */
  private record PauseKey(long chat, CallCategory category) {}

  /** A chat's flood pause: until when, and a counter that changes with every new pause. */
  private record Pause(long until, long generation) {}

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
   * Runs {@code apiCall} once the limits allow, within {@link RateLimits#maxWait()}, waiting on this thread.
   *
   * @param category which limits the call counts against
   * @param chat the target chat; required for {@link CallCategory#MESSAGE}, may be null otherwise (then only the
   *     global limits and pauses apply)
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
    Blocking mode = new Blocking();
    Call<T> c = new Call<>(category, chat, apiCall, maxWait, mode);
    c.begin();
    if (mode.interrupted != null) {
      throw mode.interrupted;
    }
    try {
      return c.result.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof TelegramRefusal r) {
        throw r;
      }
      if (cause instanceof TelegramApiException t) {
        throw t;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(cause);
    }
  }

  /**
   * Runs {@code apiCall} once the limits allow, without blocking: the waits happen on {@code scheduler}, the request
   * on {@code executor}. The future fails with the same exceptions {@link #call} throws.
   */
  public <T> CompletableFuture<T> submit(CallCategory category, ChatId chat, TelegramCall<T> apiCall,
      ScheduledExecutorService scheduler, Executor executor) {
    Call<T> c = new Call<>(category, chat, apiCall, limits.maxWait(), new Scheduled(scheduler, executor));
    try {
      executor.execute(c::begin);
    } catch (RuntimeException rejected) {
      c.result.completeExceptionally(rejected);
    }
    return c.result;
  }

  /**
   * Starts (or extends) the global pause after a 429, and returns its length including the margin. Public so that a
   * 429 seen outside {@link #call} can still hold back everything else.
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

  /** How long the global flood-control pause still lasts (zero when calls flow freely); for health checks and logs. */
  public Duration pauseRemaining() {
    lock.lock();
    try {
      long remaining = pausedUntil - clock.nanoTime();
      return remaining > 0 ? Duration.ofNanos(remaining) : Duration.ZERO;
    } finally {
      lock.unlock();
    }
  }

  /** How long {@code chat}'s own flood pause for messages still lasts (zero when it has none). */
  public Duration pauseRemaining(ChatId chat) {
    lock.lock();
    try {
      Pause p = chatPauses.get(new PauseKey(chat.value(), CallCategory.MESSAGE));
      long remaining = p == null ? 0 : p.until() - clock.nanoTime();
      return remaining > 0 ? Duration.ofNanos(remaining) : Duration.ZERO;
    } finally {
      lock.unlock();
    }
  }

  // ------------------------------------------------------------------------------------------------ one call

  /** How a call waits and runs: on the calling thread, or on a scheduler and an executor. */
  private interface Mode {
    /** Runs {@code step} at (or after) {@code startNanos}; {@code failed} when it can no longer be run. */
    void at(long startNanos, Runnable step, Consumer<Throwable> failed);

    /** Runs the request itself. */
    void execute(Runnable request);
  }

  private final class Blocking implements Mode {
    InterruptedException interrupted;

    @Override
    public void at(long startNanos, Runnable step, Consumer<Throwable> failed) {
      if (interrupted != null) {
        return;
      }
      try {
        long remaining = startNanos - clock.nanoTime();
        while (remaining > 0) {
          sleeper.sleep(Duration.ofNanos(remaining));
          remaining = startNanos - clock.nanoTime();
        }
      } catch (InterruptedException e) {
        interrupted = e;
        return;
      }
      step.run();
    }

    @Override
    public void execute(Runnable request) {
      request.run();
    }
  }

  private final class Scheduled implements Mode {
    private final ScheduledExecutorService scheduler;
    private final Executor executor;

    Scheduled(ScheduledExecutorService scheduler, Executor executor) {
      this.scheduler = scheduler;
      this.executor = executor;
    }

    @Override
    public void at(long startNanos, Runnable step, Consumer<Throwable> failed) {
      long delay = startNanos - clock.nanoTime();
      if (delay <= 0) {
        step.run();
        return;
      }
      scheduler.schedule(() -> {
        try {
          executor.execute(step);
        } catch (RuntimeException rejected) {
          // Thrown here it would vanish into the scheduler's future, and the caller's would never complete.
          failed.accept(rejected);
        }
      }, delay, TimeUnit.NANOSECONDS);
    }

    @Override
    public void execute(Runnable request) {
      request.run(); // already on the executor: every step is
    }
  }

  /**
   * A global slot and the pauses as they were when it was reserved; or, when {@code reserved} is false, no slot but
   * the end of the chat's own pause, when to ask again.
   */
  private record Slot(long start, long globalGeneration, long chatGeneration, boolean reserved) {}

  private final class Call<T> {
    final CallCategory category;
    final ChatId chat;
    final TelegramCall<T> apiCall;
    final long deadline;
    final Mode mode;
    final CompletableFuture<T> result = new CompletableFuture<>();
    int retries;
    TelegramApiException lastFlood;

    Call(CallCategory category, ChatId chat, TelegramCall<T> apiCall, Duration maxWait, Mode mode) {
      this.category = Objects.requireNonNull(category, "category");
      this.apiCall = Objects.requireNonNull(apiCall, "apiCall");
      Objects.requireNonNull(maxWait, "maxWait");
      if (category == CallCategory.MESSAGE) {
        Objects.requireNonNull(chat, "a MESSAGE call needs its chat");
      }
      this.chat = chat;
      this.mode = mode;
      this.deadline = clock.nanoTime() + maxWait.toNanos();
    }

    void begin() {
      guarded(this::chatStep);
    }

    /**
     * Two phases, because of how a token bucket reserves the future: taking a token for time {@code t} treats the
     * bucket as used up until {@code t}. That is right for a chat's own buckets, whose callers queue behind each other
     * anyway, but a caller waiting a second for its chat's slot must not hold the shared global bucket meanwhile, or
     * every other chat would be throttled by it. So the chat's slot is reserved first, and the global token only when
     * that slot comes.
     */
    private void chatStep() throws RateLimitedException {
      if (category == CallCategory.MESSAGE) {
        long start = reserveChatSlot(chat, deadline, lastFlood);
        mode.at(start, () -> guarded(this::globalStep), result::completeExceptionally);
      } else {
        globalStep();
      }
    }

    private void globalStep() throws RateLimitedException {
      Slot slot = reserveGlobalSlot(chat, category, deadline, lastFlood);
      if (!slot.reserved()) {
        // The chat is paused: come back when its pause ends instead of holding a global token until then, which would
        // hold back every other chat as well.
        mode.at(slot.start(), () -> guarded(this::globalStep), result::completeExceptionally);
        return;
      }
      mode.at(slot.start(), () -> guarded(() -> {
        if (pausedSince(chat, category, slot)) {
          // A 429 that concerns this call arrived while it waited: the reserved slot is void, queue behind the pause.
          chatStep();
          return;
        }
        mode.execute(this::request);
      }), result::completeExceptionally);
    }

    private void request() {
      T value;
      try {
        value = apiCall.execute();
      } catch (TelegramApiException failure) {
        failed(failure);
        return;
      } catch (RuntimeException failure) {
        result.completeExceptionally(failure);
        return;
      }
      result.complete(value);
    }

    private void failed(TelegramApiException failure) {
      ErrorVerdict verdict = classifier.classify(failure);
      if (verdict instanceof ErrorVerdict.RetryAfter retryAfter) {
        // Pause even when giving up: the other callers must still respect Telegram's answer.
        Duration pause = flooded(chat, category, retryAfter.delay());
        if (retries >= limits.maxRetries()) {
          result.completeExceptionally(new RateLimitedException(RateLimitedException.Kind.RETRIES_EXHAUSTED,
              "Telegram still answered 429 after " + retries + " retries (" + category + " call, chat " + chat + ")",
              failure));
          return;
        }
        retries++;
        log.warn("Telegram flood control: pausing {} for {} ms, then retrying ({} call, retry {}/{})",
            chat == null ? "all Bot API calls" : "chat " + chat, pause.toMillis(), category, retries,
            limits.maxRetries());
        lastFlood = failure;
        guarded(this::chatStep);
        return;
      }
      if (verdict instanceof ErrorVerdict.Refused refused) {
        result.completeExceptionally(new TelegramRefusal(refused.reason(), failure));
        return;
      }
      result.completeExceptionally(failure);
    }

    private void guarded(Step step) {
      try {
        step.run();
      } catch (RateLimitedException e) {
        result.completeExceptionally(e);
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    }
  }

  @FunctionalInterface
  private interface Step {
    void run() throws RateLimitedException;
  }

  // ------------------------------------------------------------------------------------------------ the buckets

  private long reserveChatSlot(ChatId chat, long deadline, Throwable cause) throws RateLimitedException {
    lock.lock();
    try {
      long now = clock.nanoTime();
      sweepIdle(now);
      TokenBucket chatBucket = chatBuckets.computeIfAbsent(chat.value(), id -> new TokenBucket(limits.perChat(), now));
      TokenBucket groupBucket = chat.isGroupLike()
          ? groupBuckets.computeIfAbsent(chat.value(), id -> new TokenBucket(limits.perGroup(), now))
          : null;
      long start = chatBucket.earliestStart(
          later(later(now, pausedUntil), chatPausedUntil(chat, CallCategory.MESSAGE, now)));
      if (groupBucket != null) {
        start = groupBucket.earliestStart(start);
      }
      // The global bucket is only consulted to give up early when even its next token would come too late.
      failIfLate(globalBucket.earliestStart(start), deadline, now, chat, cause);
      chatBucket.reserve(start);
      if (groupBucket != null) {
        groupBucket.reserve(start);
      }
      return start;
    } finally {
      lock.unlock();
    }
  }

  /**
   * The global slot for a call into {@code chat}. While the chat itself is paused, no token is taken: a token is a
   * place in the one queue every chat shares, and one reserved for the end of a 30-second pause would make every
   * other chat wait nearly as long. The caller then asks again when the chat's pause ends.
   */
  private Slot reserveGlobalSlot(ChatId chat, CallCategory category, long deadline, Throwable cause)
      throws RateLimitedException {
    lock.lock();
    try {
      long now = clock.nanoTime();
      long from = later(now, pausedUntil);
      if (chat != null) {
        long chatFree = chatPausedUntil(chat, category, now);
        if (chatFree - from > 0) {
          failIfLate(globalBucket.earliestStart(chatFree), deadline, now, chat, cause);
          return new Slot(chatFree, pauseGeneration, 0, false);
        }
      }
      long start = globalBucket.earliestStart(from);
      failIfLate(start, deadline, now, chat, cause);
      globalBucket.reserve(start);
      Pause p = chat == null ? null : chatPauses.get(new PauseKey(chat.value(), category));
      return new Slot(start, pauseGeneration, p == null ? 0 : p.generation(), true);
    } finally {
      lock.unlock();
    }
  }

  /** True when a pause that concerns {@code chat} began after {@code slot} was reserved and still lasts. */
  private boolean pausedSince(ChatId chat, CallCategory category, Slot slot) {
    lock.lock();
    try {
      long now = clock.nanoTime();
      if (pauseGeneration != slot.globalGeneration() && pausedUntil - now > 0) {
        return true;
      }
      Pause p = chat == null ? null : chatPauses.get(new PauseKey(chat.value(), category));
      return p != null && p.generation() != slot.chatGeneration() && p.until() - now > 0;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Telegram answered 429 for a call into {@code chat} (null: a call into no chat): pauses that chat, or everything
   * when no chat was named or several chats flood at once. Returns the pause's length including the margin.
   */
  private Duration flooded(ChatId chat, CallCategory category, Duration retryAfter) {
    if (chat == null) {
      return pauseAll(retryAfter);
    }
    Duration pause = retryAfter.plus(limits.pauseMargin());
    boolean everything;
    lock.lock();
    try {
      long now = clock.nanoTime();
      long until = now + pause.toNanos();
      PauseKey key = new PauseKey(chat.value(), category);
      Pause before = chatPauses.get(key);
      long generation = ++chatPauseGenerations;
      chatPauses.put(key, new Pause(before == null ? until : later(before.until(), until), generation));
      recentFloods.addLast(new long[] {chat.value(), now});
      while (!recentFloods.isEmpty() && now - recentFloods.peekFirst()[1] > GLOBAL_FLOOD_WINDOW.toNanos()) {
        recentFloods.removeFirst();
      }
      Set<Long> chats = new HashSet<>();
      recentFloods.forEach(f -> chats.add(f[0]));
      everything = chats.size() >= GLOBAL_FLOOD_CHATS;
    } finally {
      lock.unlock();
    }
    if (everything) {
      log.warn("Telegram flood control in {} chats within {} ms: pausing every Bot API call", GLOBAL_FLOOD_CHATS,
          GLOBAL_FLOOD_WINDOW.toMillis());
      pauseAll(retryAfter);
    }
    return pause;
  }

  private long chatPausedUntil(ChatId chat, CallCategory category, long now) {
    Pause p = chatPauses.get(new PauseKey(chat.value(), category));
    return p == null ? now : p.until();
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

  private void sweepIdle(long now) {
    if (now - lastSweep < SWEEP_INTERVAL_NANOS) {
      return;
    }
    lastSweep = now;
    removeFull(chatBuckets, now);
    removeFull(groupBuckets, now);
    chatPauses.values().removeIf(p -> p.until() - now <= 0);
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

package io.alita.telegram.update;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alita.domain.action.ChatActionPort;
import io.alita.domain.action.Effects;
import io.alita.domain.dispatch.EventHandler;
import io.alita.domain.dispatch.Outcome;
import io.alita.domain.dispatch.Timers;
import io.alita.domain.dispatch.UpdateInbox;
import io.alita.domain.model.ChatId;
import io.alita.domain.timer.Timer;
import io.alita.domain.update.Incoming;
import io.alita.domain.update.UpdateId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The one entry point of events, called by both transports (long polling and the webhook) and by timers that came due.
 * See docs/decisions/0019 for the design.
 *
 * <ul>
 *   <li><b>Per-chat order, no chat waiting for another.</b> Events of one chat are decided and carried out one at a time
 *       in arrival order; different chats run in parallel ({@link ChatLanes}). Actions are carried out without holding
 *       a thread while they wait for their turn ({@link ChatActionPort#executeLater}), so a chat waiting out a flood
 *       pause delays nobody else.
 *   <li><b>Nothing confirmed before it is handled or kept.</b> {@link #accept} (long polling) returns once every update
 *       of the batch is either handled, or still running but kept in the {@link UpdateInbox}; only then may the batch
 *       be confirmed to Telegram. An ordinary update is handled within {@link Settings#keepAfter} and costs the inbox
 *       nothing; a slow one (its chat throttled) is kept, so the next batch is not held up by it. If it cannot be kept
 *       either (the database is down), the batch is not confirmed until it can be. {@link #deliver} does the same for
 *       one webhook update, and asks for a redelivery when neither is possible. After a restart, {@link #recover}
 *       hands the kept updates back before new ones are taken.
 *   <li><b>Failures.</b> An event whose decision could not be committed is tried again ({@link RetryPolicy}): for as
 *       long as it takes while the database is unreachable, a few times when it failed by itself, and then it is given
 *       up with one log line. Its chat waits meanwhile (order is kept); other chats do not.
 *   <li><b>Repeats.</b> An update id seen recently is not processed again; a repeat of an update still in flight waits
 *       for the first delivery, so its acknowledgement is just as honest. Older repeats stop at the database's record
 *       of processed events.
 *   <li><b>Timers.</b> This is the {@link Timers} port: a due timer enters its chat's lane like an update.
 * </ul>
 *
 * <p>{@link #close(Duration)} stops accepting, lets what is in flight finish within the bound, then stops. Thread-safe.
 */
public final class UpdateIntake implements Timers, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);

  /**
   * How the intake runs.
   *
   * @param workers how many chats are decided at the same time (at least 1); every worker may hold a database
   *     connection while it decides, never while it waits
   * @param keepAfter how long an update may take before it is kept in the inbox so that its batch can be confirmed
   * @param retry how failed events are tried again
   * @param rememberedUpdates how many update ids are remembered for spotting repeats
   */
  public record Settings(int workers, Duration keepAfter, RetryPolicy retry, int rememberedUpdates) {
    public Settings {
      if (workers < 1) {
        throw new IllegalArgumentException("workers must be at least 1, got " + workers);
      }
      Objects.requireNonNull(keepAfter, "keepAfter");
      Objects.requireNonNull(retry, "retry");
      if (rememberedUpdates < 1) {
        throw new IllegalArgumentException("rememberedUpdates must be at least 1, got " + rememberedUpdates);
      }
    }

    /**
     * 8 workers, updates kept after 0.3 s (an ordinary update, even with a few Bot API calls, is done by then; the
     * batch after a throttled chat waits at most that long), the standard retries, 10,000 ids remembered.
     */
    public static Settings standard() {
      return new Settings(8, Duration.ofMillis(300), RetryPolicy.standard(), 10_000);
    }

    public Settings withWorkers(int n) {
      return new Settings(n, keepAfter, retry, rememberedUpdates);
    }

    public Settings withKeepAfter(Duration d) {
      return new Settings(workers, d, retry, rememberedUpdates);
    }

    public Settings withRetry(RetryPolicy r) {
      return new Settings(workers, keepAfter, r, rememberedUpdates);
    }
  }

  /** How {@link #deliver} left one webhook update: what to answer Telegram. */
  public enum Answer {
    /** Handled: 200. */
    HANDLED,
    /** Still running, and kept in the inbox: 200. */
    KEPT,
    /** Neither handled nor kept (the database is down): an error status, so Telegram delivers it again. */
    RETRY_LATER,
    /** The intake is closing: 503, Telegram delivers it again. */
    CLOSING
  }

  private final UpdateMapper mapper;
  private final EventHandler handler;
  private final ChatActionPort actions;
  private final UpdateInbox inbox;
  private final IntakeMonitor monitor;
  private final Settings settings;
  private final Clock clock;
  private final ExecutorService pool;
  private final ScheduledExecutorService scheduler;
  private final ChatLanes lanes;
  private final RecentUpdates<Delivery> recent;
  private final ObjectMapper json = updateJson();
  private final Set<CompletableFuture<Void>> inFlight = ConcurrentHashMap.newKeySet();
  /**
   * Finished kept updates whose rows are still to be deleted: one thread of their own deletes them in batches, so a
   * lane never waits for the database after deciding (under load every update may be kept, and a delete with its
   * commit per update took the workers' time; measured in bench/PipelineBench, decision 0036).
   */
  /** How long a finished kept update's id waits for others to be deleted with. */
  static final Duration FORGET_EVERY = Duration.ofMillis(50);
  private final ConcurrentLinkedQueue<UpdateId> toForget = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean forgetQueuedSoon = new AtomicBoolean();
  private final ScheduledExecutorService forgetting =
      Executors.newSingleThreadScheduledExecutor(threads("update-inbox"));
  private volatile boolean accepting = true;
  /** Set once {@link #close} gave up waiting: events still queued in a lane are not started any more. */
  private volatile boolean abandoning;

  /**
   * @param handler decides each event (the dispatcher)
   * @param actions carries out what was decided ({@link ChatActionPort#executeLater})
   * @param inbox where updates still running are kept so their batch can be confirmed
   */
  public UpdateIntake(UpdateMapper mapper, EventHandler handler, ChatActionPort actions, UpdateInbox inbox,
      IntakeMonitor monitor, Settings settings, Clock clock) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.handler = Objects.requireNonNull(handler, "handler");
    this.actions = Objects.requireNonNull(actions, "actions");
    this.inbox = Objects.requireNonNull(inbox, "inbox");
    this.monitor = Objects.requireNonNull(monitor, "monitor");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.pool = Executors.newFixedThreadPool(settings.workers(), threads("update-worker"));
    ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, threads("update-timers"));
    timers.setRemoveOnCancelPolicy(true);
    // at close, timers still waiting are dropped: modules reschedule theirs from their state at the next start
    timers.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    this.scheduler = timers;
    this.lanes = new ChatLanes(pool);
    this.recent = new RecentUpdates<>(settings.rememberedUpdates());
  }

  /** False once {@link #close} has begun. */
  public boolean isAccepting() {
    return accepting;
  }

  /** Events accepted and not yet finished (updates and timers). */
  public int inFlight() {
    return inFlight.size();
  }

  // ------------------------------------------------------------------------------------------------ long polling

  /**
   * Takes a batch from long polling and returns once it may be confirmed (every update handled, or kept), or may not
   * (the intake is closing, or the thread was interrupted). While neither handling nor keeping is possible (the
   * database is down), it keeps waiting: an unconfirmed batch is safe with Telegram.
   */
  public BatchOutcome accept(List<Update> updates) {
    if (!accepting) {
      log.info("Update intake is closing: {} update(s) left for Telegram to deliver again", updates.size());
      return BatchOutcome.NOT_ACCEPTED;
    }
    List<Delivery> batch = new ArrayList<>(updates.size());
    for (Update update : updates) {
      Delivery d = take(update, null);
      if (d != null) {
        batch.add(d);
      }
    }
    try {
      awaitAll(batch, settings.keepAfter());
      Duration wait = Duration.ofSeconds(1);
      while (true) {
        if (batch.stream().anyMatch(Delivery::abandoned)) {
          return BatchOutcome.NOT_ACCEPTED;
        }
        List<Delivery> running = batch.stream().filter(d -> !d.finished() && !d.kept()).toList();
        if (running.isEmpty()) {
          return batch.stream().anyMatch(Delivery::kept) ? BatchOutcome.KEPT : BatchOutcome.HANDLED;
        }
        if (keep(running)) {
          return BatchOutcome.KEPT;
        }
        if (!accepting) {
          return BatchOutcome.NOT_ACCEPTED;
        }
        awaitAll(running, wait);
        wait = wait.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : wait.multipliedBy(2);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return BatchOutcome.INTERRUPTED;
    }
  }

  // ------------------------------------------------------------------------------------------------ webhook

  /**
   * Takes one update from the webhook. Waits up to {@link Settings#keepAfter} for it to be handled, then keeps it in
   * the inbox; never longer, so a throttled chat never holds a webhook connection.
   *
   * @param raw the body as Telegram sent it (kept as is)
   */
  public Answer deliver(Update update, String raw) {
    if (!accepting) {
      return Answer.CLOSING;
    }
    Delivery d = take(update, raw);
    if (d == null) {
      return Answer.HANDLED; // nothing of interest in it
    }
    try {
      awaitAll(List.of(d), settings.keepAfter());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Answer.RETRY_LATER;
    }
    if (d.abandoned()) {
      return Answer.CLOSING;
    }
    if (d.finished()) {
      return Answer.HANDLED;
    }
    if (d.kept() || keep(List.of(d))) {
      return Answer.KEPT;
    }
    return Answer.RETRY_LATER;
  }

  // ------------------------------------------------------------------------------------------------ timers, recovery

  /** A due timer enters its chat's lane like an update (a time already past: as soon as possible). */
  @Override
  public void schedule(Instant due, Timer timer) {
    Objects.requireNonNull(timer, "timer");
    long delay = Math.max(0, Duration.between(clock.instant(), due).toMillis());
    try {
      scheduler.schedule(() -> {
        if (accepting) {
          submit(new Incoming.Due(timer), null);
        }
      }, delay, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      log.debug("Update intake closed: timer {} dropped (its module reschedules it at the next start)", timer.id());
    }
  }

  /**
   * Hands back what the inbox kept (updates confirmed to Telegram before they finished, then interrupted by a stop),
   * oldest first; call it before taking new updates, so each chat's order holds.
   *
   * @return how many were handed back
   */
  public int recover() {
    List<UpdateInbox.Kept> kept = inbox.pending();
    int handedBack = 0;
    for (UpdateInbox.Kept k : kept) {
      Update update;
      try {
        update = json.readValue(k.json(), Update.class);
      } catch (JsonProcessingException e) {
        log.warn("Kept update {} cannot be read again and is dropped: {}", k.id(), e.getOriginalMessage());
        inbox.handled(k.id());
        continue;
      }
      Delivery d = take(update, k.json());
      if (d == null) {
        inbox.handled(k.id());
        continue;
      }
      d.markKept(this::forget);
      handedBack++;
    }
    if (handedBack > 0) {
      log.info("Handed back {} update(s) kept by the last run", handedBack);
    }
    return handedBack;
  }

  // ------------------------------------------------------------------------------------------------ one event

  /** One update's way through the intake: claimed once, decided in its lane, maybe kept; done when it is handled. */
  private static final class Delivery {
    final UpdateId id;
    final ChatId chat;
    final Update update;
    final String raw;
    final CompletableFuture<Void> done = new CompletableFuture<>();
    private boolean kept; // guarded by this
    private boolean rowToForget; // guarded by this: a row was written and not yet forgotten
    private Runnable onForget; // guarded by this

    Delivery(UpdateId id, ChatId chat, Update update, String raw) {
      this.id = id;
      this.chat = chat;
      this.update = update;
      this.raw = raw;
    }

    boolean finished() {
      return done.isDone() && !done.isCancelled();
    }

    boolean abandoned() {
      return done.isCancelled();
    }

    synchronized boolean kept() {
      return kept;
    }

    /**
     * Marks it kept, just after its row was written. When it finished meanwhile, the row is forgotten at once: it may
     * have been written after {@link #finishedNow} forgot an earlier one (two batches keeping the same update).
     */
    void markKept(java.util.function.Consumer<UpdateId> forget) {
      boolean now;
      synchronized (this) {
        kept = true;
        onForget = () -> forget.accept(id);
        now = finished();
        rowToForget = !now;
      }
      if (now) {
        forget.accept(id);
      }
    }

    /** Called once handling is over: a kept update's row is no longer needed. */
    void finishedNow() {
      Runnable f;
      synchronized (this) {
        f = rowToForget ? onForget : null;
        rowToForget = false;
      }
      if (f != null) {
        f.run();
      }
    }
  }

  /** Claims and submits {@code update}; null when it needs no handling (no id, nothing of interest). */
  private Delivery take(Update update, String raw) {
    if (update == null || update.getUpdateId() == null) {
      log.warn("Skipped an update without update_id");
      return null;
    }
    Optional<Incoming> incoming = map(update);
    if (incoming.isEmpty()) {
      return null;
    }
    Incoming event = incoming.get();
    Delivery mine = new Delivery(new UpdateId(update.getUpdateId()), event.chatId(), update, raw);
    Delivery first = recent.claim(update.getUpdateId(), mine);
    if (first != null) {
      log.debug("Update {} was delivered again; it is handled once", update.getUpdateId());
      return first;
    }
    submit(event, mine);
    return mine;
  }

  private Optional<Incoming> map(Update update) {
    try {
      return mapper.map(update);
    } catch (RuntimeException e) {
      log.warn("Update {} could not be read and is skipped: {}", update.getUpdateId(), e.toString());
      return Optional.empty();
    }
  }

  /** Queues {@code event} in its chat's lane; {@code delivery} (null for a timer) completes when it is handled. */
  private void submit(Incoming event, Delivery delivery) {
    CompletableFuture<Void> finished = new CompletableFuture<>();
    inFlight.add(finished);
    finished.whenComplete((ok, failure) -> {
      inFlight.remove(finished);
      if (delivery != null) {
        if (failure == null) {
          delivery.done.complete(null);
          delivery.finishedNow();
        } else {
          delivery.done.cancel(false);
        }
      }
    });
    try {
      lanes.submit(event.chatId().value(), () -> {
        attempt(event, 1, finished);
        return finished;
      });
    } catch (RejectedExecutionException e) {
      // close() raced this event; it is not handled and must not be acknowledged as if it were.
      finished.cancel(false);
      log.info("Update intake closed while accepting {}: left for redelivery", event.key());
    }
  }

  /** One attempt at deciding {@code event}; runs on a worker thread. */
  private void attempt(Incoming event, int attempt, CompletableFuture<Void> finished) {
    if (finished.isDone()) {
      return;
    }
    if (abandoning) {
      // close() stopped waiting: what has not started is left for redelivery (or the inbox), not begun half-way.
      finished.cancel(false);
      return;
    }
    try {
      decide(event, attempt, finished);
    } catch (RuntimeException e) {
      // Only a bug gets here (the monitor threw, say). Completing keeps the chat's lane moving; a lane whose current
      // event never completes would hold back every later event of that chat for good.
      log.error("Gave up {} in chat {}: the intake failed on it", event.key(), event.chatId(), e);
      finished.complete(null);
    }
  }

  private void decide(Incoming event, int attempt, CompletableFuture<Void> finished) {
    long start = System.nanoTime();
    Outcome outcome;
    try {
      outcome = handler.handle(event);
    } catch (RuntimeException e) {
      // The handler promises not to throw; one that does anyway has failed this attempt, like a failed commit.
      outcome = new Outcome.Failed(e);
    }
    if (outcome == null) {
      outcome = new Outcome.Failed(new IllegalStateException("the handler returned no outcome"));
    }
    monitor.decided(event, outcome, System.nanoTime() - start);
    if (outcome instanceof Outcome.Handled handled) {
      carryOut(handled.effects(), finished);
    } else if (outcome instanceof Outcome.Repeat) {
      finished.complete(null);
    } else if (outcome instanceof Outcome.Unavailable unavailable) {
      if (attempt == 1 || attempt % 10 == 0) {
        log.warn("{} in chat {} waits for the database ({}); trying again, attempt {}", event.key(), event.chatId(),
            unavailable.cause().getMessage(), attempt + 1);
      }
      retry(event, attempt, finished);
    } else if (outcome instanceof Outcome.Failed failed) {
      if (attempt >= settings.retry().failedAttempts()) {
        log.error("Gave up {} in chat {} after {} failed attempts: {}", event.key(), event.chatId(), attempt,
            failed.cause().toString());
        monitor.gaveUp(event, attempt);
        finished.complete(null);
      } else {
        log.warn("{} in chat {} failed ({}); trying again, attempt {} of {}", event.key(), event.chatId(),
            failed.cause().toString(), attempt + 1, settings.retry().failedAttempts());
        retry(event, attempt, finished);
      }
    }
  }

  private void retry(Incoming event, int attempt, CompletableFuture<Void> finished) {
    monitor.retrying(event, attempt);
    if (!accepting) {
      // Stopping: not handled; Telegram (or the inbox) has it again at the next start.
      finished.cancel(false);
      return;
    }
    try {
      scheduler.schedule(() -> {
        try {
          pool.execute(() -> attempt(event, attempt + 1, finished));
        } catch (RejectedExecutionException e) {
          finished.cancel(false);
        }
      }, settings.retry().delayAfter(attempt).toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      finished.cancel(false);
    }
  }

  /** Carries the effects out without holding this thread, then hands their timers to the scheduler. */
  private void carryOut(Effects effects, CompletableFuture<Void> finished) {
    CompletableFuture<Void> carried;
    try {
      carried = effects.isEmpty() ? CompletableFuture.completedFuture(null) : effects.runLater(actions);
    } catch (RuntimeException e) {
      log.error("Carrying out the actions failed", e);
      carried = CompletableFuture.completedFuture(null);
    }
    carried.whenComplete((ok, failure) -> {
      try {
        for (Effects.Scheduled s : effects.scheduled()) {
          schedule(s.due(), s.timer());
        }
      } finally {
        finished.complete(null);
      }
    });
  }

  // ------------------------------------------------------------------------------------------------ the inbox

  /** Keeps the running ones in the inbox; false when that was not possible (logged). */
  private boolean keep(List<Delivery> running) {
    List<UpdateInbox.Kept> rows = new ArrayList<>(running.size());
    for (Delivery d : running) {
      rows.add(new UpdateInbox.Kept(d.id, d.chat, d.raw != null ? d.raw : serialized(d.update)));
    }
    try {
      inbox.keep(rows);
    } catch (RuntimeException e) {
      log.warn("Could not keep {} unfinished update(s) in the inbox ({}); their batch waits", rows.size(),
          e.getMessage());
      return false;
    }
    monitor.kept(rows.size());
    running.forEach(d -> d.markKept(this::forget));
    return true;
  }

  /**
   * Queues the row's delete; {@link #FORGET_EVERY} later the update-inbox thread deletes whatever queued up meanwhile
   * in one statement (a crash in between hands those updates back after the restart, where they stop at their record
   * of having been applied, as before).
   */
  private void forget(UpdateId id) {
    toForget.add(id);
    if (forgetQueuedSoon.compareAndSet(false, true)) {
      try {
        forgetting.schedule(this::forgetQueued, FORGET_EVERY.toMillis(), TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException closed) {
        forgetQueuedSoon.set(false);
        forgetQueued(); // after close: at once, on this thread
      }
    }
  }

  private void forgetQueued() {
    forgetQueuedSoon.set(false); // before draining: an id added from here on schedules another run
    List<UpdateId> ids = new ArrayList<>();
    for (UpdateId id = toForget.poll(); id != null; id = toForget.poll()) {
      ids.add(id);
    }
    if (ids.isEmpty()) {
      return;
    }
    try {
      inbox.handled(ids);
    } catch (RuntimeException e) {
      // They are handed back after a restart and stop at their record of having been applied.
      log.warn("Could not forget {} kept update(s), the first {} ({})", ids.size(), ids.get(0), e.getMessage());
    }
  }

  private String serialized(Update update) {
    try {
      return json.writeValueAsString(update);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an update read from JSON can be written as JSON", e);
    }
  }

  private static void awaitAll(List<Delivery> deliveries, Duration max) throws InterruptedException {
    CompletableFuture<?>[] all = deliveries.stream().map(d -> d.done).toArray(CompletableFuture[]::new);
    try {
      CompletableFuture.allOf(all).get(max.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException | ExecutionException | CancellationException e) {
      // the caller looks at each delivery
    }
  }

  // ------------------------------------------------------------------------------------------------ closing

  /**
   * Stops accepting, waits up to {@code timeout} for what is in flight, then stops the workers. Whatever is unfinished
   * then is abandoned: not confirmed (Telegram delivers it again) or still in the inbox (handed back at the next start).
   *
   * @return true when everything accepted was finished
   */
  public boolean close(Duration timeout) {
    accepting = false;
    long deadline = System.nanoTime() + timeout.toNanos();
    boolean drained = true;
    try {
      CompletableFuture.allOf(List.copyOf(inFlight).toArray(CompletableFuture[]::new))
          .get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException | ExecutionException | CancellationException e) {
      drained = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      drained = false;
    }
    // Counted by state, not by set size: a future that just completed may not have left the set yet.
    int abandoned = (int) inFlight.stream().filter(f -> !f.isDone()).count();
    abandoning = true;
    List.copyOf(inFlight).forEach(f -> f.cancel(false));
    scheduler.shutdownNow();
    pool.shutdown();
    try {
      if (!pool.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pool.shutdownNow();
    }
    // The rows of what finished are deleted before close returns (the pool is stopped, so nothing more is queued).
    forgetting.shutdown();
    try {
      if (!forgetting.awaitTermination(5, TimeUnit.SECONDS)) {
        forgetting.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      forgetting.shutdownNow();
    }
    forgetQueued();
    if (!drained || abandoned > 0) {
      log.warn("Update intake stopped after {} ms with {} event(s) unfinished; they come again", timeout.toMillis(),
          abandoned);
      return false;
    }
    log.info("Update intake stopped; every accepted event was finished");
    return true;
  }

  /** {@link #close(Duration)} with 10 seconds, the per-step bound of the original's graceful shutdown. */
  @Override
  public void close() {
    close(Duration.ofSeconds(10));
  }

  /** Reads and writes updates as TelegramBots does, tolerating fields newer than the library. */
  public static ObjectMapper updateJson() {
    return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  }

  private static ThreadFactory threads(String name) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
      // Shutdown is explicit (close); a daemon thread never keeps a crashed process alive.
      thread.setDaemon(true);
      return thread;
    };
  }
}

package io.alita.telegram.update;

import io.alita.domain.update.Incoming;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The one entry point of incoming updates, called by both transports (long polling and the webhook).
 *
 * <ul>
 *   <li><b>Ack after handling.</b> {@link #handle(List)} returns only once every update of the batch is handled, so
 *       the long-polling offset (or the webhook's 200) never acknowledges an update still in flight.
 *   <li><b>Per-chat order.</b> Updates of one chat are processed one at a time in arrival order; different chats run
 *       in parallel on a fixed pool of worker threads ({@link ChatLanes} explains the design). The pool is bounded
 *       because every worker may hold a database connection and waits on the one outbound rate limiter.
 *   <li><b>Repeats.</b> An update id seen recently ({@link RecentUpdates}) is not processed again; a repeat of an
 *       update still in flight waits for the first delivery to finish, so its acknowledgement is just as honest.
 *   <li><b>Isolation.</b> A failure to map or process one update is logged with its id and chat; the others go on.
 * </ul>
 *
 * <p>{@link #close(Duration)} stops accepting, lets in-flight updates finish within the bound, then stops the
 * workers. Thread-safe.
 */
public final class UpdateIntake implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);

  /** How many update ids are remembered for spotting repeats. */
  public static final int DEFAULT_REMEMBERED_UPDATES = 10_000;

  private final UpdateMapper mapper;
  private final UpdateProcessor processor;
  private final ExecutorService pool;
  private final ChatLanes lanes;
  private final RecentUpdates recent;
  private final Set<CompletableFuture<Void>> inFlight = ConcurrentHashMap.newKeySet();
  private volatile boolean accepting = true;

  /**
   * @param processor what each update is handed to
   * @param workers how many chats are processed at the same time (at least 1)
   */
  public UpdateIntake(UpdateMapper mapper, UpdateProcessor processor, int workers) {
    this(mapper, processor, workers, DEFAULT_REMEMBERED_UPDATES);
  }

  /** As {@link #UpdateIntake(UpdateMapper, UpdateProcessor, int)}, remembering {@code rememberedUpdates} ids. */
  public UpdateIntake(UpdateMapper mapper, UpdateProcessor processor, int workers, int rememberedUpdates) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.processor = Objects.requireNonNull(processor, "processor");
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, got " + workers);
    }
    this.pool = Executors.newFixedThreadPool(workers, workerThreads());
    this.lanes = new ChatLanes(pool);
    this.recent = new RecentUpdates(rememberedUpdates);
  }

  /** Handles {@code updates}, blocking until all of them are handled (see {@link BatchOutcome}). */
  public BatchOutcome handle(List<Update> updates) {
    return await(accept(updates), null);
  }

  /**
   * Handles {@code updates}, waiting at most {@code maxWait}; what is not finished by then goes on in the background.
   */
  public BatchOutcome handle(List<Update> updates, Duration maxWait) {
    return await(accept(updates), Objects.requireNonNull(maxWait, "maxWait"));
  }

  /** False once {@link #close} has begun. */
  public boolean isAccepting() {
    return accepting;
  }

  /** Updates accepted and not yet finished. */
  public int inFlight() {
    return inFlight.size();
  }

  /** Null when the batch was not accepted, else the futures to wait for. */
  private List<CompletableFuture<Void>> accept(List<Update> updates) {
    if (!accepting) {
      log.info("Update intake is closing: {} update(s) left for Telegram to deliver again", updates.size());
      return null;
    }
    List<CompletableFuture<Void>> waits = new ArrayList<>(updates.size());
    for (Update update : updates) {
      if (update == null || update.getUpdateId() == null) {
        log.warn("Skipped an update without update_id");
        continue;
      }
      CompletableFuture<Void> mine = new CompletableFuture<>();
      CompletableFuture<Void> first = recent.claim(update.getUpdateId(), mine);
      if (first != null) {
        log.debug("Update {} was delivered again; it is handled once", update.getUpdateId());
        waits.add(first);
        continue;
      }
      Optional<Incoming> incoming = map(update);
      if (incoming.isEmpty()) {
        mine.complete(null);
        continue;
      }
      inFlight.add(mine);
      mine.whenComplete((ok, failure) -> inFlight.remove(mine));
      try {
        lanes.submit(incoming.get().chat().id().value(), () -> process(incoming.get(), mine));
      } catch (RejectedExecutionException e) {
        // close() raced this batch; the update is not handled and must not be acknowledged as if it were.
        mine.cancel(false);
        log.info("Update intake closed while accepting update {}: left for redelivery", update.getUpdateId());
      }
      waits.add(mine);
    }
    return waits;
  }

  private Optional<Incoming> map(Update update) {
    try {
      return mapper.map(update);
    } catch (RuntimeException e) {
      log.warn("Update {} could not be read and is skipped: {}", update.getUpdateId(), e.toString());
      return Optional.empty();
    }
  }

  private void process(Incoming incoming, CompletableFuture<Void> done) {
    try {
      processor.process(incoming);
    } catch (RuntimeException e) {
      log.error("Update {} in chat {} failed; going on with the next", incoming.updateId(), incoming.chat().id(), e);
    } finally {
      // A failed update counts as handled: processing it again would fail again, and it must not hold back the offset.
      done.complete(null);
    }
  }

  private static BatchOutcome await(List<CompletableFuture<Void>> waits, Duration maxWait) {
    if (waits == null) {
      return BatchOutcome.NOT_ACCEPTED;
    }
    CompletableFuture<Void> all = CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new));
    try {
      if (maxWait == null) {
        all.get();
      } else {
        all.get(maxWait.toNanos(), TimeUnit.NANOSECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return BatchOutcome.INTERRUPTED;
    } catch (TimeoutException e) {
      return BatchOutcome.STILL_RUNNING;
    } catch (ExecutionException | CancellationException e) {
      // Only a forced shutdown cancels futures: those updates were not handled.
      return BatchOutcome.NOT_ACCEPTED;
    }
    return BatchOutcome.HANDLED;
  }

  /**
   * Stops accepting updates, waits up to {@code timeout} for those in flight, then stops the workers (interrupting
   * any still running after the bound).
   *
   * @return true when everything accepted was handled
   */
  public boolean close(Duration timeout) {
    accepting = false;
    long deadline = System.nanoTime() + timeout.toNanos();
    List<CompletableFuture<Void>> pending = List.copyOf(inFlight);
    boolean drained = true;
    try {
      CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
          .get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException | ExecutionException | CancellationException e) {
      drained = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      drained = false;
    }
    pool.shutdown();
    try {
      if (!pool.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
        drained = false;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      drained = false;
    }
    if (!drained || !inFlight.isEmpty()) {
      drained = false;
      int abandoned = inFlight.size();
      // Cancelled before the workers are interrupted, so that an update cut short is not then completed as handled;
      // this also releases any transport still waiting, which must not acknowledge it: Telegram delivers it again.
      List.copyOf(inFlight).forEach(f -> f.cancel(false));
      pool.shutdownNow();
      log.warn("Update intake stopped after {} ms with {} update(s) unfinished; Telegram delivers them again",
          timeout.toMillis(), abandoned);
    } else {
      log.info("Update intake stopped; every accepted update was handled");
    }
    return drained;
  }

  /** {@link #close(Duration)} with 10 seconds, the per-step bound of the original's graceful shutdown. */
  @Override
  public void close() {
    close(Duration.ofSeconds(10));
  }

  private static ThreadFactory workerThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "update-worker-" + count.incrementAndGet());
      // Shutdown is explicit (close); a daemon thread never keeps a crashed process alive.
      thread.setDaemon(true);
      return thread;
    };
  }
}

package io.alita.telegram.polling;

import io.alita.telegram.client.BotApiServer;
import io.alita.telegram.update.AllowedUpdates;
import io.alita.telegram.update.BatchOutcome;
import io.alita.telegram.update.UpdateIntake;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Receives updates by long polling (TelegramBots' {@code BotSession}) and hands each batch to the {@link UpdateIntake}.
 *
 * <p><b>Acknowledgement.</b> {@code BotSession} asks for the next batch, with {@code offset} = last id + 1 (which is
 * what confirms the batch to Telegram), only after the consumer's {@code consume(List)} returns. The consumer here
 * blocks in {@link UpdateIntake#accept(List)} until every update of the batch is handled or kept in the inbox (a chat
 * waiting out a flood pause is kept after a moment, so it does not hold back the next batch), so a crash mid-batch
 * means redelivery or a hand-back from the inbox, never loss. (TelegramBots' {@code DefaultLongPollingUpdateConsumer}
 * hands updates to an executor and returns at once, which would confirm updates still in flight.)
 *
 * <p><b>Dropping pending updates.</b> When asked, {@link #start()} first calls {@code deleteWebhook} with
 * {@code drop_pending_updates=true}: that is the Bot API's own way to discard the backlog, and what the original bot
 * does. A first {@code getUpdates} with {@code offset=-1} would not do it: it confirms all but the newest update and
 * then delivers that one, which would be handled.
 *
 * <p><b>Shutdown.</b> {@link #close()} stops polling first (no further {@code getUpdates}, so nothing more is
 * confirmed; a batch that a poll already in progress still returns is refused and left for redelivery), then drains
 * the intake within its bound. The poll in progress is not cut off: its thread is a daemon and Telegram answers it
 * within the long-poll timeout.
 */
public final class LongPollingRunner implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LongPollingRunner.class);

  /** Telegram holds an empty poll open this long; TelegramBots' default, well under its HTTP client's 100 s read timeout. */
  public static final int DEFAULT_POLL_TIMEOUT_SECONDS = 50;

  /** The most updates per batch the Bot API allows. */
  static final int BATCH_LIMIT = 100;

  private final String token;
  private final URI apiServer;
  private final UpdateIntake intake;
  private final boolean dropPendingUpdates;
  private final int pollTimeoutSeconds;
  private final Duration drainTimeout;
  private final AtomicBoolean stopping = new AtomicBoolean();
  /** Counted down once no further poll can start (the session is stopped): then returning confirms nothing. */
  private final CountDownLatch pollingStopped = new CountDownLatch(1);
  private volatile boolean holding;
  private TelegramBotsLongPollingApplication application;
  private volatile ScheduledExecutorService pollThread;

  /**
   * @param apiServer the Bot API base address ({@code API_SERVER})
   * @param dropPendingUpdates discard updates that queued up while the bot was down ({@code DROP_PENDING_UPDATES})
   * @param pollTimeoutSeconds the {@code getUpdates} timeout (0 to 50)
   * @param drainTimeout how long {@link #close()} lets in-flight updates finish
   */
  public LongPollingRunner(String token, URI apiServer, UpdateIntake intake, boolean dropPendingUpdates,
      int pollTimeoutSeconds, Duration drainTimeout) {
    this.token = Objects.requireNonNull(token, "token");
    this.apiServer = Objects.requireNonNull(apiServer, "apiServer");
    this.intake = Objects.requireNonNull(intake, "intake");
    this.dropPendingUpdates = dropPendingUpdates;
    if (pollTimeoutSeconds < 0 || pollTimeoutSeconds > DEFAULT_POLL_TIMEOUT_SECONDS) {
      throw new IllegalArgumentException("pollTimeoutSeconds must be 0 to 50, got " + pollTimeoutSeconds);
    }
    this.pollTimeoutSeconds = pollTimeoutSeconds;
    this.drainTimeout = Objects.requireNonNull(drainTimeout, "drainTimeout");
  }

  /** The request for the next batch: confirms everything up to {@code lastReceived}, asks for the allowed types only. */
  public GetUpdates nextPoll(int lastReceived) {
    return GetUpdates.builder()
        .offset(lastReceived + 1)
        .limit(BATCH_LIMIT)
        .timeout(pollTimeoutSeconds)
        .allowedUpdates(AllowedUpdates.TYPES)
        .build();
  }

  /**
   * Starts polling (after dropping the backlog, if configured).
   *
   * @throws TelegramApiException the Bot API could not be reached or refused the token
   */
  public synchronized void start() throws TelegramApiException {
    if (application != null) {
      throw new IllegalStateException("already started");
    }
    if (dropPendingUpdates) {
      TelegramClient client = BotApiServer.client(token, apiServer);
      client.execute(DeleteWebhook.builder().dropPendingUpdates(true).build());
      log.info("Dropped the updates pending since the last run (DROP_PENDING_UPDATES)");
    }
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "telegram-long-poll");
      thread.setDaemon(true);
      return thread;
    });
    pollThread = executor;
    application = new TelegramBotsLongPollingApplication(
        com.fasterxml.jackson.databind.ObjectMapper::new,
        new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator(),
        () -> executor);
    TelegramUrl url = BotApiServer.url(apiServer);
    try {
      application.registerBot(token, () -> url, this::nextPoll, new Consumer());
    } catch (TelegramApiException | RuntimeException e) {
      executor.shutdownNow();
      application = null;
      throw e;
    }
    log.info("Long polling started (allowed updates: {})", AllowedUpdates.TYPES);
  }

  /** Stops polling, then lets the intake finish what it accepted (within the drain timeout). Idempotent. */
  @Override
  public synchronized void close() {
    if (!stopping.compareAndSet(false, true)) {
      return;
    }
    if (application != null) {
      try {
        application.close();
      } catch (Exception e) {
        log.warn("Stopping long polling failed: {}", e.toString());
      }
      // No interrupt: an interrupted poll would only log an error; the daemon thread ends with the poll in progress.
      pollThread.shutdown();
    }
    pollingStopped.countDown();
    intake.close(drainTimeout);
  }

  /** True while the poll thread holds a batch the intake did not accept (see {@code holdUntilPollingStops}). */
  boolean isHoldingABatch() {
    return holding;
  }

  /** Waits until the polling thread has ended, so no further {@code getUpdates} can be made; for tests. */
  boolean awaitPollingEnded(Duration timeout) throws InterruptedException {
    ScheduledExecutorService thread = pollThread;
    return thread == null || thread.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  private final class Consumer implements LongPollingUpdateConsumer {
    @Override
    public void consume(List<Update> updates) {
      if (stopping.get()) {
        // Returned by the poll that was in progress when polling stopped: not confirmed, so Telegram sends it again.
        log.info("Long polling is stopping: {} update(s) left for redelivery", updates.size());
        return;
      }
      // Returning confirms the batch (the next poll asks for what follows it): accept returns only once every update
      // is handled or kept, or the intake is closing (then polling stops and nothing more is confirmed).
      BatchOutcome outcome = intake.accept(updates);
      if (!outcome.confirmable()) {
        log.info("Batch of {} update(s) ended {}; not confirmed", updates.size(), outcome);
        holdUntilPollingStops();
      }
    }

    /**
     * BotSession has already moved its offset past this batch, so returning while it still polls would confirm what
     * was not accepted (the intake was closed before polling was, say). Hold the poll thread until polling is stopped;
     * if that wait is cut short, throw: an exception ends BotSession's periodic poll, so nothing more is confirmed.
     */
    private void holdUntilPollingStops() {
      holding = true;
      try {
        pollingStopped.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("long polling stopped: a batch could not be accepted and must not be confirmed");
      } finally {
        holding = false;
      }
    }
  }
}

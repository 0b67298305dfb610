package io.alita.telegram.send;

import static io.alita.telegram.send.CallCategory.MESSAGE;
import static io.alita.telegram.send.CallCategory.NON_MESSAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.alita.domain.model.ChatId;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * {@link OutboundRateLimiter#submit}: the same limits and answers as {@link OutboundRateLimiter#call}, but waiting on a
 * scheduler rather than a thread. Time is fake: the scheduler runs what is due only when the test moves the clock.
 */
class OutboundRateLimiterAsyncTest {

  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final ChatId GROUP = ChatId.of(-1001234567890L);
  private static final ChatId OTHER_GROUP = ChatId.of(-1009876543210L);

  private final FakeTime time = new FakeTime();
  private final ManualScheduler scheduler = new ManualScheduler(time);
  /** One thread for every request: a call that waited on it would stop every other. */
  private final ExecutorService executor = Executors.newSingleThreadExecutor();
  private OutboundRateLimiter limiter =
      new OutboundRateLimiter(RateLimits.telegramDefaults(), TelegramErrorClassifier.standard(), time, time);

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  private <T> CompletableFuture<T> submit(CallCategory category, ChatId chat, TelegramCall<T> call) {
    return limiter.submit(category, chat, call, scheduler, executor);
  }

  private static Throwable failure(CompletableFuture<?> future) throws Exception {
    return assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS)).getCause();
  }

  @Test
  void aCallThatMayGoAtOnceGivesItsValue() throws Exception {
    assertEquals("sent", submit(MESSAGE, GROUP, () -> "sent").get(5, TimeUnit.SECONDS));
    assertEquals(0, scheduler.pending(), "nothing waited");
  }

  @Test
  void aCallWaitingOutItsChatsPauseHoldsNoThreadSoAnotherChatGoesOn() throws Exception {
    List<Duration> attempts = new CopyOnWriteArrayList<>();
    CompletableFuture<String> flooded = submit(MESSAGE, GROUP, () -> {
      attempts.add(time.elapsed());
      if (attempts.size() == 1) {
        throw TelegramErrors.tooManyRequests(30);
      }
      return "sent after the pause";
    });
    scheduler.awaitPending(1, WAIT);

    // The only request thread is free while the first call waits: the other chat's call runs on it now.
    assertEquals("sent elsewhere", submit(MESSAGE, OTHER_GROUP, () -> "sent elsewhere").get(5, TimeUnit.SECONDS));
    assertFalse(flooded.isDone());

    scheduler.advance(Duration.ofMillis(30_100));
    assertEquals("sent after the pause", flooded.get(5, TimeUnit.SECONDS));
    assertEquals(List.of(Duration.ZERO, Duration.ofMillis(30_100)), attempts, "retried after retry_after + 0.1 s");
  }

  @Test
  void aQueuedMessageWaitsForItsSlotWithoutAThread() throws Exception {
    for (int i = 0; i < 3; i++) {
      submit(MESSAGE, GROUP, () -> "burst").get(5, TimeUnit.SECONDS);
    }
    CompletableFuture<Duration> fourth = submit(MESSAGE, GROUP, time::elapsed);
    scheduler.awaitPending(1, WAIT);

    assertEquals(Duration.ZERO, submit(NON_MESSAGE, null, time::elapsed).get(5, TimeUnit.SECONDS));
    scheduler.advance(Duration.ofSeconds(1));

    assertEquals(Duration.ofSeconds(1), fourth.get(5, TimeUnit.SECONDS), "one message per second once the burst is spent");
  }

  @Test
  void retriesAreCappedAsForABlockingCall() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    limiter = new OutboundRateLimiter(RateLimits.telegramDefaults().withMaxRetries(3), TelegramErrorClassifier.standard(),
        time, time);
    CompletableFuture<String> call = submit(MESSAGE, GROUP, () -> {
      attempts.incrementAndGet();
      throw TelegramErrors.tooManyRequests(1);
    });
    for (int retry = 1; retry <= 3; retry++) {
      scheduler.awaitPending(1, WAIT);
      scheduler.advance(Duration.ofMillis(1_100));
    }

    RateLimitedException e = assertInstanceOf(RateLimitedException.class, failure(call));
    assertEquals(RateLimitedException.Kind.RETRIES_EXHAUSTED, e.kind());
    assertEquals(4, attempts.get(), "the first attempt and 3 retries");
    assertEquals(429, ((TelegramApiRequestException) e.getCause()).getErrorCode());
  }

  @Test
  void refusalsAndFailuresComeBackAsFromABlockingCall() throws Exception {
    TelegramApiRequestException serverError = TelegramErrors.error(500, "Internal Server Error");
    TelegramApiException networkError = new TelegramApiException("Unable to execute sendmessage method");
    IllegalArgumentException bug = new IllegalArgumentException("a request that cannot be built");

    TelegramRefusal refusal = assertInstanceOf(TelegramRefusal.class, failure(submit(NON_MESSAGE, GROUP, () -> {
      throw TelegramErrors.error(400, "Bad Request: not enough rights to restrict/unrestrict chat member");
    })));
    assertEquals(RefusalReason.NOT_ENOUGH_RIGHTS, refusal.reason());
    assertSame(serverError, failure(submit(MESSAGE, GROUP, () -> {
      throw serverError;
    })));
    assertSame(networkError, failure(submit(MESSAGE, GROUP, () -> {
      throw networkError;
    })));
    assertSame(bug, failure(submit(MESSAGE, GROUP, () -> {
      throw bug;
    })));
  }

  @Test
  void aCallThatCannotStartBeforeItsDeadlineFailsAtOnceAndIsNeverSent() throws Exception {
    limiter.pauseAll(Duration.ofMinutes(2));
    AtomicInteger executed = new AtomicInteger();

    RateLimitedException e = assertInstanceOf(RateLimitedException.class,
        failure(submit(MESSAGE, GROUP, executed::incrementAndGet)));

    assertEquals(RateLimitedException.Kind.QUEUE_TIMEOUT, e.kind());
    assertEquals(0, executed.get());
    assertEquals(0, scheduler.pending());
  }

  @Test
  void aCallWhoseExecutorStoppedWhileItWaitedFailsRatherThanHangs() throws Exception {
    limiter.pauseAll(Duration.ofSeconds(5));
    CompletableFuture<String> waiting = submit(NON_MESSAGE, null, () -> "never");
    scheduler.awaitPending(1, WAIT);
    executor.shutdown();

    scheduler.advance(Duration.ofSeconds(6));

    assertInstanceOf(RejectedExecutionException.class, failure(waiting));
  }
}

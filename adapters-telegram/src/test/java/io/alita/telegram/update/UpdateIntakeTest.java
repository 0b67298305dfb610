package io.alita.telegram.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.update.Incoming;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

class UpdateIntakeTest {

  private static final long CHAT_A = -1001000000001L;
  private static final long CHAT_B = -1001000000002L;

  private final List<String> processed = new CopyOnWriteArrayList<>();
  private UpdateIntake intake;

  @AfterEach
  void close() {
    if (intake != null) {
      intake.close(Duration.ofSeconds(5));
    }
  }

  @Test
  void updatesOfOneChatRunInArrivalOrder() {
    intake = new UpdateIntake(new UpdateMapper(), update -> {
      sleep(3); // give a reordering every chance to show
      processed.add(text(update));
    }, 4);
    List<Update> batch = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      batch.add(TestUpdates.text(i, CHAT_A, "a" + i));
    }

    assertEquals(BatchOutcome.HANDLED, intake.handle(batch));

    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      expected.add("a" + i);
    }
    assertEquals(expected, processed, "one chat's updates in order, even across a lane's turns");
  }

  @Test
  void differentChatsRunAtTheSameTime() {
    CountDownLatch bothStarted = new CountDownLatch(2);
    AtomicInteger sawTheOther = new AtomicInteger();
    intake = new UpdateIntake(new UpdateMapper(), update -> {
      bothStarted.countDown();
      // Only possible if the other chat's update runs concurrently.
      if (await(bothStarted, 5)) {
        sawTheOther.incrementAndGet();
      }
    }, 2);

    intake.handle(List.of(TestUpdates.text(1, CHAT_A, "a"), TestUpdates.text(2, CHAT_B, "b")));

    assertEquals(2, sawTheOther.get());
  }

  @Test
  void handleReturnsOnlyAfterEveryUpdateIsProcessed() {
    AtomicInteger done = new AtomicInteger();
    intake = new UpdateIntake(new UpdateMapper(), update -> {
      sleep(50);
      done.incrementAndGet();
    }, 2);

    intake.handle(List.of(TestUpdates.text(1, CHAT_A, "a"), TestUpdates.text(2, CHAT_B, "b"),
        TestUpdates.text(3, CHAT_A, "c")));

    assertEquals(3, done.get());
  }

  @Test
  void aRepeatedUpdateIsProcessedOnce() {
    intake = new UpdateIntake(new UpdateMapper(), update -> processed.add(text(update)), 2);
    Update update = TestUpdates.text(7, CHAT_A, "once");

    intake.handle(List.of(update, update));
    intake.handle(List.of(TestUpdates.text(7, CHAT_A, "once")));

    assertEquals(List.of("once"), processed);
  }

  @Test
  void aRepeatOfAnUpdateInFlightWaitsForIt() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    intake = new UpdateIntake(new UpdateMapper(), update -> {
      started.countDown();
      await(release, 5);
      processed.add(text(update));
    }, 2);
    CompletableFuture<BatchOutcome> first =
        CompletableFuture.supplyAsync(() -> intake.handle(List.of(TestUpdates.text(9, CHAT_A, "slow"))));
    assertTrue(started.await(5, TimeUnit.SECONDS));

    CompletableFuture<BatchOutcome> repeat =
        CompletableFuture.supplyAsync(() -> intake.handle(List.of(TestUpdates.text(9, CHAT_A, "slow"))));
    Thread.sleep(100);
    assertFalse(repeat.isDone(), "the repeat is acknowledged only when the first delivery is handled");

    release.countDown();
    assertEquals(BatchOutcome.HANDLED, repeat.get(5, TimeUnit.SECONDS));
    assertEquals(BatchOutcome.HANDLED, first.get(5, TimeUnit.SECONDS));
    assertEquals(List.of("slow"), processed);
  }

  @Test
  void aFailingUpdateDoesNotStopTheNextOnes() {
    intake = new UpdateIntake(new UpdateMapper(), update -> {
      if (text(update).equals("boom")) {
        throw new IllegalStateException("handler bug");
      }
      processed.add(text(update));
    }, 1);

    BatchOutcome outcome = intake.handle(List.of(TestUpdates.text(1, CHAT_A, "before"),
        TestUpdates.text(2, CHAT_A, "boom"), TestUpdates.text(3, CHAT_A, "after")));

    assertEquals(BatchOutcome.HANDLED, outcome);
    assertEquals(List.of("before", "after"), processed);
  }

  @Test
  void updatesOfNoInterestAreSkipped() {
    intake = new UpdateIntake(new UpdateMapper(), update -> processed.add(text(update)), 1);

    assertEquals(BatchOutcome.HANDLED, intake.handle(List.of(TestUpdates.poll(1), TestUpdates.text(2, CHAT_A, "x"))));
    assertEquals(List.of("x"), processed);
  }

  @Test
  void aBoundedWaitLeavesTheUpdateRunning() {
    CountDownLatch release = new CountDownLatch(1);
    intake = new UpdateIntake(new UpdateMapper(), update -> {
      await(release, 5);
      processed.add(text(update));
    }, 1);

    assertEquals(BatchOutcome.STILL_RUNNING,
        intake.handle(List.of(TestUpdates.text(1, CHAT_A, "slow")), Duration.ofMillis(100)));
    assertEquals(1, intake.inFlight());

    release.countDown();
    assertTrue(intake.close(Duration.ofSeconds(5)), "close lets it finish");
    assertEquals(List.of("slow"), processed);
  }

  @Test
  void closeFinishesWhatWasAcceptedThenRefusesMore() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    intake = new UpdateIntake(new UpdateMapper(), update -> {
      started.countDown();
      sleep(200);
      processed.add(text(update));
    }, 1);
    CompletableFuture<BatchOutcome> running = CompletableFuture.supplyAsync(() -> intake.handle(
        List.of(TestUpdates.text(1, CHAT_A, "first"), TestUpdates.text(2, CHAT_A, "second"))));
    assertTrue(started.await(5, TimeUnit.SECONDS));

    assertTrue(intake.close(Duration.ofSeconds(5)));

    assertEquals(BatchOutcome.HANDLED, running.get(5, TimeUnit.SECONDS));
    assertEquals(List.of("first", "second"), processed);
    assertFalse(intake.isAccepting());
    assertEquals(BatchOutcome.NOT_ACCEPTED, intake.handle(List.of(TestUpdates.text(3, CHAT_A, "late"))));
    assertEquals(List.of("first", "second"), processed);
  }

  @Test
  void closeGivesUpOnAStuckUpdateAfterItsBound() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    intake = new UpdateIntake(new UpdateMapper(), update -> {
      started.countDown();
      sleep(10_000);
    }, 1);
    CompletableFuture<BatchOutcome> stuck =
        CompletableFuture.supplyAsync(() -> intake.handle(List.of(TestUpdates.text(1, CHAT_A, "stuck"))));
    assertTrue(started.await(5, TimeUnit.SECONDS));

    assertFalse(intake.close(Duration.ofMillis(200)));
    // The transport waiting for it is released and told it was not handled, so it is not acknowledged.
    assertEquals(BatchOutcome.NOT_ACCEPTED, stuck.get(5, TimeUnit.SECONDS));
  }

  private static String text(Incoming update) {
    return ((Incoming.Message) update).message().text();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean await(CountDownLatch latch, int seconds) {
    try {
      return latch.await(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}

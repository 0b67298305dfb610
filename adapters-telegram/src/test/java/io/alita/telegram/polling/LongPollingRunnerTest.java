package io.alita.telegram.polling;

import static io.alita.telegram.update.IntakeFixtures.NEVER_KEPT;
import static io.alita.telegram.update.IntakeFixtures.recording;
import static io.alita.telegram.update.IntakeFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.dispatch.EventHandler;
import io.alita.domain.update.Incoming;
import io.alita.telegram.fakeapi.ApiCall;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeMembers;
import io.alita.telegram.fakeapi.FakeUser;
import io.alita.telegram.update.AllowedUpdates;
import io.alita.telegram.update.InMemoryUpdateInbox;
import io.alita.telegram.update.IntakeFixtures;
import io.alita.telegram.update.UpdateIntake;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real TelegramBots long polling, over real HTTP, against the fake Bot API. */
class LongPollingRunnerTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Duration MOMENT = Duration.ofMillis(100);
  private static final FakeChat GROUP_A = FakeChat.supergroup(-1001000000001L, "Group A");
  private static final FakeChat GROUP_B = FakeChat.supergroup(-1001000000002L, "Group B");
  private static final FakeUser ALICE = FakeUser.of(111, "Alice", "alice");
  private static final FakeUser DAVE = FakeUser.of(114, "Dave");

  private FakeBotApi api;
  private LongPollingRunner runner;
  private UpdateIntake intake;
  private final InMemoryUpdateInbox inbox = new InMemoryUpdateInbox();
  private final BlockingQueue<Incoming> processed = new LinkedBlockingQueue<>();

  @BeforeEach
  void startApi() {
    api = FakeBotApi.start();
  }

  @AfterEach
  void stop() {
    if (runner != null) {
      runner.close();
    }
    api.close();
  }

  private void start(EventHandler handler, boolean dropPending, Duration keepAfter) throws Exception {
    intake = IntakeFixtures.intake(handler, IntakeFixtures.NO_ACTIONS, inbox, IntakeFixtures.settings(4, keepAfter));
    runner = new LongPollingRunner(api.token(), URI.create("http://127.0.0.1:" + api.port()), intake, dropPending, 1,
        Duration.ofSeconds(5));
    runner.start();
  }

  private int send(FakeChat chat, String text) {
    return api.updates().text(chat, ALICE, text).get("update_id").asInt();
  }

  @Test
  void anUpdateStillRunningIsConfirmedOnceItIsKeptInTheInbox() throws Exception {
    CountDownLatch mayFinish = new CountDownLatch(1);
    start(recording(update -> {
      await(mayFinish);
      processed.add(update);
    }), false, MOMENT);

    int updateId = send(GROUP_A, "hello");

    api.awaitConfirmed(updateId, WAIT);
    assertEquals(List.of((long) updateId), inbox.keptIds(), "confirmed only because it is kept");
    assertTrue(processed.isEmpty(), "still running");
    mayFinish.countDown();
    inbox.awaitState(i -> i.keptIds().isEmpty(), WAIT, "forgotten once handled");
    assertEquals(1, processed.size());
    assertEquals(1, api.deliveryCount(updateId));
  }

  @Test
  void anUpdateThatCanBeNeitherHandledNorKeptIsNotConfirmedUntilItIsHandled() throws Exception {
    inbox.goDown();
    CountDownLatch processing = new CountDownLatch(1);
    CountDownLatch mayFinish = new CountDownLatch(1);
    start(recording(update -> {
      processing.countDown();
      await(mayFinish);
      processed.add(update);
    }), false, MOMENT);

    int updateId = send(GROUP_A, "hello");
    assertTrue(processing.await(10, TimeUnit.SECONDS));

    // A second failed keep shows the consumer is still waiting, so BotSession cannot have polled again.
    inbox.awaitState(i -> i.failedKeeps() >= 2, WAIT, "keep tried again");
    assertFalse(api.isConfirmed(updateId), "in flight and not kept, so the offset has not passed it");

    mayFinish.countDown();
    api.awaitConfirmed(updateId, WAIT);
    assertEquals(1, processed.size());
    assertEquals(1, api.deliveryCount(updateId));
  }

  @Test
  void oneChatInOrderWhileAnotherChatRunsAlongside() throws Exception {
    List<String> orderA = new CopyOnWriteArrayList<>();
    CountDownLatch groupBDone = new CountDownLatch(1);
    start(recording(update -> {
      if (update.chatId().value() == GROUP_B.id()) {
        groupBDone.countDown();
        return;
      }
      if (text(update).equals("a1")) {
        // Group B's update, behind this one in the batch or in a later one, must get through while group A is busy.
        assertTrue(await(groupBDone), "group B ran concurrently with group A");
      }
      orderA.add(text(update));
    }), false, MOMENT);

    int lastA = 0;
    for (int i = 1; i <= 5; i++) {
      lastA = send(GROUP_A, "a" + i);
    }
    int b = send(GROUP_B, "b1");

    api.awaitConfirmed(Math.max(lastA, b), WAIT);
    assertTrue(groupBDone.await(10, TimeUnit.SECONDS));
    inbox.awaitState(i -> i.keptIds().isEmpty(), WAIT, "every kept update finished");
    assertEquals(List.of("a1", "a2", "a3", "a4", "a5"), orderA);
  }

  @Test
  void aFailingUpdateDoesNotStopLaterOnes() throws Exception {
    start(recording(update -> {
      if (text(update).equals("boom")) {
        throw new IllegalStateException("handler bug");
      }
      processed.add(update);
    }), false, NEVER_KEPT);

    send(GROUP_A, "boom");
    int later = send(GROUP_A, "after");

    Incoming after = processed.poll(10, TimeUnit.SECONDS);
    assertEquals("after", text(after));
    api.awaitConfirmed(later, WAIT);
  }

  @Test
  void asksForTheAllowedTypesSoChatMemberUpdatesArrive() throws Exception {
    start(recording(processed::add), false, NEVER_KEPT);

    api.updates().chatMember(GROUP_A, ALICE, FakeMembers.member(DAVE), FakeMembers.administrator(DAVE,
        FakeMembers.AdminRight.CAN_DELETE_MESSAGES));

    Incoming member = processed.poll(10, TimeUnit.SECONDS);
    assertInstanceOf(Incoming.Member.class, member);
    ApiCall poll = api.awaitCall("getupdates", WAIT);
    assertEquals(AllowedUpdates.TYPES.size(), poll.json("allowed_updates").size());
    assertEquals(java.util.Set.copyOf(AllowedUpdates.TYPES), java.util.Set.copyOf(api.allowedUpdates()));
    assertTrue(api.droppedUpdates().isEmpty());
  }

  @Test
  void droppingPendingUpdatesDiscardsTheBacklogOnly() throws Exception {
    int old = send(GROUP_A, "while the bot was down");

    start(recording(processed::add), true, NEVER_KEPT);

    ApiCall drop = api.awaitCall("deletewebhook", c -> "true".equals(c.param("drop_pending_updates")), WAIT);
    assertTrue(drop.succeeded());
    api.awaitCall("getupdates", WAIT);
    send(GROUP_A, "fresh");
    Incoming first = processed.poll(10, TimeUnit.SECONDS);
    assertEquals("fresh", text(first));
    assertEquals(0, api.deliveryCount(old));
  }

  @Test
  void closeStopsPollingThenLetsTheUpdateInFlightFinish() throws Exception {
    CountDownLatch processing = new CountDownLatch(1);
    CountDownLatch mayFinish = new CountDownLatch(1);
    start(recording(update -> {
      processing.countDown();
      await(mayFinish);
      processed.add(update);
    }), false, NEVER_KEPT);
    int updateId = send(GROUP_A, "in flight");
    assertTrue(processing.await(10, TimeUnit.SECONDS));

    CompletableFuture<Void> closing = CompletableFuture.runAsync(runner::close);
    // Polling is stopped before the intake closes; once the intake is closing, let the update finish.
    IntakeFixtures.awaitTrue(() -> !intake.isAccepting(), WAIT, "the intake closing");
    assertFalse(closing.isDone(), "close waits for the update in flight");
    mayFinish.countDown();
    closing.get(10, TimeUnit.SECONDS);

    assertEquals(1, processed.size(), "finished before close returned");
    assertTrue(runner.awaitPollingEnded(WAIT), "the polling thread ended: no poll after close");
    // Never confirmed, since no later poll happened: Telegram delivers it again after a restart, never loses it.
    assertFalse(api.isConfirmed(updateId));
  }

  @Test
  void aBatchTheIntakeDidNotAcceptIsNotConfirmedEvenWhilePollingGoesOn() throws Exception {
    CountDownLatch processing = new CountDownLatch(1);
    CountDownLatch mayFinish = new CountDownLatch(1);
    start(recording(update -> {
      processing.countDown();
      await(mayFinish);
    }), false, NEVER_KEPT);
    int updateId = send(GROUP_A, "in flight");
    assertTrue(processing.await(10, TimeUnit.SECONDS));

    // The intake is closed on its own (not through the runner) and gives the update up: the batch is not accepted.
    assertFalse(intake.close(Duration.ofMillis(100)));

    // BotSession has moved its offset already; returning now would confirm the batch with the next poll.
    IntakeFixtures.awaitTrue(runner::isHoldingABatch, WAIT, "the poll thread holding the refused batch");
    assertFalse(api.isConfirmed(updateId));
    mayFinish.countDown();
    runner.close();
    assertTrue(runner.awaitPollingEnded(WAIT));
    assertFalse(api.isConfirmed(updateId), "Telegram delivers it again after a restart");
  }

  private static boolean await(CountDownLatch latch) {
    try {
      return latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}

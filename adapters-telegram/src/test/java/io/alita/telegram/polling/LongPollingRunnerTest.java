package io.alita.telegram.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.update.Incoming;
import io.alita.telegram.fakeapi.ApiCall;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeMembers;
import io.alita.telegram.fakeapi.FakeUser;
import io.alita.telegram.update.AllowedUpdates;
import io.alita.telegram.update.UpdateIntake;
import io.alita.telegram.update.UpdateMapper;
import io.alita.telegram.update.UpdateProcessor;
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
  private static final FakeChat GROUP_A = FakeChat.supergroup(-1001000000001L, "Group A");
  private static final FakeChat GROUP_B = FakeChat.supergroup(-1001000000002L, "Group B");
  private static final FakeUser ALICE = FakeUser.of(111, "Alice", "alice");
  private static final FakeUser DAVE = FakeUser.of(114, "Dave");

  private FakeBotApi api;
  private LongPollingRunner runner;
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

  private void start(UpdateProcessor processor, boolean dropPending) throws Exception {
    UpdateIntake intake = new UpdateIntake(new UpdateMapper(), processor, 4);
    runner = new LongPollingRunner(api.token(), URI.create("http://127.0.0.1:" + api.port()), intake, dropPending, 1,
        Duration.ofSeconds(5));
    runner.start();
  }

  @Test
  void anUpdateIsConfirmedOnlyAfterItsProcessingFinished() throws Exception {
    CountDownLatch processing = new CountDownLatch(1);
    CountDownLatch mayFinish = new CountDownLatch(1);
    start(update -> {
      processing.countDown();
      await(mayFinish);
      processed.add(update);
    }, false);

    int updateId = api.updates().text(GROUP_A, ALICE, "hello").get("update_id").asInt();
    assertTrue(processing.await(10, TimeUnit.SECONDS));
    Thread.sleep(1_500); // longer than a poll timeout: a poll confirming it would have happened by now
    assertFalse(api.isConfirmed(updateId), "in flight, so the offset has not passed it");
    assertTrue(api.confirmedOffset() <= updateId);

    mayFinish.countDown();
    api.awaitConfirmed(updateId, WAIT);
    assertEquals(1, processed.size());
    assertEquals(1, api.deliveryCount(updateId));
  }

  @Test
  void oneChatInOrderWhileAnotherChatRunsAlongside() throws Exception {
    List<String> orderA = new CopyOnWriteArrayList<>();
    CountDownLatch groupBDone = new CountDownLatch(1);
    start(update -> {
      String text = ((Incoming.Message) update).message().text();
      if (update.chat().id().value() == GROUP_B.id()) {
        groupBDone.countDown();
        return;
      }
      if (text.equals("a1")) {
        // Group B's update, behind this one in the batch, must get through while group A is busy.
        assertTrue(await(groupBDone), "group B ran concurrently with group A");
      }
      orderA.add(text);
    }, false);

    for (int i = 1; i <= 5; i++) {
      api.updates().text(GROUP_A, ALICE, "a" + i);
    }
    int last = api.updates().text(GROUP_B, ALICE, "b1").get("update_id").asInt();

    api.awaitConfirmed(last, WAIT);
    assertEquals(List.of("a1", "a2", "a3", "a4", "a5"), orderA);
    assertEquals(0, groupBDone.getCount());
  }

  @Test
  void aFailingUpdateDoesNotStopLaterOnes() throws Exception {
    start(update -> {
      if (((Incoming.Message) update).message().text().equals("boom")) {
        throw new IllegalStateException("handler bug");
      }
      processed.add(update);
    }, false);

    api.updates().text(GROUP_A, ALICE, "boom");
    int later = api.updates().text(GROUP_A, ALICE, "after").get("update_id").asInt();

    Incoming after = processed.poll(10, TimeUnit.SECONDS);
    assertEquals("after", ((Incoming.Message) after).message().text());
    api.awaitConfirmed(later, WAIT);
  }

  @Test
  void asksForTheAllowedTypesSoChatMemberUpdatesArrive() throws Exception {
    start(processed::add, false);

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
    int old = api.updates().text(GROUP_A, ALICE, "while the bot was down").get("update_id").asInt();

    start(processed::add, true);

    ApiCall drop = api.awaitCall("deletewebhook", c -> "true".equals(c.param("drop_pending_updates")), WAIT);
    assertTrue(drop.succeeded());
    api.awaitCall("getupdates", WAIT);
    api.updates().text(GROUP_A, ALICE, "fresh");
    Incoming first = processed.poll(10, TimeUnit.SECONDS);
    assertEquals("fresh", ((Incoming.Message) first).message().text());
    assertEquals(0, api.deliveryCount(old));
  }

  @Test
  void closeStopsPollingThenLetsTheUpdateInFlightFinish() throws Exception {
    CountDownLatch processing = new CountDownLatch(1);
    CountDownLatch mayFinish = new CountDownLatch(1);
    start(update -> {
      processing.countDown();
      await(mayFinish);
      processed.add(update);
    }, false);
    int updateId = api.updates().text(GROUP_A, ALICE, "in flight").get("update_id").asInt();
    assertTrue(processing.await(10, TimeUnit.SECONDS));

    CompletableFuture<Void> closing = CompletableFuture.runAsync(runner::close);
    Thread.sleep(300);
    assertFalse(closing.isDone(), "close waits for the update in flight");
    mayFinish.countDown();
    closing.get(10, TimeUnit.SECONDS);

    assertEquals(1, processed.size());
    int polls = api.calls("getupdates").size();
    Thread.sleep(1_500);
    assertEquals(polls, api.calls("getupdates").size(), "no polling after close");
    // Never confirmed, since no later poll happened: Telegram delivers it again after a restart, never loses it.
    assertFalse(api.isConfirmed(updateId));
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

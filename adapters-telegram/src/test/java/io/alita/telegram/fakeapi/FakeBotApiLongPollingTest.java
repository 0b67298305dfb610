package io.alita.telegram.fakeapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.DefaultLongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/** The real TelegramBots long-polling application against the fake. */
class FakeBotApiLongPollingTest {

  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final FakeChat GROUP = FakeChat.supergroup(-1001234567890L, "Alita testers");
  private static final FakeUser ALICE = FakeUser.of(111, "Alice", "alice");

  @Test
  void longPolledUpdateReachesTheConsumer() throws Exception {
    try (FakeBotApi api = FakeBotApi.start();
        TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication()) {
      BlockingQueue<Update> received = new LinkedBlockingQueue<>();
      app.registerBot(api.token(), api::telegramUrl, new DefaultGetUpdatesGenerator(), received::addAll);

      int updateId = api.updates().command(GROUP, ALICE, "/start").get("update_id").asInt();

      Update update = received.poll(5, TimeUnit.SECONDS);
      assertNotNull(update, "the consumer got the update");
      assertEquals(updateId, update.getUpdateId());
      assertEquals("/start", update.getMessage().getText());
      assertEquals(GROUP.id(), update.getMessage().getChatId());
      // TelegramBots removes any webhook before polling, then polls with its defaults.
      assertEquals("deletewebhook", api.calls().get(0).method());
      ApiCall poll = api.awaitCall("getupdates", WAIT);
      assertEquals(1, poll.longParam("offset"));
      assertEquals(100, poll.longParam("limit"));
      assertEquals(50, poll.longParam("timeout"));
      assertEquals(1, api.deliveryCount(updateId));
    }
  }

  @Test
  void aSynchronousConsumerConfirmsTheUpdateOnlyAfterItReturns() throws Exception {
    try (FakeBotApi api = FakeBotApi.start();
        TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication()) {
      CountDownLatch handling = new CountDownLatch(1);
      CountDownLatch mayFinish = new CountDownLatch(1);
      AtomicLong lastCallBeforeReturn = new AtomicLong();
      // BotSession polls again (with offset = last id + 1) only after consume(List) returns.
      app.registerBot(api.token(), api::telegramUrl, new DefaultGetUpdatesGenerator(), updates -> {
        handling.countDown();
        await(mayFinish);
        lastCallBeforeReturn.set(api.calls().stream().mapToLong(ApiCall::sequence).max().orElse(0));
      });

      int updateId = api.updates().text(GROUP, ALICE, "hello").get("update_id").asInt();
      assertTrue(handling.await(5, TimeUnit.SECONDS));
      assertFalse(api.isConfirmed(updateId), "still being handled, so not acknowledged");

      mayFinish.countDown();
      api.awaitConfirmed(updateId, WAIT);
      ApiCall confirming = api.calls("getupdates").stream()
          .filter(c -> c.longParam("offset") > updateId).findFirst().orElseThrow();
      assertTrue(confirming.sequence() > lastCallBeforeReturn.get(), "the confirming poll came after consume returned");
      assertEquals(updateId + 1, api.confirmedOffset());
      assertEquals(0, api.pendingUpdateCount());
    }
  }

  @Test
  void defaultLongPollingUpdateConsumerAcknowledgesBeforeItsHandlerFinishes() throws Exception {
    CountDownLatch handling = new CountDownLatch(1);
    CountDownLatch mayFinish = new CountDownLatch(1);
    DefaultLongPollingUpdateConsumer consumer = new DefaultLongPollingUpdateConsumer() {
      @Override
      public void consume(Update update) {
        handling.countDown();
        await(mayFinish);
      }
    };
    try (FakeBotApi api = FakeBotApi.start();
        TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication()) {
      app.registerBot(api.token(), api::telegramUrl, new DefaultGetUpdatesGenerator(), consumer);

      int updateId = api.updates().text(GROUP, ALICE, "hello").get("update_id").asInt();
      assertTrue(handling.await(5, TimeUnit.SECONDS));

      // Its consume(List) only hands the updates to an executor, so the offset moves on while the handler runs:
      // a crash now would lose the update. A worker that needs at-least-once must not rely on it.
      api.awaitConfirmed(updateId, WAIT);
      mayFinish.countDown();
    } finally {
      mayFinish.countDown();
      consumer.close();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package io.alita.telegram.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.model.ChatId;
import io.alita.telegram.fakeapi.ApiCall;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The real client through the real limiter, in real time, against the fake Bot API. */
class OutboundRateLimiterIntegrationTest {

  private static final FakeChat GROUP = FakeChat.supergroup(-1001234567890L, "Alita testers");
  private static final FakeChat OTHER_GROUP = FakeChat.supergroup(-1009876543210L, "Other testers");

  @Test
  void messageRefusedWith429IsDeliveredExactlyOnceAfterThePause() throws Exception {
    try (FakeBotApi api = FakeBotApi.start()) {
      TelegramClient client = new OkHttpTelegramClient(api.token(), api.telegramUrl());
      OutboundRateLimiter limiter = OutboundRateLimiter.withTelegramDefaults();
      api.failNext("sendmessage", 429, 1);

      CompletableFuture<Message> send = CompletableFuture.supplyAsync(() -> call(() -> limiter.call(
          CallCategory.MESSAGE, ChatId.of(GROUP.id()),
          () -> client.execute(new SendMessage(Long.toString(GROUP.id()), "Welcome!")))));
      ApiCall refused = api.awaitCall("sendmessage", c -> !c.succeeded(), Duration.ofSeconds(5));
      awaitPause(limiter);
      // A call to another chat made during the pause is held back too.
      CompletableFuture<Object> lookup = CompletableFuture.supplyAsync(() -> call(() -> limiter.call(
          CallCategory.NON_MESSAGE, null, () -> client.execute(new GetChat(Long.toString(OTHER_GROUP.id()))))));

      Message delivered = send.get(5, TimeUnit.SECONDS);
      lookup.get(5, TimeUnit.SECONDS);

      assertEquals("Welcome!", delivered.getText());
      List<ApiCall> sends = api.calls("sendmessage");
      assertEquals(2, sends.size(), "the refused attempt and one retry: " + sends);
      assertEquals(429, sends.get(0).errorCode());
      assertTrue(sends.get(1).succeeded());
      assertEquals(1, sends.stream().filter(ApiCall::succeeded).count(), "delivered exactly once");
      assertEquals(delivered.getMessageId(), sends.get(1).result().get("message_id").asInt());
      assertAtLeastAboutOneSecondAfter(refused, sends.get(1));
      ApiCall getChat = api.awaitCall("getchat", Duration.ofSeconds(1));
      assertTrue(getChat.sequence() > refused.sequence());
      assertAtLeastAboutOneSecondAfter(refused, getChat);
      assertEquals(List.of(refused), api.calls().stream().filter(c -> !c.succeeded()).toList(), "nothing else failed");
    }
  }

  /** The client sees the 429 a moment after the fake recorded it; wait until the limiter has acted on it. */
  private static void awaitPause(OutboundRateLimiter limiter) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (limiter.pauseRemaining().isZero()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("the limiter never paused");
      }
      Thread.sleep(5);
    }
  }

  private static void assertAtLeastAboutOneSecondAfter(ApiCall first, ApiCall later) {
    Duration gap = Duration.between(first.receivedAt(), later.receivedAt());
    // retry_after 1 s + 0.1 s margin; a loose lower bound only, never an upper one, so a busy machine cannot fail it.
    assertTrue(gap.compareTo(Duration.ofMillis(900)) >= 0, later.method() + " came only " + gap.toMillis() + " ms later");
  }

  @FunctionalInterface
  private interface Call<T> {
    T run() throws Exception;
  }

  private static <T> T call(Call<T> call) {
    try {
      return call.run();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

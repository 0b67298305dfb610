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
  void messageRefusedWith429IsDeliveredExactlyOnceAfterThePauseWhileOtherChatsGoOn() throws Exception {
    try (FakeBotApi api = FakeBotApi.start()) {
      TelegramClient client = new OkHttpTelegramClient(api.token(), api.telegramUrl());
      OutboundRateLimiter limiter = OutboundRateLimiter.withTelegramDefaults();
      api.failNextInChat("sendmessage", GROUP.id(), 429, 2);

      CompletableFuture<Message> send = CompletableFuture.supplyAsync(() -> call(() -> limiter.call(
          CallCategory.MESSAGE, ChatId.of(GROUP.id()),
          () -> client.execute(new SendMessage(Long.toString(GROUP.id()), "Welcome!")))));
      ApiCall refused = api.awaitCall("sendmessage", c -> !c.succeeded(), Duration.ofSeconds(5));
      awaitPause(limiter, ChatId.of(GROUP.id()));
      // Calls into another chat made during the pause go through at once.
      Message elsewhere = limiter.call(CallCategory.MESSAGE, ChatId.of(OTHER_GROUP.id()),
          () -> client.execute(new SendMessage(Long.toString(OTHER_GROUP.id()), "Hello there")));
      limiter.call(CallCategory.NON_MESSAGE, ChatId.of(OTHER_GROUP.id()),
          () -> client.execute(new GetChat(Long.toString(OTHER_GROUP.id()))));

      Message delivered = send.get(10, TimeUnit.SECONDS);

      assertEquals("Welcome!", delivered.getText());
      assertEquals("Hello there", elsewhere.getText());
      List<ApiCall> sends = api.calls("sendmessage").stream()
          .filter(c -> c.longParam("chat_id") == GROUP.id()).toList();
      assertEquals(2, sends.size(), "the refused attempt and one retry: " + sends);
      assertEquals(429, sends.get(0).errorCode());
      assertTrue(sends.get(1).succeeded());
      assertEquals(delivered.getMessageId(), sends.get(1).result().get("message_id").asInt());
      assertAtLeastAboutTwoSecondsAfter(refused, sends.get(1));
      ApiCall otherSend = api.awaitCall("sendmessage", c -> c.longParam("chat_id") == OTHER_GROUP.id(),
          Duration.ofSeconds(1));
      ApiCall getChat = api.awaitCall("getchat", Duration.ofSeconds(1));
      assertTrue(refused.sequence() < otherSend.sequence() && otherSend.sequence() < sends.get(1).sequence(),
          "the other chat's message went out between the 429 and the retry");
      assertTrue(getChat.sequence() < sends.get(1).sequence());
      assertEquals(List.of(refused), api.calls().stream().filter(c -> !c.succeeded()).toList(), "nothing else failed");
    }
  }

  /** The client sees the 429 a moment after the fake recorded it; wait until the limiter has acted on it. */
  private static void awaitPause(OutboundRateLimiter limiter, ChatId chat) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (limiter.pauseRemaining(chat).isZero()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("the limiter never paused " + chat);
      }
      Thread.sleep(5); // polling for a condition with a deadline
    }
  }

  private static void assertAtLeastAboutTwoSecondsAfter(ApiCall first, ApiCall later) {
    Duration gap = Duration.between(first.receivedAt(), later.receivedAt());
    // retry_after 2 s + 0.1 s margin; a loose lower bound only, never an upper one, so a busy machine cannot fail it.
    assertTrue(gap.compareTo(Duration.ofMillis(1_900)) >= 0, later.method() + " came only " + gap.toMillis() + " ms later");
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

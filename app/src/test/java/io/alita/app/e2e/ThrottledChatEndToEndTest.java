package io.alita.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alita.app.TestApps;
import io.alita.postgres.testing.TestDatabase;
import io.alita.telegram.fakeapi.ApiCall;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeMembers;
import io.alita.telegram.fakeapi.FakeUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * No chat waits for another (issue 9, decision 0019): while one chat's reply waits out Telegram's flood control (a 429
 * with {@code retry_after: 30}), another chat's command is answered at once, by long polling and by webhook. The real
 * worker, on a real PostgreSQL, against the fake Bot API over HTTP. Both modes run side by side, so the class takes
 * the 30 seconds once.
 */
class ThrottledChatEndToEndTest {

  static final FakeChat THROTTLED = FakeChat.supergroup(-1001000000301L, "Throttled group");
  static final FakeChat OTHER = FakeChat.supergroup(-1001000000302L, "Other group");
  static final FakeUser ADMIN = FakeUser.of(31, "Ada", "ada_admin");
  static final int RETRY_AFTER_SECONDS = 30;
  static final Duration ANSWERED_WITHIN = Duration.ofSeconds(1);
  static final String SECRET = "throttle-secret_0123456789";

  /** What one mode measured. */
  record Measured(Duration otherAnsweredAfter, Duration throttledWaited, int throttledReplies) {}

  @Test
  @Timeout(value = 240, unit = TimeUnit.SECONDS) // fault suite: bounded in time
  void aChatWaitingOutFloodControlDoesNotDelayAnotherChatInEitherMode() throws Exception {
    CompletableFuture<Measured> polling = CompletableFuture.supplyAsync(() -> run(false));
    CompletableFuture<Measured> webhook = CompletableFuture.supplyAsync(() -> run(true));
    for (CompletableFuture<Measured> mode : List.of(polling, webhook)) {
      Measured m = mode.join();
      String name = mode == polling ? "long polling" : "webhook";
      assertTrue(m.otherAnsweredAfter().compareTo(ANSWERED_WITHIN) < 0,
          name + ": the other chat was answered after " + m.otherAnsweredAfter().toMillis() + " ms");
      assertTrue(m.throttledWaited().compareTo(Duration.ofSeconds(RETRY_AFTER_SECONDS)) >= 0,
          name + ": the throttled chat's reply came " + m.throttledWaited().toMillis() + " ms after the 429");
      assertEquals(1, m.throttledReplies(), name + ": the throttled chat was answered once");
    }
  }

  private static Measured run(boolean webhook) {
    try (FakeBotApi api = FakeBotApi.start()) {
      api.setLongPollCap(Duration.ofMillis(500));
      for (FakeChat chat : List.of(THROTTLED, OTHER)) {
        api.setChat(chat);
        api.setChatMember(chat.id(), FakeMembers.fullAdministrator(ADMIN));
      }
      TestDatabase.Coordinates db = TestDatabase.create();
      Map<String, String> mode = webhook
          ? Map.of("USE_WEBHOOKS", "true", "WEBHOOK_DOMAIN", "https://bot.example.com", "WEBHOOK_SECRET", SECRET)
          : Map.of();
      try (TestApps.Running worker = TestApps.worker(db, api, mode)) {
        Delivery deliver = webhook ? new Webhook(worker.httpPort()) : update -> api.enqueue(update);
        if (webhook) {
          api.awaitCall("setwebhook", Duration.ofSeconds(10));
        }
        api.failNext("sendmessage", 429, RETRY_AFTER_SECONDS);
        deliver.send(update(api.updates().message(THROTTLED, ADMIN).command("/rules").build()));
        ApiCall refused = api.awaitCall("sendmessage", c -> chat(c) == THROTTLED.id() && c.errorCode() == 429,
            Duration.ofSeconds(10));

        long offeredAt = System.nanoTime();
        deliver.send(update(api.updates().message(OTHER, ADMIN).command("/rules").build()));
        api.awaitCall("sendmessage", c -> chat(c) == OTHER.id(), Duration.ofSeconds(10));
        Duration other = Duration.ofNanos(System.nanoTime() - offeredAt);

        ApiCall answered = api.awaitCall("sendmessage", c -> chat(c) == THROTTLED.id() && c.succeeded(),
            Duration.ofSeconds(RETRY_AFTER_SECONDS + 10));
        // as the Bot API saw them: from the 429 to the call that came after it
        Duration waited = Duration.between(refused.receivedAt(), answered.receivedAt());
        int replies = (int) api.calls("sendmessage").stream()
            .filter(c -> chat(c) == THROTTLED.id() && c.succeeded()).count();
        return new Measured(other, waited, replies);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode update(ObjectNode message) {
    ObjectNode update = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
    update.set("message", message);
    return update;
  }

  private static long chat(ApiCall call) {
    return call.longParam("chat_id");
  }

  /** How an update reaches the worker. */
  @FunctionalInterface
  private interface Delivery {
    void send(ObjectNode update) throws Exception;
  }

  /** Telegram posting to the worker's webhook. */
  private static final class Webhook implements Delivery {
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final AtomicInteger nextId = new AtomicInteger(700_000);

    Webhook(int port) {
      this.port = port;
    }

    @Override
    public void send(ObjectNode update) throws Exception {
      update.put("update_id", nextId.incrementAndGet());
      HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
              + "/webhook")).header("Content-Type", "application/json")
          .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
          .POST(HttpRequest.BodyPublishers.ofString(update.toString())).build(), HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new AssertionError("the webhook answered " + answer.statusCode());
      }
    }
  }
}

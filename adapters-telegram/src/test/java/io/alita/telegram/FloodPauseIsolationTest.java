package io.alita.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.dispatch.EventHandler;
import io.alita.domain.dispatch.Outcome;
import io.alita.domain.update.Incoming;
import io.alita.telegram.action.TelegramChatActions;
import io.alita.telegram.client.BotApiServer;
import io.alita.telegram.fakeapi.ApiCall;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeUser;
import io.alita.telegram.polling.LongPollingRunner;
import io.alita.telegram.send.OutboundRateLimiter;
import io.alita.telegram.update.InMemoryUpdateInbox;
import io.alita.telegram.update.IntakeMonitor;
import io.alita.telegram.update.UpdateIntake;
import io.alita.telegram.update.UpdateMapper;
import io.alita.telegram.webhook.WebhookEndpoint;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The acceptance test: while one chat's sends wait out a 429 with {@code retry_after: 30}, another chat's
 * message is answered within a second, by long polling and through the webhook.
 *
 * <p>Everything but the bot's logic is real: the fake Bot API over HTTP, TelegramBots' OkHttp client and long polling,
 * the rate limiter, the asynchronous chat actions, the intake with its standard settings, and the webhook route on a
 * Javalin server that the updates are POSTed to. The bot answers each message with a reply. Both modes run at the same
 * time (started before the tests, each test awaits its own), so the class takes about 31 s rather than 62.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FloodPauseIsolationTest {

  private static final FakeChat CHAT_A = FakeChat.supergroup(-1001000000001L, "Flooded group");
  private static final FakeChat CHAT_B = FakeChat.supergroup(-1001000000002L, "Quiet group");
  private static final FakeUser ALICE = FakeUser.of(111, "Alice", "alice");
  private static final int RETRY_AFTER = 30;
  private static final String SECRET = "flood_test_secret";

  /** What one mode showed. */
  private record Result(ApiCall refused, ApiCall replyInA, Instant bAvailable, ApiCall replyInB,
      List<Long> keptWhileWaiting, List<Long> keptAfterwards) {

    Duration bAnsweredAfter() {
      return Duration.between(bAvailable, replyInB.receivedAt());
    }

    Duration aAnsweredAfterThe429() {
      return Duration.between(refused.receivedAt(), replyInA.receivedAt());
    }
  }

  private CompletableFuture<Result> longPolling;
  private CompletableFuture<Result> webhook;

  @BeforeAll
  void startBoth() {
    longPolling = CompletableFuture.supplyAsync(() -> run(this::longPollingScenario));
    webhook = CompletableFuture.supplyAsync(() -> run(this::webhookScenario));
  }

  @AfterAll
  void awaitBoth() {
    // Both are awaited by their tests; this only keeps a failed one from leaking its servers into other classes.
    CompletableFuture.allOf(longPolling, webhook).exceptionally(e -> null).join();
  }

  @Test
  void byLongPollingAnotherChatIsAnsweredWithinASecondWhileOneWaitsOutA30SecondPause() throws Exception {
    check("long polling", longPolling.get(60, TimeUnit.SECONDS));
  }

  @Test
  void throughTheWebhookAnotherChatIsAnsweredWithinASecondWhileOneWaitsOutA30SecondPause() throws Exception {
    check("webhook", webhook.get(60, TimeUnit.SECONDS));
  }

  private static void check(String mode, Result r) {
    System.out.printf("[%s] chat B answered %d ms after its update was available; chat A answered %d ms after the 429%n",
        mode, r.bAnsweredAfter().toMillis(), r.aAnsweredAfterThe429().toMillis());
    assertEquals("You said: hello from B", r.replyInB().param("text"));
    assertTrue(r.bAnsweredAfter().compareTo(Duration.ofSeconds(1)) < 0,
        mode + ": chat B answered only after " + r.bAnsweredAfter().toMillis() + " ms");
    assertTrue(r.replyInB().receivedAt().isBefore(r.replyInA().receivedAt()), "B did not wait for A");
    assertEquals("You said: hello from A", r.replyInA().param("text"));
    assertTrue(r.aAnsweredAfterThe429().compareTo(Duration.ofSeconds(RETRY_AFTER)) >= 0,
        mode + ": chat A answered " + r.aAnsweredAfterThe429().toMillis() + " ms after the 429, inside the pause");
    assertEquals(1, r.keptWhileWaiting().size(), "A's update was kept in the inbox while it waited: " + r);
    assertEquals(List.of(), r.keptAfterwards(), "and forgotten once answered");
  }

  // ------------------------------------------------------------------------------------------------ the bot

  /** The real client, limiter, asynchronous actions and intake around a bot that answers every message. */
  private static final class Bot implements AutoCloseable {
    final FakeBotApi api = FakeBotApi.start();
    final InMemoryUpdateInbox inbox = new InMemoryUpdateInbox();
    final ScheduledExecutorService waits = Executors.newSingleThreadScheduledExecutor();
    final ExecutorService requests = Executors.newFixedThreadPool(4);
    final UpdateIntake intake;

    Bot() {
      TelegramChatActions actions = new TelegramChatActions(
          BotApiServer.client(api.token(), serverUri()), OutboundRateLimiter.withTelegramDefaults(), waits, requests);
      EventHandler answering = event -> {
        if (!(event instanceof Incoming.Message m)) {
          return new Outcome.Handled(new Effects());
        }
        return new Outcome.Handled(new Effects().add(new ChatAction.Send(OutgoingMessage.replyTo(
            m.chatId(), m.message().id(), "You said: " + m.message().text()))));
      };
      intake = new UpdateIntake(new UpdateMapper(), answering, actions, inbox, IntakeMonitor.NONE,
          UpdateIntake.Settings.standard(), Clock.systemUTC());
      // Chat A's first answer is refused, as Telegram does when a group is over its flood limit.
      api.failNextInChat("sendmessage", CHAT_A.id(), 429, RETRY_AFTER);
    }

    URI serverUri() {
      return URI.create("http://127.0.0.1:" + api.port());
    }

    ApiCall awaitReplyIn(FakeChat chat, Duration timeout) {
      return api.awaitCall("sendmessage", c -> c.succeeded() && c.longParam("chat_id") == chat.id(), timeout);
    }

    ApiCall await429() {
      return api.awaitCall("sendmessage", c -> c.errorCode() == 429, Duration.ofSeconds(10));
    }

    Result finish(ApiCall refused, Instant bAvailable, ApiCall replyInB) {
      List<Long> keptWhileWaiting = inbox.keptIds();
      ApiCall replyInA = awaitReplyIn(CHAT_A, Duration.ofSeconds(RETRY_AFTER + 10));
      inbox.awaitState(i -> i.keptIds().isEmpty(), Duration.ofSeconds(5), "A's update forgotten");
      return new Result(refused, replyInA, bAvailable, replyInB, keptWhileWaiting, inbox.keptIds());
    }

    @Override
    public void close() {
      intake.close(Duration.ofSeconds(5));
      waits.shutdownNow();
      requests.shutdownNow();
      api.close();
    }
  }

  @FunctionalInterface
  private interface Scenario {
    Result run() throws Exception;
  }

  private static Result run(Scenario scenario) {
    try {
      return scenario.run();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Result longPollingScenario() throws Exception {
    try (Bot bot = new Bot()) {
      LongPollingRunner runner = new LongPollingRunner(bot.api.token(), bot.serverUri(), bot.intake, false,
          LongPollingRunner.DEFAULT_POLL_TIMEOUT_SECONDS, Duration.ofSeconds(5));
      runner.start();
      try {
        bot.api.updates().text(CHAT_A, ALICE, "hello from A");
        ApiCall refused = bot.await429();

        Instant bAvailable = Instant.now();
        bot.api.updates().text(CHAT_B, ALICE, "hello from B");
        ApiCall replyInB = bot.awaitReplyIn(CHAT_B, Duration.ofSeconds(10));
        return bot.finish(refused, bAvailable, replyInB);
      } finally {
        runner.close();
      }
    }
  }

  private Result webhookScenario() throws Exception {
    try (Bot bot = new Bot()) {
      WebhookEndpoint endpoint = new WebhookEndpoint(SECRET, bot.intake);
      Javalin server = Javalin.create(cfg -> {
        cfg.startup.showJavalinBanner = false;
        endpoint.register(cfg);
      }).start("127.0.0.1", 0);
      HttpClient http = HttpClient.newHttpClient();
      try {
        assertEquals(200, post(http, server, update(bot, 1, CHAT_A, "hello from A")).statusCode());
        ApiCall refused = bot.await429();

        Instant bAvailable = Instant.now();
        assertEquals(200, post(http, server, update(bot, 2, CHAT_B, "hello from B")).statusCode());
        ApiCall replyInB = bot.awaitReplyIn(CHAT_B, Duration.ofSeconds(10));
        return bot.finish(refused, bAvailable, replyInB);
      } finally {
        server.stop();
      }
    }
  }

  private static String update(Bot bot, int updateId, FakeChat chat, String text) {
    ObjectNode update = new ObjectMapper().createObjectNode().put("update_id", updateId);
    update.set("message", bot.api.updates().message(chat, ALICE).text(text).build());
    return update.toString();
  }

  private static HttpResponse<String> post(HttpClient http, Javalin server, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + WebhookEndpoint.PATH))
        .header(WebhookEndpoint.SECRET_HEADER, SECRET)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}

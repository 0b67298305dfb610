package io.alita.telegram.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.dispatch.EventHandler;
import io.alita.domain.update.Incoming;
import io.alita.telegram.update.InMemoryUpdateInbox;
import io.alita.telegram.update.IntakeFixtures;
import io.alita.telegram.update.UpdateIntake;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The webhook route on an in-process Javalin server, called with the JDK's HTTP client. */
class WebhookEndpointTest {

  private static final String SECRET = "s3cret_Token-for-tests";
  private static final long MAX_BODY = 4 * 1024;

  private final List<Incoming> processed = new CopyOnWriteArrayList<>();
  private final InMemoryUpdateInbox inbox = new InMemoryUpdateInbox();
  private final HttpClient http = HttpClient.newHttpClient();
  private UpdateIntake intake;
  private Javalin server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
    if (intake != null) {
      intake.close(Duration.ofSeconds(5));
    }
  }

  private void start(EventHandler handler, Duration keepAfter) {
    intake = IntakeFixtures.intake(handler, IntakeFixtures.NO_ACTIONS, inbox, IntakeFixtures.settings(2, keepAfter));
    WebhookEndpoint endpoint = new WebhookEndpoint(SECRET, intake, MAX_BODY);
    server = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      endpoint.register(cfg);
    }).start("127.0.0.1", 0);
  }

  private void start() {
    start(IntakeFixtures.recording(processed::add), IntakeFixtures.NEVER_KEPT);
  }

  @Test
  void theRightSecretGetsTheUpdateHandledBeforeTheAnswer() throws Exception {
    CountDownLatch handling = new CountDownLatch(1);
    CountDownLatch mayFinish = new CountDownLatch(1);
    start(IntakeFixtures.recording(update -> {
      handling.countDown();
      await(mayFinish);
      processed.add(update);
    }), IntakeFixtures.NEVER_KEPT);

    CompletableFuture<HttpResponse<String>> answer = http.sendAsync(request(SECRET, update(700000001, "hello")),
        HttpResponse.BodyHandlers.ofString());
    assertTrue(handling.await(10, TimeUnit.SECONDS));
    assertFalse(answer.isDone(), "no answer while the update is being handled");
    mayFinish.countDown();
    HttpResponse<String> response = answer.get(10, TimeUnit.SECONDS);

    assertEquals(200, response.statusCode());
    assertEquals("", response.body(), "an empty answer: Telegram would run a method written in it");
    assertEquals(1, processed.size(), "handled by the time Telegram hears 200");
    assertEquals("hello", ((Incoming.Message) processed.get(0)).message().text());
  }

  @Test
  void aWrongSecretIsRefusedAndNothingIsProcessed() throws Exception {
    start();

    assertEquals(401, post("not-the-secret", update(700000002, "forged")).statusCode());
    assertEquals(401, post(SECRET + "x", update(700000003, "forged")).statusCode());
    // The same chat's next update is handled after anything accepted before it, so by its answer nothing is pending.
    assertEquals(200, post(SECRET, update(700000010, "genuine")).statusCode());
    assertEquals(List.of("genuine"), texts());
  }

  @Test
  void aMissingSecretIsRefused() throws Exception {
    start();

    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri())
        .POST(HttpRequest.BodyPublishers.ofString(update(700000004, "no header"))).build(),
        HttpResponse.BodyHandlers.ofString());

    assertEquals(401, response.statusCode());
    assertEquals(List.of(), processed);
  }

  @Test
  void theSecretIsCheckedBeforeTheBodyIsLookedAt() throws Exception {
    start();

    // Too large AND forged: the answer is about the secret, so the body was never the first thing examined.
    assertEquals(401, post("forged", "x".repeat((int) MAX_BODY * 2)).statusCode());
  }

  @Test
  void theSameUpdateDeliveredTwiceIsProcessedOnce() throws Exception {
    start();
    String body = update(700000005, "twice");

    assertEquals(200, post(SECRET, body).statusCode());
    assertEquals(200, post(SECRET, body).statusCode());

    assertEquals(1, processed.size());
  }

  @Test
  void anOversizedBodyIsRefused() throws Exception {
    start();
    String padded = update(700000006, "x".repeat((int) MAX_BODY));

    assertEquals(413, post(SECRET, padded).statusCode());
    assertEquals(List.of(), processed);
  }

  @Test
  void anOversizedBodyWithoutContentLengthIsRefusedToo() throws Exception {
    start();
    byte[] padded = update(700000007, "x".repeat((int) MAX_BODY)).getBytes(StandardCharsets.UTF_8);

    // An InputStream publisher has no known length: sent chunked, with no Content-Length to check up front.
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri())
        .header(WebhookEndpoint.SECRET_HEADER, SECRET)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(padded))).build(),
        HttpResponse.BodyHandlers.ofString());

    assertEquals(413, response.statusCode());
    assertEquals(List.of(), processed);
  }

  @Test
  void aSlowUpdateIsKeptInTheInboxAndThenAcknowledged() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    start(IntakeFixtures.recording(update -> {
      await(release);
      processed.add(update);
    }), Duration.ofMillis(200));

    long started = System.nanoTime();
    HttpResponse<String> response = post(SECRET, update(700000008, "slow"));

    assertEquals(200, response.statusCode());
    assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5), "a slow chat never holds the connection");
    assertEquals(List.of(700000008L), inbox.keptIds(), "acknowledged because it is kept");
    assertEquals(List.of(), processed, "still running");
    release.countDown();
    assertTrue(intake.close(Duration.ofSeconds(5)));
    assertEquals(1, processed.size());
    assertEquals(List.of(), inbox.keptIds(), "forgotten once handled");
  }

  @Test
  void anUpdateThatCanBeNeitherHandledNorKeptIsAnswered503AndHandledOnceWhenRedelivered() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    start(IntakeFixtures.recording(update -> {
      await(release);
      processed.add(update);
    }), Duration.ofMillis(200));
    inbox.goDown();

    assertEquals(503, post(SECRET, update(700000011, "database down")).statusCode(), "Telegram delivers it again");

    release.countDown();
    IntakeFixtures.awaitTrue(() -> processed.size() == 1, Duration.ofSeconds(10), "the first delivery handled");
    // The redelivery joins the first delivery, which went on meanwhile: not handled a second time.
    assertEquals(200, post(SECRET, update(700000011, "database down")).statusCode());
    assertEquals(List.of("database down"), texts());
  }

  @Test
  void notAnUpdateIsABadRequest() throws Exception {
    start();

    assertEquals(400, post(SECRET, "{not json").statusCode());
    assertEquals(400, post(SECRET, "null").statusCode(), "JSON, but no update");
    assertEquals(400, post(SECRET, "{}").statusCode(), "no update_id");
    assertEquals(400, post(SECRET, "{\"message\": {\"message_id\": 1}}").statusCode(), "no update_id");
    assertEquals(List.of(), texts(), "nothing reached the bot");
  }

  @Test
  void whileClosingUpdatesAreLeftForRedelivery() throws Exception {
    start();
    intake.close(Duration.ofSeconds(1));

    assertEquals(503, post(SECRET, update(700000009, "late")).statusCode());
    assertEquals(List.of(), processed);
  }

  @Test
  void anInvalidSecretIsRejectedAtConstruction() {
    UpdateIntake unused = IntakeFixtures.intake(IntakeFixtures.recording(u -> { }), IntakeFixtures.NO_ACTIONS, inbox,
        IntakeFixtures.settings(1, IntakeFixtures.NEVER_KEPT));
    try {
      IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> new WebhookEndpoint("has spaces and ümlauts", unused));
      assertTrue(e.getMessage().startsWith("WEBHOOK_SECRET:"), e.getMessage());
      assertTrue(!e.getMessage().contains("ümlauts"), "the value is never repeated");
      org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new WebhookEndpoint("", unused));
    } finally {
      unused.close(Duration.ofSeconds(1));
    }
  }

  private HttpResponse<String> post(String secret, String body) throws Exception {
    return http.send(request(secret, body), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest request(String secret, String body) {
    return HttpRequest.newBuilder(uri())
        .header(WebhookEndpoint.SECRET_HEADER, secret)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  private URI uri() {
    return URI.create("http://127.0.0.1:" + server.port() + WebhookEndpoint.PATH);
  }

  private static String update(int updateId, String text) {
    return """
        {"update_id": %d, "message": {"message_id": 10, "date": 1764150000,
          "from": {"id": 111, "is_bot": false, "first_name": "Alice"},
          "chat": {"id": -1001234567890, "title": "Alita testers", "type": "supergroup"},
          "text": "%s", "some_field_newer_than_the_library": {"x": 1}}}""".formatted(updateId, text);
  }

  private List<String> texts() {
    return processed.stream().map(IntakeFixtures::text).toList();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

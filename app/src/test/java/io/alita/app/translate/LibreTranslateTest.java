package io.alita.app.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.alita.app.translate.FakeLibreTranslate.Mode;
import io.alita.domain.misc.TranslationPort;
import io.alita.domain.misc.TranslationPort.Unavailable.Cause;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The LibreTranslate adapter against a fake server over real HTTP: the request it sends and every kind of answer. */
class LibreTranslateTest {

  private final FakeLibreTranslate server = FakeLibreTranslate.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private LibreTranslate client(Optional<String> key) {
    return new LibreTranslate(server.url(), key, Duration.ofMillis(800), 1);
  }

  @Test
  void aTranslationIsPostedAsLibreTranslateTakesItAndItsAnswerRead() {
    TranslationPort.Result result = client(Optional.of("k-123")).translate("Good morning", "fr");

    assertEquals(new TranslationPort.Translated("[fr] Good morning", Optional.of("en")), result);
    JsonNode sent = server.requests().get(0);
    assertEquals("Good morning", sent.path("q").asText());
    assertEquals("auto", sent.path("source").asText());
    assertEquals("fr", sent.path("target").asText());
    assertEquals("text", sent.path("format").asText());
    assertEquals("k-123", sent.path("api_key").asText());
  }

  @Test
  void withoutAKeyNoneIsSentAndATrailingSlashOfTheUrlIsFine() {
    LibreTranslate client = new LibreTranslate(URI.create(server.url() + "/"), Optional.empty());
    assertTrue(client.translate("hi", "de") instanceof TranslationPort.Translated);
    assertFalse(server.requests().get(0).has("api_key"));
  }

  @Test
  void aRefusalIsRejectedAndServerErrorsAndBadAnswersAreUnavailable() {
    LibreTranslate client = client(Optional.empty());
    server.answer(Mode.REJECT);
    assertEquals(new TranslationPort.Rejected("xx is not supported"), client.translate("hi", "xx"));
    server.answer(Mode.FAIL);
    assertEquals(new TranslationPort.Unavailable(Cause.DOWN), client.translate("hi", "fr"));
    server.answer(Mode.GARBAGE);
    assertEquals(new TranslationPort.Unavailable(Cause.BAD_ANSWER), client.translate("hi", "fr"));
    server.answer(Mode.NO_TRANSLATION);
    assertEquals(new TranslationPort.Unavailable(Cause.BAD_ANSWER), client.translate("hi", "fr"));
  }

  @Test
  void aServerThatDoesNotAnswerTimesOutWithinTheBound() {
    server.answer(Mode.HOLD);
    long start = System.nanoTime();
    TranslationPort.Result result = client(Optional.empty()).translate("hi", "fr");
    long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertEquals(new TranslationPort.Unavailable(Cause.TIMEOUT), result);
    assertTrue(tookMillis < 5_000, "took " + tookMillis + " ms");
  }

  @Test
  void aServerThatIsNotThereIsDown() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    LibreTranslate client = new LibreTranslate(URI.create("http://127.0.0.1:" + port), Optional.empty(),
        Duration.ofSeconds(2), 1);
    assertEquals(new TranslationPort.Unavailable(Cause.DOWN), client.translate("hi", "fr"));
  }

  @Test
  void whenEveryCallIsTakenTheNextIsBusyAtOnce() throws Exception {
    server.answer(Mode.HOLD);
    LibreTranslate client = new LibreTranslate(server.url(), Optional.empty(), Duration.ofSeconds(20), 1);
    CompletableFuture<TranslationPort.Result> first = CompletableFuture.supplyAsync(() -> client.translate("a", "fr"));
    assertTrue(server.awaitHeld(Duration.ofSeconds(10)), "the first call reached the server");

    assertEquals(new TranslationPort.Unavailable(Cause.BUSY), client.translate("b", "fr"));

    server.release();
    first.get(10, TimeUnit.SECONDS);
    server.answer(Mode.TRANSLATE);
    assertTrue(client.translate("c", "fr") instanceof TranslationPort.Translated, "the slot is free again");
  }

  @Test
  void credentialsInTheUrlNeverReachTheLog() {
    LibreTranslate client = new LibreTranslate(URI.create("https://bot:hunter2@translate.example.com"),
        Optional.empty());
    assertEquals("LibreTranslate[https://***@translate.example.com/translate]", client.toString());
  }
}

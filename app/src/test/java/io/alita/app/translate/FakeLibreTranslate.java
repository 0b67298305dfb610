package io.alita.app.translate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A LibreTranslate server for tests, over real HTTP on a free local port: {@code POST /translate} answers as the
 * {@link Mode} says, and every request body is kept. Its "translation" is recognisable: {@code [fr] hello} for
 * {@code hello} into {@code fr}, detected as {@code en}.
 */
public final class FakeLibreTranslate implements AutoCloseable {

  /** How the server answers. */
  public enum Mode {
    /** 200 with a translation. */
    TRANSLATE,
    /** 400 {@code {"error": ...}}, as for an unsupported target language. */
    REJECT,
    /** 500. */
    FAIL,
    /** Holds the request until {@link #release()} or close: the client times out. */
    HOLD,
    /** 200 with an HTML page. */
    GARBAGE,
    /** 200 with JSON that has no translatedText. */
    NO_TRANSLATION
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
  private final CountDownLatch released = new CountDownLatch(1);
  private volatile Mode mode = Mode.TRANSLATE;
  private volatile CountDownLatch held = new CountDownLatch(1);

  private FakeLibreTranslate(HttpServer server) {
    this.server = server;
  }

  public static FakeLibreTranslate start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      FakeLibreTranslate fake = new FakeLibreTranslate(server);
      server.createContext("/translate", fake::handle);
      server.setExecutor(fake.threads);
      server.start();
      return fake;
    } catch (IOException e) {
      throw new IllegalStateException("could not start the fake LibreTranslate", e);
    }
  }

  /** The base URL, as TRANSLATE_URL takes it. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public void answer(Mode next) {
    this.mode = next;
  }

  /** The JSON bodies received, oldest first. */
  public List<JsonNode> requests() {
    return List.copyOf(requests);
  }

  /** Waits until a request is being held ({@link Mode#HOLD}). */
  public boolean awaitHeld(Duration wait) throws InterruptedException {
    return held.await(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Lets held requests go (they answer 503 then). */
  public void release() {
    released.countDown();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      JsonNode body;
      try {
        body = JSON.readTree(exchange.getRequestBody().readAllBytes());
      } catch (IOException e) {
        respond(exchange, 400, "{\"error\":\"Invalid request: not JSON\"}");
        return;
      }
      requests.add(body);
      switch (mode) {
        case TRANSLATE -> {
          ObjectNode answer = JSON.createObjectNode()
              .put("translatedText", "[" + body.path("target").asText() + "] " + body.path("q").asText());
          answer.putObject("detectedLanguage").put("confidence", 90.0).put("language", "en");
          respond(exchange, 200, answer.toString());
        }
        case REJECT -> respond(exchange, 400,
            "{\"error\":\"" + body.path("target").asText() + " is not supported\"}");
        case FAIL -> respond(exchange, 500, "{\"error\":\"internal error\"}");
        case HOLD -> {
          held.countDown();
          try {
            released.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          respond(exchange, 503, "{}");
        }
        case GARBAGE -> respond(exchange, 200, "<html><body>Welcome to nginx!</body></html>");
        case NO_TRANSLATION -> respond(exchange, 200, "{\"detectedLanguage\":{\"language\":\"en\"}}");
        default -> throw new IllegalStateException();
      }
    }
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    try {
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } catch (IOException e) {
      // the client gave up (a timeout under test): nothing to answer
    }
  }

  @Override
  public void close() {
    release();
    server.stop(0);
    threads.shutdownNow();
  }
}

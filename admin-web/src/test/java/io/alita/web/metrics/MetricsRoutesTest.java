package io.alita.web.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /metrics} served by a real Javalin server, with and without a token. */
class MetricsRoutesTest {

  private static final String TOKEN = "s3cret-metrics-token-0123456789";

  private final HttpClient http = HttpClient.newHttpClient();
  private final MetricsRegistry registry = new MetricsRegistry();
  private Javalin app;

  private void start(Optional<String> token) {
    registry.counter("alita_updates_handled_total", "Updates handled").inc();
    MetricsRoutes routes = new MetricsRoutes(registry, token);
    app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      routes.register(cfg);
    }).start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.stop();
    }
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void withoutATokenAnyoneReadsTheMetricsInPrometheusTextFormat() throws Exception {
    start(Optional.empty());

    HttpResponse<String> r = get("/metrics");

    assertEquals(200, r.statusCode());
    assertEquals("text/plain; version=0.0.4; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
    assertTrue(r.body().contains("# TYPE alita_updates_handled_total counter\nalita_updates_handled_total 1\n"),
        r.body());
  }

  @Test
  void withATokenAScrapeWithoutTheHeaderIsRefused() throws Exception {
    start(Optional.of(TOKEN));

    HttpResponse<String> r = get("/metrics");

    assertEquals(401, r.statusCode());
    assertEquals("Bearer realm=\"metrics\"", r.headers().firstValue("WWW-Authenticate").orElse(""));
    assertTrue(r.body().startsWith("401 Unauthorized"), r.body());
    assertFalse(r.body().contains("alita_updates_handled_total"));
  }

  @Test
  void withATokenAWrongOrMalformedOneIsRefused() throws Exception {
    start(Optional.of(TOKEN));

    assertEquals(401, get("/metrics", "Authorization", "Bearer " + TOKEN + "x").statusCode());
    assertEquals(401, get("/metrics", "Authorization", "Bearer " + TOKEN.substring(1)).statusCode());
    assertEquals(401, get("/metrics", "Authorization", "Basic " + TOKEN).statusCode());
    assertEquals(401, get("/metrics", "Authorization", TOKEN).statusCode());
    assertEquals(401, get("/metrics", "Authorization", "Bearer ").statusCode());
  }

  @Test
  void withATokenTheRightOneReadsTheMetrics() throws Exception {
    start(Optional.of(TOKEN));

    HttpResponse<String> r = get("/metrics", "Authorization", "Bearer " + TOKEN);
    HttpResponse<String> lowerCaseScheme = get("/metrics", "Authorization", "bearer " + TOKEN);

    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("alita_updates_handled_total 1"), r.body());
    assertEquals(200, lowerCaseScheme.statusCode());
  }

  @Test
  void everyAnsweredRequestIsCountedByStatusClass() throws Exception {
    start(Optional.of(TOKEN));
    get("/metrics");                                     // 401
    get("/nowhere");                                     // 404
    get("/metrics", "Authorization", "Bearer " + TOKEN); // 200

    // A request is counted once it was answered, so the count may trail the client by a moment.
    String body = "";
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    while (!body.contains("alita_http_requests_total{status=\"4xx\"} 2\n") && System.nanoTime() < deadline) {
      body = get("/metrics", "Authorization", "Bearer " + TOKEN).body();
    }

    assertTrue(body.contains("alita_http_requests_total{status=\"4xx\"} 2\n"), body);
    assertTrue(body.contains("alita_http_requests_total{status=\"3xx\"} 0\n"), body);
    assertTrue(body.contains("alita_http_requests_total{status=\"5xx\"} 0\n"), body);
    assertFalse(body.contains("alita_http_requests_total{status=\"2xx\"} 0\n"), body);
  }
}

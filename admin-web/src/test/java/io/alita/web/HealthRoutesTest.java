package io.alita.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.operations.CheckHealth;
import io.alita.domain.operations.DatabaseStatusPort;
import io.alita.domain.operations.MigrationOverview;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HealthRoutesTest {

  private final AtomicBoolean reachable = new AtomicBoolean(true);
  private final List<String> pending = new java.util.concurrent.CopyOnWriteArrayList<>();
  private Javalin app;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    DatabaseStatusPort port = new DatabaseStatusPort() {
      @Override
      public boolean isReachable() {
        return reachable.get();
      }

      @Override
      public MigrationOverview migrations() {
        return new MigrationOverview(List.of(), pending);
      }
    };
    CheckHealth health = new CheckHealth(port);
    app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      new HealthRoutes(health).register(cfg);
      SecurityHeaders.register(cfg);
    }).start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthyProcessAnswers200WithJson() throws Exception {
    HttpResponse<String> r = get("/health");
    assertEquals(200, r.statusCode());
    assertEquals("application/json", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    assertEquals("{\"status\":\"ok\",\"checks\":{\"database\":\"ok\",\"migrations\":\"current\"}}", r.body());
  }

  @Test
  void unreachableDatabaseAnswers503() throws Exception {
    reachable.set(false);
    HttpResponse<String> r = get("/health");
    assertEquals(503, r.statusCode());
    assertTrue(r.body().contains("\"database\":\"unreachable\""), r.body());
  }

  @Test
  void pendingMigrationsAnswer503AndSaySo() throws Exception {
    pending.add("20990101000000_future.sql");
    HttpResponse<String> r = get("/health");
    assertEquals(503, r.statusCode());
    assertTrue(r.body().contains("\"detail\":\"1 pending migration(s)\""), r.body());
  }
}

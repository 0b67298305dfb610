package io.alita.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.app.TestApps;
import io.alita.postgres.testing.TestDatabase;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeMembers;
import io.alita.telegram.fakeapi.FakeUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /metrics} of the real program: the worker counts what it handles and does; the console has its own. */
class MetricsEndToEndTest {

  static final Duration WAIT = Duration.ofSeconds(15);
  static final String TOKEN = "e2e-metrics-token-0123456789abcdef";
  static final FakeChat GROUP = FakeChat.supergroup(-1001000000008L, "Counted group");
  static final FakeUser ADMIN = FakeUser.of(81, "Ann", "ann_admin");

  final HttpClient http = HttpClient.newHttpClient();
  FakeBotApi api;
  TestDatabase.Coordinates db;
  TestApps.Running worker;

  @BeforeEach
  void start() throws Exception {
    api = FakeBotApi.start();
    api.setLongPollCap(Duration.ofMillis(500));
    api.setChat(GROUP);
    api.setChatMember(GROUP.id(), FakeMembers.fullAdministrator(ADMIN));
    db = TestDatabase.create();
    worker = TestApps.worker(db, api, Map.of("METRICS_TOKEN", TOKEN));
  }

  @AfterEach
  void stop() throws Exception {
    worker.close();
    api.close();
  }

  private HttpResponse<String> scrape(int port, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String metrics() throws Exception {
    HttpResponse<String> r = scrape(worker.httpPort(), "Authorization", "Bearer " + TOKEN);
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }

  private static long value(String body, String series) {
    Matcher m = Pattern.compile("^" + Pattern.quote(series) + " (\\d+)$", Pattern.MULTILINE).matcher(body);
    assertTrue(m.find(), () -> series + " not in\n" + body);
    return Long.parseLong(m.group(1));
  }

  @Test
  void theWorkersScrapeNeedsTheTokenAndShowsPoolAndVersion() throws Exception {
    assertEquals(401, scrape(worker.httpPort()).statusCode());
    assertEquals(401, scrape(worker.httpPort(), "Authorization", "Bearer wrong-token-0123456789").statusCode());

    String body = metrics();

    assertTrue(body.contains("# TYPE alita_updates_handled_total counter"), body);
    assertTrue(body.contains("alita_build_info{version=\""), body);
    assertTrue(value(body, "alita_db_pool_connections{state=\"total\"}") >= 0);
    assertTrue(body.contains("alita_db_pool_connections{state=\"pending\"}"), body);
  }

  @Test
  void anUpdateAndTheReplyItLeadsToAreCounted() throws Exception {
    String before = metrics();
    long updates = value(before, "alita_updates_handled_total{outcome=\"handled\"}");
    long sends = value(before, "alita_actions_total{type=\"send\"}");

    int update = api.updates().command(GROUP, ADMIN, "/lock url").get("update_id").asInt();
    api.awaitCall("sendmessage", c -> c.succeeded() && c.param("text").contains("url"), WAIT);
    api.awaitConfirmed(update, WAIT); // handled, and so counted

    String after = metrics();
    assertTrue(value(after, "alita_updates_handled_total{outcome=\"handled\"}") > updates, after);
    assertTrue(value(after, "alita_actions_total{type=\"send\"}") > sends, after);
    assertEquals(0, value(after, "alita_update_errors_total"), after);
  }

  @Test
  void theSettingsCachesShowWhatTheyHoldAndHowTheyWereRead() throws Exception {
    int update = api.updates().command(GROUP, ADMIN, "/lock url").get("update_id").asInt();
    api.awaitConfirmed(update, WAIT);

    String body = metrics();
    assertTrue(body.contains("# TYPE alita_settings_cache_chats gauge"), body);
    // /lock read the group's settings (misses), then its change came back from the database and emptied the caches
    assertTrue(value(body, "alita_settings_cache_chats") >= 0, body);
    assertTrue(value(body, "alita_settings_cache_reads{result=\"miss\"}") >= 1, body);
    assertTrue(value(body, "alita_settings_cache_reads{result=\"hit\"}") >= 0, body);
    assertEquals(0, value(body, "alita_settings_cache_evictions"), body);
  }

  @Test
  void aConsoleProcessServesItsOwnMetricsWithoutTheWorkersCounters() throws Exception {
    try (TestApps.Running console = TestApps.console(db, Map.of())) {
      HttpResponse<String> r = scrape(console.httpPort());

      assertEquals(200, r.statusCode(), "no METRICS_TOKEN: open");
      assertTrue(r.body().contains("alita_db_pool_connections{state=\"active\"}"), r.body());
      assertTrue(r.body().contains("alita_http_requests_total{status=\"2xx\"}"), r.body());
      assertFalse(r.body().contains("alita_updates_handled_total"), r.body());
    }
  }
}

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
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The worker in webhook mode: Telegram's POSTs, its secret header, and its retries. */
class WebhookEndToEndTest {

  static final String SECRET = "webhook-secret_0123456789";
  static final FakeChat GROUP = FakeChat.supergroup(-1001000000002L, "Webhook group");
  static final FakeUser ADMIN = FakeUser.of(21, "Ada", "ada_admin");
  static final FakeUser MEMBER = FakeUser.of(22, "Max", "max_member");

  FakeBotApi api;
  TestDatabase.Coordinates db;
  TestApps.Running app;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    api = FakeBotApi.start();
    api.setChat(GROUP);
    api.setChatMember(GROUP.id(), FakeMembers.fullAdministrator(ADMIN));
    api.setChatMember(GROUP.id(), FakeMembers.member(MEMBER));
    db = TestDatabase.create();
    app = TestApps.worker(db, api, Map.of("USE_WEBHOOKS", "true", "WEBHOOK_DOMAIN", "https://bot.example.com",
        "WEBHOOK_SECRET", SECRET));
  }

  @AfterEach
  void stop() throws Exception {
    app.close();
    api.close();
  }

  private HttpResponse<String> post(String secret, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.httpPort() + "/webhook"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    if (secret != null) {
      b.header("X-Telegram-Bot-Api-Secret-Token", secret);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String warnUpdate(long updateId) {
    ObjectNode spam = api.updates().message(GROUP, MEMBER).text("spam spam").build();
    ObjectNode warn = api.updates().message(GROUP, ADMIN).command("/warn spamming").replyTo(spam).build();
    ObjectNode update = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
    update.put("update_id", updateId);
    update.set("message", warn);
    return update.toString();
  }

  private int warnsOf(FakeUser user) throws Exception {
    try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
        "SELECT num_warns FROM warns_users WHERE user_id = " + user.id())) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  @Test
  void theWorkerRegistersItsWebhookWithTheSecret() {
    ApiCall set = api.awaitCall("setwebhook", Duration.ofSeconds(5));
    assertEquals("https://bot.example.com/webhook", set.param("url"));
    assertEquals(SECRET, set.param("secret_token"));
    assertTrue(set.json("allowed_updates").toString().contains("chat_member"), set.toString());
  }

  @Test
  void theSameUpdatePostedTwiceIsAppliedOnce() throws Exception {
    String body = warnUpdate(900001);
    assertEquals(200, post(SECRET, body).statusCode());
    assertEquals(200, post(SECRET, body).statusCode());
    assertEquals(1, warnsOf(MEMBER));
    long notices = api.calls("sendmessage").stream().filter(c -> c.param("text").contains("1/3")).count();
    assertEquals(1, notices);
  }

  @Test
  void aWrongOrMissingSecretIsRejectedAndNothingHappens() throws Exception {
    assertEquals(401, post("not-the-secret", warnUpdate(900002)).statusCode());
    assertEquals(401, post(null, warnUpdate(900003)).statusCode());
    assertEquals(0, warnsOf(MEMBER));
    assertTrue(api.calls("sendmessage").isEmpty());
  }

  /**
   * Fault suite: a webhook flooded with malformed, oversized and unsigned bodies from several clients at once gets a
   * clear status for each (400, 413, 401) and keeps serving: the real update sent afterwards is applied.
   */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS) // fault suite: bounded in time
  void aFloodOfMalformedOversizedAndUnsignedBodiesGetsClearAnswersAndTheWorkerKeepsServing() throws Exception {
    Map<String, Integer> expected = new java.util.LinkedHashMap<>();
    expected.put("not json at all", 400);
    expected.put("", 400);
    expected.put("[1, 2, 3]", 400);
    expected.put("{}", 400);
    expected.put("null", 400);
    expected.put("{\"update_id\": \"twelve\"}", 400);
    expected.put("{\"update_id\": 1, \"message\": 7}", 400);
    expected.put("{\"update_id\": 1, \"message\": {\"chat\": ", 400);
    expected.put("{".repeat(100_000), 400);
    java.util.List<java.util.concurrent.Callable<String>> calls = new java.util.ArrayList<>();
    for (int round = 0; round < 10; round++) {
      for (Map.Entry<String, Integer> e : expected.entrySet()) {
        calls.add(() -> check(post(SECRET, e.getKey()).statusCode(), e.getValue(), e.getKey()));
      }
      calls.add(() -> check(post(null, warnUpdate(910000)).statusCode(), 401, "unsigned"));
      calls.add(() -> check(post("wrong", "not json").statusCode(), 401, "wrong secret"));
    }
    String big = "{\"update_id\": 5, \"message\": {\"text\": \"" + "x".repeat(11 * 1024 * 1024) + "\"}}";
    calls.add(() -> check(post(SECRET, big).statusCode(), 413, "11 MB body"));
    java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.List<String> wrong = new java.util.ArrayList<>();
      for (java.util.concurrent.Future<String> f : clients.invokeAll(calls)) {
        String problem = f.get();
        if (!problem.isEmpty()) {
          wrong.add(problem);
        }
      }
      assertEquals(java.util.List.of(), wrong);
    } finally {
      clients.shutdownNow();
    }
    assertEquals(0, warnsOf(MEMBER), "nothing in the flood was applied");

    assertEquals(200, post(SECRET, warnUpdate(910001)).statusCode());
    assertEquals(1, warnsOf(MEMBER), "the worker still serves real updates");
    HttpResponse<String> health = http.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + app.httpPort() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, health.statusCode(), health.body());
  }

  private static String check(int status, int expected, String body) {
    String shown = body.length() > 40 ? body.substring(0, 40) + "..." : body;
    return status == expected ? "" : "'" + shown + "' got " + status + ", expected " + expected;
  }
}

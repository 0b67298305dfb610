package io.alita.app.console;

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
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The Telegram Login Widget as a way in: shown on the login page of an https console that knows its bot's username,
 * and {@code /login/telegram} accepting only data Telegram signed for this bot, recently, once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TelegramLoginTest {

  static final Duration WAIT = Duration.ofSeconds(15);
  static final String CONSOLE = "https://console.example.test";
  static final FakeUser OWNER = FakeUser.of(700, "Olga", "olga_owner");
  static final FakeUser ADMIN = FakeUser.of(701, "Ann", "ann_admin");
  static final FakeUser MEMBER = FakeUser.of(702, "Mo", "mo_member");
  static final FakeChat GROUP = FakeChat.supergroup(-1001000000700L, "Widget group");

  static TestDatabase.Coordinates db;
  static FakeBotApi api;
  static TestApps.Running app;
  static int port;
  static Map<String, String> env;

  @BeforeAll
  static void start() throws Exception {
    api = FakeBotApi.start();
    api.setLongPollCap(Duration.ofMillis(300));
    api.setChat(GROUP);
    api.setChatMember(GROUP.id(), FakeMembers.fullAdministrator(ADMIN));
    api.setChatMember(GROUP.id(), FakeMembers.member(MEMBER));
    db = TestDatabase.create();
    env = TestApps.workerEnv(db, api);
    port = Integer.parseInt(env.get("HTTP_PORT"));
    env.put("OWNER_ID", Long.toString(OWNER.id()));
    env.put("CONSOLE_URL", CONSOLE);
    env.put("BOT_USERNAME", FakeBotApi.BOT_USERNAME);
    app = TestApps.run(env);
    api.updates().text(GROUP, ADMIN, "hello");
    api.updates().text(GROUP, MEMBER, "hi");
    Tracked.awaitInAGroup(db, WAIT, ADMIN, MEMBER);
  }

  @AfterAll
  static void stop() {
    app.close();
    api.close();
  }

  static String signedNow(FakeUser user) {
    return TelegramWidgetData.query(user, Instant.now(), FakeBotApi.DEFAULT_TOKEN);
  }

  /** The session cookie a response set (Secure: the test client would not send it back over http itself). */
  static String sessionCookie(HttpResponse<String> r) {
    return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("alita_session="))
        .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + r.headers().map()));
  }

  static HttpResponse<String> getWithCookie(String path, String setCookie) throws Exception {
    String pair = setCookie.substring(0, setCookie.indexOf(';'));
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Cookie", pair).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theLoginPageShowsTelegramsButtonAndLetsOnlyItsScriptAndFrameIn() throws Exception {
    ConsoleClient browser = new ConsoleClient(port);

    HttpResponse<String> login = browser.get("/login");

    assertEquals(200, login.statusCode());
    assertTrue(login.body().contains("src=\"https://telegram.org/js/telegram-widget.js?22\""), login.body());
    assertTrue(login.body().contains("data-telegram-login=\"alita_test_bot\""), login.body());
    assertTrue(login.body().contains("data-auth-url=\"https://console.example.test/login/telegram\""), login.body());
    String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(policy.contains("script-src 'self' https://telegram.org;"), policy);
    assertTrue(policy.contains("frame-src https://oauth.telegram.org;"), policy);
    assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    String elsewhere = browser.get("/login/link/" + "x".repeat(43)).headers()
        .firstValue("Content-Security-Policy").orElseThrow();
    assertFalse(elsewhere.contains("telegram"), "only the login page lets Telegram in: " + elsewhere);
  }

  @Test
  void theOwnerSignsInWithTelegramsSignedDataOnceAndGetsASecureCookie() throws Exception {
    String query = signedNow(OWNER);

    HttpResponse<String> signedIn = new ConsoleClient(port).get("/login/telegram?" + query);

    assertEquals(303, signedIn.statusCode(), signedIn.body());
    assertEquals("/", signedIn.headers().firstValue("Location").orElseThrow());
    String cookie = sessionCookie(signedIn);
    assertTrue(cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
    HttpResponse<String> home = getWithCookie("/", cookie);
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains("Olga (@olga_owner)"), home.body());
    assertTrue(home.body().contains("owner"), home.body());

    HttpResponse<String> again = new ConsoleClient(port).get("/login/telegram?" + query);
    assertEquals(401, again.statusCode(), "a copy of the redirect (history, access log) signs nobody in");
    assertTrue(again.body().contains("That Telegram sign-in was already used."), again.body());
  }

  @Test
  void aGroupAdminGetsInAndAMemberIsToldWhy() throws Exception {
    HttpResponse<String> admin = new ConsoleClient(port).get("/login/telegram?" + signedNow(ADMIN));
    assertEquals(303, admin.statusCode(), admin.body());
    assertTrue(getWithCookie("/", sessionCookie(admin)).body().contains("group_admin"));

    HttpResponse<String> member = new ConsoleClient(port).get("/login/telegram?" + signedNow(MEMBER));
    assertEquals(403, member.statusCode());
    assertTrue(member.body().contains("You are not an admin of any group where the bot has seen you."),
        member.body());
  }

  @Test
  void forgedOrOldDataIsRefused() throws Exception {
    String forged = signedNow(ADMIN).replace("id=701", "id=700");
    HttpResponse<String> asOwner = new ConsoleClient(port).get("/login/telegram?" + forged);
    assertEquals(401, asOwner.statusCode());
    assertTrue(asOwner.body().contains("Telegram&#39;s sign-in data did not check out."), asOwner.body());
    assertTrue(asOwner.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("alita_session=")));

    String old = TelegramWidgetData.query(OWNER, Instant.now().minus(Duration.ofMinutes(11)), FakeBotApi.DEFAULT_TOKEN);
    HttpResponse<String> late = new ConsoleClient(port).get("/login/telegram?" + old);
    assertEquals(401, late.statusCode());
    assertTrue(late.body().contains("That Telegram sign-in is more than 10 minutes old."), late.body());
  }

  @Test
  void withoutAnHttpsConsoleThereIsNoButtonAndNoRoute() throws Exception {
    Map<String, String> plain = new HashMap<>(env);
    plain.put("HTTP_PORT", Integer.toString(TestApps.freePort()));
    plain.put("CONSOLE_URL", "http://127.0.0.1:" + plain.get("HTTP_PORT"));
    try (TestApps.Running console = TestApps.console(plain)) {
      ConsoleClient browser = new ConsoleClient(console.httpPort());
      HttpResponse<String> login = browser.get("/login");
      assertFalse(login.body().contains("telegram-widget"), login.body());
      assertFalse(login.headers().firstValue("Content-Security-Policy").orElseThrow().contains("telegram"));
      assertEquals(404, browser.get("/login/telegram?" + signedNow(OWNER)).statusCode());
    }
  }

  @Test
  @Order(Integer.MAX_VALUE) // last: it uses up the sign-in attempts of 127.0.0.1
  void failedTelegramSignInsCountTowardsTheThrottle() throws Exception {
    int status = 0;
    for (int i = 0; i < 8 && status != 429; i++) {
      status = new ConsoleClient(port).get("/login/telegram?" + signedNow(ADMIN).replace("id=701", "id=70" + i))
          .statusCode();
    }
    assertEquals(429, status);

    HttpResponse<String> evenGood = new ConsoleClient(port).get("/login/telegram?" + signedNow(OWNER));
    assertEquals(429, evenGood.statusCode());
    assertTrue(evenGood.body().contains("Too many failed sign-ins"), evenGood.body());
  }
}

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
import io.alita.web.auth.PasswordHash;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Signing in to the console: one-time links from /console, the break-glass password, sessions, logout. */
class ConsoleLoginTest {

  static final Duration WAIT = Duration.ofSeconds(15);
  static final String OWNER_PASSWORD = "correct horse battery staple";
  static final String OPERATOR_PASSWORD = "operator password 42";
  static final FakeUser OWNER = FakeUser.of(500, "Olga", "olga_owner");
  static final FakeUser ADMIN = FakeUser.of(501, "Ann", "ann_admin");
  static final FakeUser MEMBER = FakeUser.of(502, "Mo", "mo_member");
  static final FakeChat GROUP = FakeChat.supergroup(-1001000000500L, "Console group");
  static final Pattern LINK = Pattern.compile("http://\\S+/login/link/[A-Za-z0-9_-]{43}");

  static FakeBotApi api;
  static TestApps.Running app;
  static int port;
  static TestDatabase.Coordinates db;

  @BeforeAll
  static void start() throws Exception {
    api = FakeBotApi.start();
    api.setLongPollCap(Duration.ofMillis(300));
    api.setChat(GROUP);
    api.setChatMember(GROUP.id(), FakeMembers.fullAdministrator(ADMIN));
    api.setChatMember(GROUP.id(), FakeMembers.member(MEMBER));
    db = TestDatabase.create();
    Map<String, String> env = TestApps.workerEnv(db, api);
    port = Integer.parseInt(env.get("HTTP_PORT"));
    env.put("OWNER_ID", Long.toString(OWNER.id()));
    env.put("CONSOLE_URL", "http://127.0.0.1:" + port);
    env.put("CONSOLE_OWNER_PASSWORD_HASH",
        PasswordHash.create(OWNER_PASSWORD.toCharArray(), new SecureRandom()).encoded());
    env.put("CONSOLE_OPERATOR_PASSWORD_HASH",
        PasswordHash.create(OPERATOR_PASSWORD.toCharArray(), new SecureRandom()).encoded());
    app = TestApps.run(env);
    // The bot sees both users in the group, so the console knows where to ask Telegram about them.
    api.updates().text(GROUP, ADMIN, "hello");
    int last = api.updates().text(GROUP, MEMBER, "hi").get("update_id").asInt();
    api.awaitConfirmed(last, WAIT);
    Tracked.awaitInAGroup(db, WAIT, ADMIN, MEMBER);
  }

  @AfterAll
  static void stop() {
    app.close();
    api.close();
  }

  /** Sends /console in a private chat and returns the link the bot answered with. */
  static String linkFor(FakeUser user) {
    FakeChat pm = FakeChat.privateWith(user);
    api.updates().command(pm, user, "/console");
    var reply = api.awaitCall("sendmessage", c -> c.longParam("chat_id") == user.id()
        && LINK.matcher(c.param("text")).find(), WAIT);
    Matcher m = LINK.matcher(reply.param("text"));
    assertTrue(m.find());
    api.clear();
    return m.group();
  }

  @Test
  void aPageWithoutASessionRedirectsToTheLoginPage() throws Exception {
    ConsoleClient browser = new ConsoleClient(port);
    HttpResponse<String> home = browser.get("/");
    assertEquals(303, home.statusCode());
    assertEquals("/login", home.headers().firstValue("Location").orElseThrow());
    HttpResponse<String> login = browser.get("/login");
    assertEquals(200, login.statusCode());
    assertTrue(login.body().contains("/console"), login.body());
    assertEquals("DENY", login.headers().firstValue("X-Frame-Options").orElse(""));
    assertTrue(login.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
    assertEquals("no-store", login.headers().firstValue("Cache-Control").orElse(""));
  }

  @Test
  void theOwnersLinkSignsInOnceAndSetsAStrictCookie() throws Exception {
    String link = linkFor(OWNER);
    ConsoleClient browser = new ConsoleClient(port);
    HttpResponse<String> opened = browser.get(java.net.URI.create(link).getPath());
    assertEquals(200, opened.statusCode(), "opening the link must not use it up (link previews open it too)");

    HttpResponse<String> signedIn = browser.signInWithLink(link);
    assertEquals(303, signedIn.statusCode(), signedIn.body());
    String cookie = signedIn.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("alita_session=")).findFirst().orElseThrow();
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Lax"), cookie);
    assertFalse(cookie.contains("Secure"), "plain http: no Secure flag " + cookie);
    HttpResponse<String> home = browser.get("/");
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains("Olga"), home.body());
    assertTrue(home.body().contains("owner"), home.body());

    HttpResponse<String> again = new ConsoleClient(port).signInWithLink(link);
    assertEquals(401, again.statusCode());
    assertTrue(again.body().contains("used up or has expired"), again.body());
  }

  @Test
  void aGroupAdminGetsInAndAMemberIsToldWhy() throws Exception {
    ConsoleClient admin = new ConsoleClient(port);
    assertEquals(303, admin.signInWithLink(linkFor(ADMIN)).statusCode());
    HttpResponse<String> home = admin.get("/");
    assertTrue(home.body().contains("group_admin"), home.body());

    HttpResponse<String> member = new ConsoleClient(port).signInWithLink(linkFor(MEMBER));
    assertEquals(403, member.statusCode());
    assertTrue(member.body().contains("not an admin of any group"), member.body());
  }

  @Test
  void consoleInAGroupPointsToThePrivateChat() {
    api.updates().command(GROUP, ADMIN, "/console");
    var reply = api.awaitCall("sendmessage", c -> c.longParam("chat_id") == GROUP.id(), WAIT);
    assertFalse(LINK.matcher(reply.param("text")).find(), "no login link in a group: " + reply.param("text"));
    api.clear();
  }

  @Test
  void theOwnerPasswordSignsInAndAWrongOneIsRefused() throws Exception {
    ConsoleClient browser = new ConsoleClient(port);
    HttpResponse<String> wrong = browser.submit("/login", "/login/password",
        Map.of("role", "owner", "password", "wrong password", "next", "/"));
    assertEquals(401, wrong.statusCode());
    assertTrue(wrong.body().contains("not right"), wrong.body());

    HttpResponse<String> right = browser.submit("/login?next=/migrations", "/login/password",
        Map.of("role", "owner", "password", OWNER_PASSWORD, "next", "/migrations"));
    assertEquals(303, right.statusCode(), right.body());
    assertEquals("/migrations", right.headers().firstValue("Location").orElseThrow());
    assertEquals(200, browser.get("/").statusCode());
  }

  @Test
  void aNextParameterNeverLeavesTheConsole() throws Exception {
    ConsoleClient browser = new ConsoleClient(port);
    HttpResponse<String> right = browser.submit("/login", "/login/password",
        Map.of("role", "operator", "password", OPERATOR_PASSWORD, "next", "//evil.example/"));
    assertEquals(303, right.statusCode(), right.body());
    assertEquals("/", right.headers().firstValue("Location").orElseThrow());
  }

  @Test
  void repeatedWrongPasswordsAreSlowedDown() throws Exception {
    // A client of its own address would be nicer; all tests share 127.0.0.1, so this test uses the operator role
    // and runs the limit out last by asserting on the sixth answer only.
    ConsoleClient browser = new ConsoleClient(port);
    int status = 0;
    for (int i = 0; i < 8 && status != 429; i++) {
      status = browser.submit("/login", "/login/password", Map.of("role", "operator", "password", "guess " + i,
          "next", "/")).statusCode();
    }
    assertEquals(429, status);
    HttpResponse<String> evenRight = browser.submit("/login", "/login/password",
        Map.of("role", "operator", "password", OPERATOR_PASSWORD, "next", "/"));
    assertEquals(429, evenRight.statusCode());
    assertTrue(evenRight.body().contains("Too many failed sign-ins"), evenRight.body());
  }

  @Test
  void logoutNeedsTheFormTokenAndEndsTheSession() throws Exception {
    ConsoleClient browser = new ConsoleClient(port);
    assertEquals(303, browser.signInWithLink(linkFor(OWNER)).statusCode());
    HttpResponse<String> forged = browser.post("/logout", Map.of("_csrf", "not-the-token"));
    assertEquals(403, forged.statusCode());
    assertEquals(200, browser.get("/").statusCode(), "still signed in");

    HttpResponse<String> crossSite = browser.post("/logout", Map.of("_csrf", ConsoleClient.csrf(browser.get("/").body())),
        Map.of("Sec-Fetch-Site", "cross-site"));
    assertEquals(403, crossSite.statusCode());
    HttpResponse<String> foreignOrigin = browser.post("/logout",
        Map.of("_csrf", ConsoleClient.csrf(browser.get("/").body())), Map.of("Origin", "http://evil.example"));
    assertEquals(403, foreignOrigin.statusCode());

    HttpResponse<String> out = browser.submit("/", "/logout", Map.of());
    assertEquals(303, out.statusCode());
    assertEquals(303, browser.get("/").statusCode(), "signed out");
  }
}

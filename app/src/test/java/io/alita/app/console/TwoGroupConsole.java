package io.alita.app.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.app.TestApps;
import io.alita.postgres.testing.TestDatabase;
import io.alita.telegram.fakeapi.ApiCall;
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

/**
 * A running app (worker and console) on a fresh database with the fake Bot API, for console page tests: two groups
 * the bot has seen, an admin of the first who is only a member of the second, a member, the owner and an operator
 * password. One per test class.
 */
final class TwoGroupConsole implements AutoCloseable {

  static final Duration WAIT = Duration.ofSeconds(15);
  static final String OPERATOR_PASSWORD = "operator password for the pages";
  private static final Pattern LINK = Pattern.compile("http://\\S+/login/link/[A-Za-z0-9_-]{43}");

  final FakeUser owner;
  final FakeUser admin;
  final FakeUser member;
  final FakeChat group;
  final FakeChat other;
  final FakeBotApi api;
  final TestDatabase.Coordinates db;
  final TestApps.Running app;
  final int port;

  /** @param base distinct per test class: the users' ids and the groups' ids are made from it */
  TwoGroupConsole(long base) throws Exception {
    owner = FakeUser.of(base, "Olga", "olga_owner");
    admin = FakeUser.of(base + 1, "Ann", "ann_admin");
    member = FakeUser.of(base + 2, "Mo", "mo_member");
    group = FakeChat.supergroup(-1001000000000L - base, "Granted group");
    other = FakeChat.supergroup(-1001000000000L - base - 1, "Other group");
    api = FakeBotApi.start();
    api.setLongPollCap(Duration.ofMillis(300));
    api.setChat(group);
    api.setChat(other);
    api.setChatMember(group.id(), FakeMembers.fullAdministrator(admin));
    api.setChatMember(group.id(), FakeMembers.member(member));
    api.setChatMember(other.id(), FakeMembers.member(admin));
    db = TestDatabase.create();
    Map<String, String> env = TestApps.workerEnv(db, api);
    port = Integer.parseInt(env.get("HTTP_PORT"));
    env.put("OWNER_ID", Long.toString(owner.id()));
    env.put("CONSOLE_URL", "http://127.0.0.1:" + port);
    env.put("CONSOLE_OPERATOR_PASSWORD_HASH",
        PasswordHash.create(OPERATOR_PASSWORD.toCharArray(), new SecureRandom()).encoded());
    app = TestApps.run(env);
    api.updates().text(group, admin, "hello");
    api.updates().text(other, admin, "hello elsewhere");
    int last = api.updates().text(group, member, "hi").get("update_id").asInt();
    api.awaitConfirmed(last, WAIT);
    awaitRows("SELECT count(*) FROM chat_users WHERE user_id = " + admin.id(), "2");
  }

  /** The worker records who it saw in batches: waits until {@code sql} answers {@code expected}. */
  void awaitRows(String sql, String expected) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!db.text(sql).equals(expected)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(sql + " never answered " + expected + " but " + db.text(sql));
      }
      Thread.sleep(100);
    }
  }

  /** A browser signed in as {@code user} through the link the bot sends for /console. */
  ConsoleClient signedIn(FakeUser user) throws Exception {
    api.clear(); // an earlier link of the same user is used up
    api.updates().command(FakeChat.privateWith(user), user, "/console");
    ApiCall reply = api.awaitCall("sendmessage", c -> c.longParam("chat_id") == user.id()
        && LINK.matcher(c.param("text")).find(), WAIT);
    Matcher m = LINK.matcher(reply.param("text"));
    assertTrue(m.find());
    ConsoleClient browser = new ConsoleClient(port);
    assertEquals(303, browser.signInWithLink(m.group()).statusCode());
    return browser;
  }

  /** A browser signed in with the operator password. */
  ConsoleClient operator() throws Exception {
    ConsoleClient browser = new ConsoleClient(port);
    HttpResponse<String> in = browser.submit("/login", "/login/password",
        Map.of("role", "operator", "password", OPERATOR_PASSWORD, "next", "/"));
    assertEquals(303, in.statusCode(), in.body());
    return browser;
  }

  /** Sends a command in a group as {@code user} and waits for the bot's answer there. */
  void command(FakeChat chat, FakeUser user, String command, String answerContains) {
    api.updates().command(chat, user, command);
    api.awaitCall("sendmessage", c -> c.succeeded() && c.longParam("chat_id") == chat.id()
        && c.param("text").contains(answerContains), WAIT);
  }

  @Override
  public void close() {
    app.close();
    api.close();
  }
}

package io.alita.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alita.app.TestApps;
import io.alita.postgres.testing.TestDatabase;
import io.alita.telegram.fakeapi.ApiCall;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeMembers;
import io.alita.telegram.fakeapi.FakeUser;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The real worker (long polling, dispatcher, modules, PostgreSQL) against a fake Bot API over real HTTP: what a group
 * admin would see.
 */
class WorkerEndToEndTest {

  static final Duration WAIT = Duration.ofSeconds(15);
  static final FakeChat GROUP = FakeChat.supergroup(-1001000000001L, "Test group");
  static final FakeUser OWNER = FakeUser.of(10, "Olga", "olga_owner");
  static final FakeUser ADMIN = FakeUser.of(11, "Adam", "adam_admin");
  static final FakeUser MEMBER = FakeUser.of(12, "Mia", "mia_member");

  FakeBotApi api;
  TestDatabase.Coordinates db;
  AutoCloseable app;

  @BeforeEach
  void start() throws Exception {
    api = FakeBotApi.start();
    api.setLongPollCap(Duration.ofMillis(500));
    api.setChat(GROUP);
    api.setChatMember(GROUP.id(), FakeMembers.creator(OWNER));
    api.setChatMember(GROUP.id(), FakeMembers.fullAdministrator(ADMIN));
    api.setChatMember(GROUP.id(), FakeMembers.member(MEMBER));
    db = TestDatabase.create();
    app = TestApps.worker(db, api, Map.of("OWNER_ID", "10", "MESSAGE_DUMP", Long.toString(GROUP.id())));
  }

  @AfterEach
  void stop() throws Exception {
    app.close();
    api.close();
  }

  private ObjectNode said(FakeUser user, String text) {
    return api.updates().text(GROUP, user, text);
  }

  private ApiCall reply(String containing) {
    return api.awaitCall("sendmessage", c -> c.succeeded() && c.param("text").contains(containing), WAIT);
  }

  private int warnsOf(FakeUser user) throws Exception {
    try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
        "SELECT num_warns FROM warns_users WHERE user_id = " + user.id())) {
      return rs.next() ? rs.getInt(1) : -1;
    }
  }

  @Test
  void atStartupTheBotSetsItsMenuAndAnnouncesItselfInTheLogChat() {
    ApiCall menu = api.awaitCall("setmycommands", WAIT);
    assertEquals("all_private_chats", menu.json("scope").path("type").asText(), menu.toString());
    assertTrue(menu.json("commands").toString().contains("\"help\""), menu.toString());
    ApiCall notice = reply("Started Bot!");
    assertEquals(GROUP.id(), notice.longParam("chat_id"));
    assertTrue(notice.param("text").contains("Warns"), notice.param("text"));
  }

  @Test
  void threeWarnsRestrictTheUserAndResetTheCount() throws Exception {
    JsonNode spam = said(MEMBER, "buy my coins").get("message");
    for (int i = 1; i <= 3; i++) {
      api.updates().commandReply(GROUP, ADMIN, "/warn spam " + i, spam);
      if (i < 3) {
        reply(i + "/3");
      }
    }
    ApiCall restrict = api.awaitCall("restrictchatmember", c -> c.longParam("user_id") == MEMBER.id(), WAIT);
    assertFalse(restrict.json("permissions").path("can_send_messages").asBoolean(true), restrict.toString());
    reply("spam 3");
    assertTrue(warnsOf(MEMBER) <= 0, "the count resets at the limit (no row, or zero)");
  }

  @Test
  void tbanSendsTheRightUntilDate() {
    JsonNode msg = said(MEMBER, "hello").get("message");
    long before = Instant.now().getEpochSecond();
    api.updates().commandReply(GROUP, ADMIN, "/tban 2h flooding", msg);
    ApiCall ban = api.awaitCall("banchatmember", c -> c.longParam("user_id") == MEMBER.id(), WAIT);
    long until = ban.longParam("until_date");
    assertTrue(until >= before + 7200 && until <= Instant.now().getEpochSecond() + 7200, "until_date " + until);
  }

  @Test
  void aMembersBanIsRefusedAndNobodyIsBanned() {
    JsonNode msg = said(ADMIN, "rules are rules").get("message");
    api.updates().commandReply(GROUP, MEMBER, "/ban", msg);
    reply("You need to be an admin to do this.");
    assertTrue(api.calls("banchatmember").isEmpty());
  }

  @Test
  void aBanTelegramRefusesIsReportedNotClaimed() {
    JsonNode msg = said(MEMBER, "hello").get("message");
    api.failNext("banchatmember", 400, "Bad Request: not enough rights to restrict/unrestrict chat member");
    api.updates().commandReply(GROUP, ADMIN, "/ban", msg);
    reply("Telegram refused: I don't have the rights");
    assertTrue(api.calls("sendmessage").stream().noneMatch(c -> c.param("text").contains("Banned")),
        api.calls("sendmessage").toString());
  }

  @Test
  void setRulesThenRulesShowsThemFormattedAndEscaped() {
    api.updates().command(GROUP, ADMIN, "/setrules *Be kind.* No <script>spam</script>.");
    reply("rules");
    api.updates().command(GROUP, MEMBER, "/rules");
    ApiCall rules = reply("Be kind.");
    assertTrue(rules.param("text").contains("<b>Be kind.</b>"), rules.param("text"));
    assertTrue(rules.param("text").contains("&lt;script&gt;"), rules.param("text"));
    assertEquals("HTML", rules.param("parse_mode"));
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS) // fault suite: bounded in time
  void aTooManyRequestsAnswerIsRetriedAfterRetryAfterWithNothingLost() {
    api.failNext("sendmessage", 429, 1);
    long start = System.nanoTime();
    api.updates().command(GROUP, MEMBER, "/id");
    ApiCall answer = reply(String.valueOf(MEMBER.id()));
    assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofMillis(900)) >= 0,
        "waited for retry_after");
    long delivered = api.calls("sendmessage").stream().filter(ApiCall::succeeded)
        .filter(c -> c.param("text").equals(answer.param("text"))).count();
    assertEquals(1, delivered);
  }

  @Test
  void updatesAreAcknowledgedOnlyAfterTheyWereHandled() {
    ObjectNode update = api.updates().command(GROUP, MEMBER, "/id");
    int id = update.get("update_id").asInt();
    reply(String.valueOf(MEMBER.id()));
    api.awaitConfirmed(id, WAIT);
    assertEquals(1, api.deliveryCount(id));
  }

  /**
   * Fault suite: a 5xx answer to a send is not retried (Telegram may have sent the message before failing, so a retry
   * could send it twice; only 429, which Telegram documents as "not done", is retried). The update counts as handled,
   * and the next one is answered.
   */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS) // fault suite: bounded in time
  void aServerErrorOnASendIsNotRetriedSoNothingIsSentTwiceAndTheNextUpdateIsAnswered() {
    api.failNext("sendmessage", 502, "Bad Gateway");
    ObjectNode first = api.updates().command(GROUP, MEMBER, "/id");
    api.awaitConfirmed(first.get("update_id").asInt(), WAIT);
    api.updates().command(GROUP, ADMIN, "/id");
    reply(String.valueOf(ADMIN.id()));

    List<ApiCall> sends = api.calls("sendmessage").stream().filter(c -> c.param("text").startsWith("Your id"))
        .toList();
    assertEquals(2, sends.size(), "one failed send, not retried, and the next answer: " + sends);
    assertTrue(sends.get(0).param("text").contains(String.valueOf(MEMBER.id())), sends.toString());
    assertEquals(502, sends.get(0).errorCode());
    assertTrue(sends.get(1).succeeded());
  }
}

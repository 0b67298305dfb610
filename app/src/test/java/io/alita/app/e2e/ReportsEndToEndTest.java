package io.alita.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alita.telegram.fakeapi.ApiCall;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeMembers;
import io.alita.telegram.fakeapi.FakeUser;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reports in the real worker against the fake Bot API: a report reaches the admins, and each button does its action. */
class ReportsEndToEndTest {

  static final Duration WAIT = Duration.ofSeconds(15);
  static final FakeChat GROUP = FakeChat.supergroup(-1001000000032L, "Reports group");
  static final FakeUser ADMIN = FakeUser.of(81, "Ida", "ida_admin");
  static final FakeUser MEMBER = FakeUser.of(82, "Mia", "mia_m");
  static final FakeUser QUIET_ADMIN = FakeUser.of(85, "Quinn", "quinn_q");

  GroupWithWorker stage;
  FakeBotApi api;

  @BeforeEach
  void start() throws Exception {
    stage = GroupWithWorker.start(GROUP, ADMIN, MEMBER);
    api = stage.api();
    api.setChatMember(GROUP.id(), FakeMembers.fullAdministrator(QUIET_ADMIN));
  }

  @AfterEach
  void stop() {
    stage.close();
  }

  /** A new member posts something, and another new member (one report a minute each) reports it. */
  private ApiCall reported(int n, String how) {
    FakeUser spammer = FakeUser.of(900 + n, "Spam" + n, null);
    FakeUser reporter = FakeUser.of(800 + n, "Rita" + n, null);
    api.setChatMember(GROUP.id(), FakeMembers.member(spammer));
    api.setChatMember(GROUP.id(), FakeMembers.member(reporter));
    JsonNode spam = api.updates().text(GROUP, spammer, "buy now " + n).get("message");
    if (how.startsWith("/")) {
      api.updates().commandReply(GROUP, reporter, how, spam);
    } else {
      api.updates().reply(GROUP, reporter, how, spam);
    }
    return api.awaitCall("sendmessage", c -> c.succeeded() && c.param("text").contains("Spam" + n + "</a> to the admins"),
        WAIT);
  }

  private static String button(ApiCall report, String label) {
    for (JsonNode row : report.json("reply_markup").path("inline_keyboard")) {
      for (JsonNode b : row) {
        if (b.path("text").asText().equals(label)) {
          return b.path("callback_data").asText();
        }
      }
    }
    throw new AssertionError("no " + label + " button in " + report);
  }

  private long spammerOf(ApiCall report) {
    return 900 + Long.parseLong(report.param("text").replaceAll("(?s).*Spam(\\d+)</a>.*", "$1"));
  }

  @Test
  void aReportTagsTheAdminsWhoWantReportsAndEachButtonDoesItsAction() {
    api.updates().command(FakeChat.privateWith(QUIET_ADMIN), QUIET_ADMIN, "/reports off");
    api.awaitCall("sendmessage", c -> c.succeeded() && c.param("text").contains("no longer be tagged"), WAIT);

    ApiCall report = reported(1, "/report spam");
    String text = report.param("text");
    assertTrue(text.contains("tg://user?id=" + ADMIN.id()), text);
    assertTrue(!text.contains("tg://user?id=" + QUIET_ADMIN.id()), text);
    assertTrue(text.contains("Reason: spam"), text);
    assertTrue(report.param("reply_markup").contains("https://t.me/c/1000000032/"), report.param("reply_markup"));

    api.updates().callbackQuery(ADMIN, report.result(), button(report, "Ban"));
    ApiCall ban = api.awaitCall("banchatmember", c -> c.longParam("user_id") == spammerOf(report), WAIT);
    assertTrue(ban.succeeded(), ban.toString());
    api.awaitCall("editmessagetext", c -> c.param("text").contains("Ida</a> banned"), WAIT);

    ApiCall second = reported(2, "look here @admin");
    api.updates().callbackQuery(ADMIN, second.result(), button(second, "Kick"));
    ApiCall kick = api.awaitCall("unbanchatmember", c -> c.longParam("user_id") == spammerOf(second), WAIT);
    assertTrue(kick.succeeded(), kick.toString());
    api.awaitCall("editmessagetext", c -> c.param("text").contains("Ida</a> kicked"), WAIT);

    ApiCall third = reported(3, "/report");
    long spamMessage = third.json("reply_parameters").path("message_id").asLong(-1);
    api.updates().callbackQuery(ADMIN, third.result(), button(third, "Delete"));
    ApiCall delete = api.awaitCall("deletemessage", c -> c.longParam("message_id") == spamMessage, WAIT);
    assertTrue(delete.succeeded(), delete.toString());

    ApiCall fourth = reported(4, "/report");
    ObjectNode press = api.updates().callbackQuery(MEMBER, fourth.result(), button(fourth, "Resolved"));
    ApiCall refused = api.awaitCall("answercallbackquery",
        c -> c.param("callback_query_id").equals(press.path("callback_query").path("id").asText()), WAIT);
    assertEquals("true", refused.param("show_alert"));
    api.updates().callbackQuery(ADMIN, fourth.result(), button(fourth, "Resolved"));
    api.awaitCall("editmessagetext", c -> c.param("text").contains("marked resolved by"), WAIT);
  }
}

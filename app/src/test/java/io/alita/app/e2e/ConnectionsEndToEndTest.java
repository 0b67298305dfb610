package io.alita.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alita.domain.format.Html;
import io.alita.postgres.testing.TestDatabase;
import io.alita.telegram.fakeapi.ApiCall;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeMembers;
import io.alita.telegram.fakeapi.FakeUser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Connections through the real worker, its TelegramBots client and the fake Bot API over HTTP, on a real database: a
 * whole settings session run from the admin's private chat lands in the group, with every answer in private and none
 * in the group; a member who is not an admin is refused (by /connect and by the deep link); a demoted admin's
 * connection is dropped at their next command.
 */
class ConnectionsEndToEndTest {

  static final Duration WAIT = Duration.ofSeconds(10);
  static final FakeChat GROUP = FakeChat.supergroup(-1001000000041L, "Connected group");
  static final FakeUser ADMIN = FakeUser.of(411, "Ada", "ada_admin");
  static final FakeUser MEMBER = FakeUser.of(412, "Max", "max_member");
  static final FakeChat ADMINS_PM = FakeChat.privateWith(ADMIN);
  static final FakeChat MEMBERS_PM = FakeChat.privateWith(MEMBER);

  GroupWithWorker stage;
  FakeBotApi api;
  TestDatabase.Coordinates db;

  @BeforeEach
  void start() throws Exception {
    stage = GroupWithWorker.start(GROUP, ADMIN, MEMBER);
    api = stage.api();
    db = stage.db();
  }

  @AfterEach
  void stop() {
    stage.close();
  }

  /** The bot's answer to {@code update}, a reply in the chat it was sent in. */
  private ApiCall awaitAnswerTo(ObjectNode update) {
    int id = update.get("message").get("message_id").asInt();
    long chat = update.get("message").get("chat").get("id").asLong();
    return api.awaitCall("sendmessage", c -> c.longParam("chat_id") == chat && c.has("reply_parameters")
        && c.json("reply_parameters").get("message_id").asInt() == id, WAIT);
  }

  private String answer(FakeChat chat, FakeUser from, String command) {
    return Html.visibleText(awaitAnswerTo(api.updates().command(chat, from, command)).param("text"));
  }

  /** Waits until passive tracking (which writes every few seconds) recorded the group with its title. */
  private void awaitGroupRecorded() {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!GROUP.title().equals(db.text("SELECT chat_name FROM chats WHERE chat_id = " + GROUP.id()))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the group was not recorded within " + WAIT);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private List<ApiCall> sentToGroup() {
    return api.calls().stream().filter(c -> c.has("chat_id") && c.longParam("chat_id") == GROUP.id()
        && !c.method().equalsIgnoreCase("getchatmember") && !c.method().equalsIgnoreCase("getchatadministrators")
        && !c.method().equalsIgnoreCase("getchat")).toList();
  }

  @Test
  void aWholeSettingsSessionFromPrivateChangesTheGroupAndAnswersOnlyInPrivate() {
    // In the group, /connect answers with the deep link; following it connects.
    ApiCall button = awaitAnswerTo(api.updates().command(GROUP, ADMIN, "/connect"));
    String url = button.json("reply_markup").get("inline_keyboard").get(0).get(0).get("url").asText();
    assertTrue(url.endsWith("?start=connect_" + GROUP.id()), url);
    awaitGroupRecorded();
    api.clear();

    String connected = answer(ADMINS_PM, ADMIN, "/start connect_" + GROUP.id());
    assertTrue(connected.startsWith("Connected to Connected group."), connected);
    assertTrue(connected.contains("/setrules") && connected.contains("/lock") && connected.contains("/filter"), connected);
    assertEquals("Saved the rules of this chat.", answer(ADMINS_PM, ADMIN, "/setrules Be *kind*."));
    assertTrue(answer(ADMINS_PM, ADMIN, "/lock url").startsWith("Locked: url."));
    assertEquals("Saved the filter hello.", answer(ADMINS_PM, ADMIN, "/filter hello Hi {first}!"));
    assertTrue(answer(ADMINS_PM, ADMIN, "/rules").contains("Be kind."));
    // Replacing the filter asks Yes/No in private; the Yes pressed there replaces the group's filter.
    ApiCall question = awaitAnswerTo(api.updates().command(ADMINS_PM, ADMIN, "/filter hello Hi there, {first}!"));
    String yes = question.json("reply_markup").get("inline_keyboard").get(0).get(0).get("callback_data").asText();
    api.updates().callbackQuery(ADMIN, question.result(), yes);
    api.awaitCall("editmessagetext", c -> c.longParam("chat_id") == ADMIN.id(), WAIT);

    assertEquals("Be *kind*.", db.text("SELECT rules FROM rules WHERE chat_id = " + GROUP.id()));
    assertEquals("true", db.text("SELECT locked::text FROM locks WHERE lock_type = 'url' AND chat_id = " + GROUP.id()));
    assertEquals("1", db.text("SELECT count(*) FROM filters WHERE chat_id = " + GROUP.id()));
    assertNull(db.text("SELECT rules FROM rules WHERE chat_id = " + ADMIN.id()));
    assertEquals(List.of(), sentToGroup(), "nothing of the session reaches the group");

    // The group runs on what was set from private: the filter answers a member there.
    ObjectNode hello = api.updates().text(GROUP, MEMBER, "hello");
    assertEquals("Hi there, Max!", Html.visibleText(awaitAnswerTo(hello).param("text")));
  }

  @Test
  void aMemberWhoIsNotAnAdminCannotConnectNorChangeTheGroupFromPrivate() {
    assertTrue(answer(MEMBERS_PM, MEMBER, "/connect " + GROUP.id()).startsWith("Only admins can connect"));
    assertTrue(answer(MEMBERS_PM, MEMBER, "/start connect_" + GROUP.id()).startsWith("Only admins can connect"));
    assertTrue(answer(MEMBERS_PM, MEMBER, "/setrules Mine now").startsWith("You are not connected to a group."));

    assertNull(db.text("SELECT rules FROM rules WHERE chat_id = " + GROUP.id()));
    assertEquals("0", db.text("SELECT count(*) FROM connection WHERE user_id = " + MEMBER.id()));
  }

  @Test
  void aDemotedAdminsConnectionIsDroppedAtTheirNextCommand() {
    api.awaitConfirmed(api.updates().text(GROUP, MEMBER, "hi all").get("update_id").asInt(), WAIT);
    awaitGroupRecorded();
    String connected = answer(ADMINS_PM, ADMIN, "/connect " + GROUP.id());
    assertTrue(connected.startsWith("Connected to Connected group."), connected);
    assertEquals("Saved the rules of this chat.", answer(ADMINS_PM, ADMIN, "/setrules First"));

    api.setChatMember(GROUP.id(), FakeMembers.member(ADMIN)); // demoted; the bot hears nothing of it

    assertEquals("Your connection to Connected group has ended: only admins can connect to it now.",
        answer(ADMINS_PM, ADMIN, "/setrules Second"));
    assertEquals("First", db.text("SELECT rules FROM rules WHERE chat_id = " + GROUP.id()));
    assertEquals("false", db.text("SELECT connected::text FROM connection WHERE user_id = " + ADMIN.id()));
    assertTrue(answer(ADMINS_PM, ADMIN, "/setrules Third").startsWith("You are not connected to a group."));
  }
}

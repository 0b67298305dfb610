package io.alita.app.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alita.telegram.fakeapi.ApiCall;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeUser;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The protection modules in the real worker, against the fake Bot API over HTTP. */
class ProtectionEndToEndTest {

  static final Duration WAIT = Duration.ofSeconds(15);
  static final FakeChat GROUP = FakeChat.supergroup(-1001000000003L, "Protected group");
  static final FakeUser ADMIN = FakeUser.of(31, "Ann", "ann_admin");
  static final FakeUser MEMBER = FakeUser.of(32, "Mo", "mo_member");

  GroupWithWorker stage;
  FakeBotApi api;

  @BeforeEach
  void start() throws Exception {
    stage = GroupWithWorker.start(GROUP, ADMIN, MEMBER);
    api = stage.api();
  }

  @AfterEach
  void stop() {
    stage.close();
  }

  private ApiCall reply(String containing) {
    return api.awaitCall("sendmessage", c -> c.succeeded() && c.param("text").contains(containing), WAIT);
  }

  private ObjectNode withUrl(FakeUser from, String text) {
    ObjectNode entity = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().createObjectNode()
        .put("type", "url").put("offset", text.indexOf("https")).put("length", text.length() - text.indexOf("https"));
    return api.updates().message(GROUP, from).text(text)
        .field("entities", com.fasterxml.jackson.databind.json.JsonMapper.builder().build().createArrayNode().add(entity))
        .enqueue();
  }

  @Test
  void aMembersUrlInAUrlLockedChatIsDeletedButAnAdminsStays() {
    api.updates().command(GROUP, ADMIN, "/lock url");
    reply("url");
    ObjectNode adminPost = withUrl(ADMIN, "see https://example.org");
    ObjectNode memberPost = withUrl(MEMBER, "buy at https://spam.example");
    int memberMessage = memberPost.get("message").get("message_id").asInt();
    int adminMessage = adminPost.get("message").get("message_id").asInt();
    ApiCall delete = api.awaitCall("deletemessage", c -> c.longParam("message_id") == memberMessage, WAIT);
    assertTrue(delete.succeeded());
    assertTrue(api.calls("deletemessage").stream().noneMatch(c -> c.longParam("message_id") == adminMessage));
  }

  @Test
  void theSixthMessageOfAFloodMutesAtLimitFive() {
    api.updates().command(GROUP, ADMIN, "/setflood 5");
    reply("5");
    int fifth = 0;
    for (int i = 1; i <= 5; i++) {
      fifth = api.updates().text(GROUP, MEMBER, "flood " + i).get("update_id").asInt();
    }
    api.awaitConfirmed(fifth, WAIT); // acknowledged only once handled
    assertTrue(api.calls("restrictchatmember").isEmpty(), "five messages are within the limit");
    api.updates().text(GROUP, MEMBER, "flood 6");
    ApiCall mute = api.awaitCall("restrictchatmember", c -> c.longParam("user_id") == MEMBER.id(), WAIT);
    assertTrue(!mute.json("permissions").path("can_send_messages").asBoolean(true), mute.toString());
    assertTrue(api.calls("restrictchatmember").size() == 1, "muted once: " + api.calls("restrictchatmember"));
  }

  @Test
  void aBlacklistedWordInACaptionIsDeletedAndWarned() {
    api.updates().command(GROUP, ADMIN, "/addblacklist casino");
    reply("casino");
    ObjectNode photo = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().createObjectNode()
        .put("file_id", "AgAD-photo").put("file_unique_id", "u1").put("width", 90).put("height", 90);
    ObjectNode post = api.updates().message(GROUP, MEMBER)
        .field("photo", com.fasterxml.jackson.databind.json.JsonMapper.builder().build().createArrayNode().add(photo))
        .field("caption", com.fasterxml.jackson.databind.node.TextNode.valueOf("Best CASINO in town"))
        .enqueue();
    int id = post.get("message").get("message_id").asInt();
    api.awaitCall("deletemessage", c -> c.longParam("message_id") == id, WAIT);
    ApiCall warned = reply("1/3");
    assertTrue(warned.param("text").contains("casino"), warned.param("text"));
  }
}

package io.alita.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.app.TestApps;
import io.alita.postgres.testing.TestDatabase;
import io.alita.telegram.fakeapi.ApiCall;
import io.alita.telegram.fakeapi.SentMedia;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeMembers;
import io.alita.telegram.fakeapi.FakeUser;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Greetings in the real worker against the fake Bot API: welcomes, a welcome set by command, join requests. */
class GreetingsEndToEndTest {

  static final Duration WAIT = Duration.ofSeconds(15);
  static final FakeChat GROUP = FakeChat.supergroup(-1001000000024L, "Greeting group");
  static final FakeUser ADMIN = FakeUser.of(61, "Ida", "ida_admin");
  static final FakeUser ADA = FakeUser.of(62, "Ada", "ada_l");
  static final FakeUser BOB = FakeUser.of(63, "Bob", "bob_b");

  FakeBotApi api;
  TestDatabase.Coordinates db;
  TestApps.Running app;

  @BeforeEach
  void start() throws Exception {
    api = FakeBotApi.start();
    api.setLongPollCap(Duration.ofMillis(500));
    api.setChat(GROUP);
    api.setChatMember(GROUP.id(), FakeMembers.fullAdministrator(ADMIN));
    db = TestDatabase.create();
    app = TestApps.worker(db, api, Map.of());
  }

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      app.close();
    }
    api.close();
  }

  private ApiCall sent(String containing) {
    return api.awaitCall("sendmessage", c -> c.succeeded() && c.param("text").contains(containing), WAIT);
  }

  @Test
  void aMemberWhoJoinsGetsTheDefaultWelcomeWithTheirName() {
    api.updates().newChatMembers(GROUP, ADA, ADA);

    ApiCall welcome = sent("Hey Ada, how are you?");
    assertEquals(Long.toString(GROUP.id()), welcome.param("chat_id"));
  }

  @Test
  void aWelcomeSetByCommandGreetsTheNextJoin() {
    api.updates().command(GROUP, ADMIN, "/setwelcome *Welcome* to {chatname}, {first}! [Rules](buttonurl://example.com)");
    sent("Saved the welcome message.");

    api.updates().newChatMembers(GROUP, BOB, BOB);

    ApiCall welcome = sent("to Greeting group, Bob!");
    assertTrue(welcome.param("text").contains("<b>Welcome</b>"), welcome.param("text"));
    assertTrue(welcome.param("reply_markup").contains("https://example.com"), welcome.param("reply_markup"));
  }

  @Test
  void withAutoApproveAJoinRequestIsApproved() {
    api.updates().command(GROUP, ADMIN, "/autoapprove on");
    sent("Approving join requests at once");

    api.enqueue("{\"chat_join_request\": {\"chat\": " + GROUP.toJson() + ", \"from\": " + ADA.toJson()
        + ", \"user_chat_id\": " + ADA.id() + ", \"date\": 1700000000}}");

    ApiCall approve = api.awaitCall("approvechatjoinrequest", c -> c.longParam("user_id") == ADA.id(), WAIT);
    assertEquals(Long.toString(GROUP.id()), approve.param("chat_id"));
  }

  @Test
  void aWelcomeSetFromAGifIsSentByFileIdWhenSomeoneJoins() {
    var gif = api.updates().media(GROUP, ADMIN, "animation", "CgACAgIAAxk-welcome-gif", "Welcome aboard!");
    var set = api.updates().commandReply(GROUP, ADMIN, "/setwelcome", gif.get("message"));
    api.awaitConfirmed(set.get("update_id").asInt(), WAIT);

    api.updates().newChatMembers(GROUP, BOB, BOB);
    SentMedia welcome = api.awaitMedia(GROUP.id(), m -> m.method().equals("sendanimation"), WAIT);
    assertEquals("CgACAgIAAxk-welcome-gif", welcome.fileId());
    assertEquals("Welcome aboard!", welcome.caption());
  }
}

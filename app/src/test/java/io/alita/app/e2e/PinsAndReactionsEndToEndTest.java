package io.alita.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alita.app.TestApps;
import io.alita.domain.model.ChatId;
import io.alita.domain.reactions.Reaction;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.reactions.MyBatisReactionsStore;
import io.alita.postgres.testing.TestDatabase;
import io.alita.telegram.fakeapi.ApiCall;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeMembers;
import io.alita.telegram.fakeapi.FakeUser;
import io.alita.telegram.fakeapi.SentMedia;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pins and reactions through the real worker, PostgreSQL and the fake Bot API over HTTP: the calls Telegram gets. */
class PinsAndReactionsEndToEndTest {

  static final Duration WAIT = Duration.ofSeconds(15);
  static final FakeChat GROUP = FakeChat.supergroup(-1001000000731L, "Pins group");
  static final FakeChat CHANNEL = new FakeChat(-1001000000732L, "channel", "Pins news", "pins_news");
  static final FakeUser OWNER = FakeUser.of(730, "Olga", "olga_owner");
  static final FakeUser MEMBER = FakeUser.of(731, "Mia", "mia_member");
  static final FakeUser TELEGRAM = FakeUser.of(777000, "Telegram");

  FakeBotApi api;
  AutoCloseable app;
  TestDatabase.Coordinates db;

  @BeforeEach
  void start() throws Exception {
    api = FakeBotApi.start();
    api.setLongPollCap(Duration.ofMillis(500));
    api.setChat(GROUP);
    api.setChatMember(GROUP.id(), FakeMembers.creator(OWNER));
    api.setChatMember(GROUP.id(), FakeMembers.member(MEMBER));
    db = TestDatabase.create();
    app = TestApps.worker(db, api, Map.of());
  }

  @AfterEach
  void stop() throws Exception {
    app.close();
    api.close();
  }

  private ApiCall inGroup(String containing) {
    return api.awaitCall("sendmessage", c -> c.succeeded() && c.longParam("chat_id") == GROUP.id()
        && c.param("text").contains(containing), WAIT);
  }

  private static long messageId(JsonNode update) {
    return update.path("message").path("message_id").asLong();
  }

  @Test
  void pinIsSilentUnlessLoudAndPinnedLinksToTheCurrentPin() {
    var first = api.updates().text(GROUP, MEMBER, "Read me");
    api.updates().commandReply(GROUP, OWNER, "/pin", first.get("message"));
    ApiCall quiet = api.awaitCall("pinchatmessage", c -> c.longParam("message_id") == messageId(first), WAIT);
    assertEquals("true", quiet.param("disable_notification"));
    inGroup("Pinned.");

    var second = api.updates().text(GROUP, MEMBER, "Read me too");
    api.updates().commandReply(GROUP, OWNER, "/pin loud", second.get("message"));
    ApiCall loud = api.awaitCall("pinchatmessage", c -> c.longParam("message_id") == messageId(second), WAIT);
    assertEquals("false", loud.param("disable_notification"));
    inGroup("everyone was notified");

    api.updates().command(GROUP, MEMBER, "/pinned");
    ApiCall link = inGroup("This is the pinned message.");
    assertEquals(messageId(second), link.json("reply_parameters").path("message_id").asLong());
    assertEquals("https://t.me/c/1000000731/" + messageId(second),
        link.json("reply_markup").path("inline_keyboard").get(0).get(0).path("url").asText());
  }

  @Test
  void permapinOfAPhotoSendsItByFileIdAndPinsTheBotsOwnMessage() {
    var photo = api.updates().media(GROUP, MEMBER, "photo", "AgACAgIAAxk-permapin-photo", "Meeting point");
    api.updates().commandReply(GROUP, OWNER, "/permapin", photo.get("message"));

    SentMedia sent = api.awaitMedia(GROUP.id(), m -> m.method().equals("sendphoto"), WAIT);
    assertEquals("AgACAgIAAxk-permapin-photo", sent.fileId());
    assertEquals("Meeting point", sent.caption());
    ApiCall sendCall = api.awaitCall("sendphoto", c -> c.succeeded(), WAIT);
    long botMessage = sendCall.result().path("message_id").asLong();
    ApiCall pin = api.awaitCall("pinchatmessage", c -> c.longParam("message_id") == botMessage, WAIT);
    assertEquals("true", pin.param("disable_notification"));
  }

  @Test
  void unpinAllAsksAndUnpinsOnYes() {
    api.updates().command(GROUP, OWNER, "/unpinall");
    ApiCall question = inGroup("Unpin every pinned message");
    String yes = question.json("reply_markup").path("inline_keyboard").get(0).get(0).path("callback_data").asText();
    api.updates().callbackQuery(OWNER, question.result(), yes);

    api.awaitCall("unpinallchatmessages", c -> c.longParam("chat_id") == GROUP.id(), WAIT);
    api.awaitCall("editmessagetext", c -> c.param("text").contains("has been unpinned"), WAIT);
  }

  @Test
  void aLinkedChannelPostIsUnpinnedWithAntichannelpinAndDeletedWithCleanlinked() {
    api.updates().command(GROUP, OWNER, "/antichannelpin on");
    inGroup("will be unpinned");
    var post = linkedPost("First post");
    api.awaitCall("unpinchatmessage", c -> c.has("message_id") && c.longParam("message_id") == messageId(post), WAIT);

    api.updates().command(GROUP, OWNER, "/cleanlinked on");
    inGroup("will be deleted");
    var next = linkedPost("Second post");
    api.awaitCall("deletemessage", c -> c.longParam("message_id") == messageId(next), WAIT);
    assertTrue(api.calls("unpinchatmessage").stream().noneMatch(c -> c.longParam("message_id") == messageId(next)),
        "cleanlinked wins: the post is deleted, not unpinned");
  }

  /** A channel post as Telegram forwards it into the discussion group: from 777000, on behalf of the channel. */
  private ObjectNode linkedPost(String text) {
    ObjectNode origin = JsonNodeFactory.instance.objectNode().put("type", "channel").put("date", 1).put("message_id", 5);
    origin.set("chat", CHANNEL.toJson());
    return api.updates().message(GROUP, TELEGRAM).text(text).senderChat(CHANNEL)
        .field("is_automatic_forward", JsonNodeFactory.instance.booleanNode(true))
        .field("forward_origin", origin).enqueue();
  }

  @Test
  void aMessageWithAKeywordGetsTheBotsReaction() {
    api.updates().command(GROUP, OWNER, "/addreaction thanks 🙏");
    inGroup("I'll react to <b>thanks</b>");

    var plain = api.updates().text(GROUP, MEMBER, "good morning");
    var thanks = api.updates().text(GROUP, MEMBER, "Many THANKS to all");

    ApiCall react = api.awaitCall("setmessagereaction", c -> c.longParam("message_id") == messageId(thanks), WAIT);
    assertEquals(GROUP.id(), react.longParam("chat_id"));
    JsonNode reaction = react.json("reaction").get(0);
    assertEquals("emoji", reaction.path("type").asText());
    assertEquals("🙏", reaction.path("emoji").asText());
    assertTrue(api.calls("setmessagereaction").stream().noneMatch(c -> c.longParam("message_id") == messageId(plain)),
        "the message before it, without a keyword, got none");

    api.updates().command(GROUP, MEMBER, "/reactions");
    inGroup("- thanks: 🙏");
  }

  @Test
  void aReactionAddedByAnotherProcessReachesTheRunningWorker() {
    // The worker loads the group's (empty) reactions and keeps them cached.
    ObjectNode before = api.updates().text(GROUP, MEMBER, "cheers everyone");
    api.awaitConfirmed(before.get("update_id").asInt(), WAIT);
    assertTrue(api.calls("setmessagereaction").isEmpty(), "no reactions yet");

    // Another process (the console, or an operator) adds one through its own store on the same database.
    Sessions otherProcess = new Sessions(MyBatis.sessionFactory(db.dataSource()));
    new MyBatisReactionsStore(otherProcess).put(new SeenChat(ChatId.of(GROUP.id()), ChatKind.SUPERGROUP, GROUP.title(),
        null), new Reaction("cheers", "🎉"));

    // The change notice travels beside the updates: messages are sent, each handled before the next, until one
    // gets the reaction.
    long deadline = System.nanoTime() + WAIT.toNanos();
    ApiCall reacted = null;
    while (reacted == null && System.nanoTime() < deadline) {
      ObjectNode after = api.updates().text(GROUP, MEMBER, "Cheers!");
      api.awaitConfirmed(after.get("update_id").asInt(), WAIT); // acknowledged once handled, actions included
      reacted = api.calls("setmessagereaction").stream().filter(c -> c.longParam("message_id") == messageId(after))
          .findFirst().orElse(null);
    }
    assertTrue(reacted != null, "a message with the new keyword got its reaction within " + WAIT.toSeconds() + " s");
    assertEquals("🎉", reacted.json("reaction").get(0).path("emoji").asText());
  }
}

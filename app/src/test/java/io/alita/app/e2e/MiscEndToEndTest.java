package io.alita.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.alita.app.TestApps;
import io.alita.app.translate.FakeLibreTranslate;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.postgres.testing.TestDatabase;
import io.alita.telegram.fakeapi.ApiCall;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeMembers;
import io.alita.telegram.fakeapi.FakeUser;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /tell, /id in a forum topic, /tr against a fake LibreTranslate and /help by alias, through the real worker. */
class MiscEndToEndTest {

  static final Duration WAIT = Duration.ofSeconds(15);
  static final FakeChat GROUP = FakeChat.supergroup(-1001000000901L, "Misc group");
  static final FakeUser OWNER = FakeUser.of(910, "Olga", "olga_owner");
  static final FakeUser MEMBER = FakeUser.of(912, "Mia", "mia_member");

  FakeBotApi api;
  FakeLibreTranslate translator;
  AutoCloseable app;

  @BeforeEach
  void start() throws Exception {
    api = FakeBotApi.start();
    api.setLongPollCap(Duration.ofMillis(500));
    api.setChat(GROUP);
    api.setChatMember(GROUP.id(), FakeMembers.creator(OWNER));
    api.setChatMember(GROUP.id(), FakeMembers.member(MEMBER));
    translator = FakeLibreTranslate.start();
    TestDatabase.Coordinates db = TestDatabase.create();
    app = TestApps.worker(db, api, Map.of("TRANSLATE_URL", translator.url().toString(),
        "TRANSLATE_API_KEY", "e2e-key"));
  }

  @AfterEach
  void stop() throws Exception {
    app.close();
    translator.close();
    api.close();
  }

  private ApiCall sent(long chat, String containing) {
    return api.awaitCall("sendmessage", c -> c.succeeded() && c.longParam("chat_id") == chat
        && c.param("text").contains(containing), WAIT);
  }

  @Test
  void tellAnswersTheRepliedMessageWithTheAdminsTextAndDeletesTheCommand() {
    JsonNode question = api.updates().text(GROUP, MEMBER, "Where are the rules?").path("message");
    JsonNode tell = api.updates().commandReply(GROUP, OWNER, "/tell Pinned at the top, <see there>", question)
        .path("message");

    ApiCall told = sent(GROUP.id(), "Pinned at the top");
    assertEquals("Pinned at the top, &lt;see there&gt;", told.param("text"));
    assertEquals(question.path("message_id").asLong(), told.json("reply_parameters").path("message_id").asLong());
    api.awaitCall("deletemessage", c -> c.longParam("chat_id") == GROUP.id()
        && c.longParam("message_id") == tell.path("message_id").asLong(), WAIT);
  }

  @Test
  void idInAForumTopicShowsTheTopicsId() {
    api.updates().message(GROUP, MEMBER).command("/id").inTopic(4242).enqueue();

    ApiCall id = sent(GROUP.id(), "This topic's id");
    assertTrue(id.param("text").contains("This topic's id: <code>4242</code>"), id.param("text"));
    assertTrue(id.param("text").contains("This chat's id: <code>" + GROUP.id() + "</code>"), id.param("text"));
  }

  @Test
  void trTranslatesThroughTheConfiguredServer() {
    api.updates().command(GROUP, MEMBER, "/tr fr Good night");

    ApiCall answer = sent(GROUP.id(), "Translated");
    assertEquals("<b>Translated</b> (en → fr):\n[fr] Good night", answer.param("text"));
    JsonNode request = translator.requests().get(0);
    assertEquals("fr", request.path("target").asText());
    assertEquals("e2e-key", request.path("api_key").asText());
  }

  @Test
  void trAnswersShortlyWhenTheServerFails() {
    translator.answer(FakeLibreTranslate.Mode.FAIL);
    api.updates().command(GROUP, MEMBER, "/tr fr Good night");

    sent(GROUP.id(), "The translation service is not available right now.");
  }

  @Test
  void helpWithAnAliasOpensThatModule() {
    FakeChat pm = FakeChat.privateWith(MEMBER);
    api.updates().command(pm, MEMBER, "/help ban");

    ApiCall help = sent(pm.id(), "/kickme");
    assertEquals(Messages.english().template(MessageKey.of("help.module.bans")), help.param("text"));
  }

  @Test
  void removeBotKeyboardSendsTheRemovalAndDeletesItsMessage() {
    api.updates().command(GROUP, MEMBER, "/removebotkeyboard");

    ApiCall removal = sent(GROUP.id(), "Removing the stuck keyboard");
    assertTrue(removal.json("reply_markup").path("remove_keyboard").asBoolean(), removal.param("reply_markup"));
    long removalId = removal.result().path("message_id").asLong();
    api.awaitCall("deletemessage", c -> c.longParam("chat_id") == GROUP.id()
        && c.longParam("message_id") == removalId, WAIT);
  }
}

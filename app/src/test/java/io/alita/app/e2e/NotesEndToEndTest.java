package io.alita.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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

/** Notes through the real worker, PostgreSQL and the fake Bot API over HTTP: what the group sees. */
class NotesEndToEndTest {

  static final Duration WAIT = Duration.ofSeconds(15);
  static final FakeChat GROUP = FakeChat.supergroup(-1001000000701L, "Notes group");
  static final FakeUser OWNER = FakeUser.of(710, "Olga", "olga_owner");
  static final FakeUser MEMBER = FakeUser.of(712, "Mia", "mia_member");

  FakeBotApi api;
  AutoCloseable app;

  @BeforeEach
  void start() throws Exception {
    api = FakeBotApi.start();
    api.setLongPollCap(Duration.ofMillis(500));
    api.setChat(GROUP);
    api.setChatMember(GROUP.id(), FakeMembers.creator(OWNER));
    api.setChatMember(GROUP.id(), FakeMembers.member(MEMBER));
    TestDatabase.Coordinates db = TestDatabase.create();
    app = TestApps.worker(db, api, Map.of());
  }

  @AfterEach
  void stop() throws Exception {
    app.close();
    api.close();
  }

  private ApiCall sent(long chat, String containing) {
    return api.awaitCall("sendmessage", c -> c.succeeded() && c.longParam("chat_id") == chat
        && c.param("text").contains(containing), WAIT);
  }

  private ApiCall inGroup(String containing) {
    return sent(GROUP.id(), containing);
  }

  private static String button(ApiCall call, int index) {
    JsonNode b = call.json("reply_markup").path("inline_keyboard").get(0).get(index);
    return b.has("callback_data") ? b.path("callback_data").asText() : b.path("url").asText();
  }

  @Test
  void aSavedNoteAnswersItsHashtagAsAReplyFormattedForTheMember() {
    api.updates().command(GROUP, OWNER, "/save Welcome *Hello* {first}, see [Docs](buttonurl://example.com/docs)");
    inGroup("Saved note");

    var asked = api.updates().text(GROUP, MEMBER, "#welcome");
    ApiCall note = inGroup("Hello");

    assertEquals("<b>Hello</b> Mia, see", note.param("text").strip());
    assertEquals(asked.path("message").path("message_id").asLong(), note.json("reply_parameters").path("message_id").asLong());
    assertEquals("https://example.com/docs", button(note, 0));
  }

  @Test
  void getFindsTheNoteWhateverTheCaseAndAnAdminOnlyNoteIsRefusedToAMember() {
    api.updates().command(GROUP, OWNER, "/save MyNote Plain words");
    inGroup("Saved note");
    api.updates().command(GROUP, OWNER, "/save secret {admin} Staff only");
    inGroup("<code>#secret</code>");

    api.updates().command(GROUP, MEMBER, "/get MyNote");
    inGroup("Plain words");
    api.updates().text(GROUP, MEMBER, "#secret");
    inGroup("This note is for admins only.");
  }

  @Test
  void aPrivateNoteIsAButtonInTheGroupAndItsDeepLinkSendsItInPrivate() {
    api.updates().command(GROUP, OWNER, "/save pm {private} Psst {first} in {chatname}");
    inGroup("Saved note");

    api.updates().text(GROUP, MEMBER, "#pm");
    ApiCall button = inGroup("in my private chat");
    String url = button(button, 0);
    assertEquals("https://t.me/" + FakeBotApi.BOT_USERNAME + "?start=note_" + GROUP.id() + "_pm", url);

    api.updates().command(FakeChat.privateWith(MEMBER), MEMBER, "/start " + url.substring(url.indexOf('=') + 1));
    ApiCall inPrivate = sent(MEMBER.id(), "Psst");
    assertEquals("Psst Mia in Notes group", inPrivate.param("text"));
  }

  @Test
  void overwritingAsksAndNoKeepsWhileYesReplaces() {
    api.updates().command(GROUP, OWNER, "/save x old text");
    inGroup("Saved note");

    api.updates().command(GROUP, OWNER, "/save x new text");
    ApiCall question = inGroup("Replace it?");
    api.updates().callbackQuery(OWNER, question.result(), button(question, 1));
    api.awaitCall("editmessagetext", c -> c.param("text").contains("Kept the old note."), WAIT);
    api.updates().text(GROUP, MEMBER, "#x");
    inGroup("old text");

    api.updates().command(GROUP, OWNER, "/save x newer text");
    ApiCall again = api.awaitCall("sendmessage", c -> c.succeeded() && c.param("text").contains("Replace it?")
        && c.sequence() > question.sequence(), WAIT);
    api.updates().callbackQuery(OWNER, again.result(), button(again, 0));
    api.awaitCall("editmessagetext", c -> c.param("text").contains("Replaced note"), WAIT);
    api.updates().text(GROUP, MEMBER, "#x");
    inGroup("newer text");
  }

  @Test
  void clearAllAsksTheOwnerAndRemovesEveryNote() {
    api.updates().command(GROUP, OWNER, "/save a one");
    api.updates().command(GROUP, OWNER, "/save b two");
    inGroup("<code>#b</code>");

    api.updates().command(GROUP, OWNER, "/clearall");
    ApiCall question = inGroup("Remove all 2 notes");
    api.updates().callbackQuery(OWNER, question.result(), button(question, 0));
    api.awaitCall("editmessagetext", c -> c.param("text").contains("All notes of this chat have been removed"), WAIT);

    api.updates().command(GROUP, MEMBER, "/notes");
    inGroup("There are no notes here yet.");
  }

  @Test
  void aNoteSavedFromAPhotoIsSentBackByFileIdWithItsCaption() {
    var photo = api.updates().media(GROUP, OWNER, "photo", "AgACAgIAAxk-note-photo", "Our meeting point");
    api.updates().commandReply(GROUP, OWNER, "/save place", photo.get("message"));
    inGroup("Saved note");

    var ask = api.updates().text(GROUP, MEMBER, "#place");
    SentMedia sent = api.awaitMedia(GROUP.id(), m -> m.method().equals("sendphoto"), WAIT);
    assertEquals("AgACAgIAAxk-note-photo", sent.fileId());
    assertEquals("Our meeting point", sent.caption());
    assertEquals(java.util.Optional.of(ask.get("message").get("message_id").asInt()), sent.replyTo());
  }
}

package io.alita.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alita.app.TestApps;
import io.alita.domain.format.Html;
import io.alita.postgres.testing.TestDatabase;
import io.alita.telegram.fakeapi.ApiCall;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeFile;
import io.alita.telegram.fakeapi.FakeMembers;
import io.alita.telegram.fakeapi.FakeUser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 through the real worker, PostgreSQL and the fake Bot API over HTTP: a group's rules, note, filter and
 * welcome exported with /export, the file imported into a fresh group with /import --other-chat and the creator's Yes,
 * and the fresh group then answering exactly as the first; who may import and confirm; cooldowns that outlive a
 * restart; and bad files (cut off, an unknown module, another chat without the flag, 50 MB, a lying size, a JSON bomb)
 * answered clearly with the database unchanged.
 */
class BackupEndToEndTest {

  static final Duration WAIT = Duration.ofSeconds(20);
  static final FakeChat A = FakeChat.supergroup(-1001000001201L, "Backup source");
  static final FakeChat B = FakeChat.supergroup(-1001000001202L, "Backup target");
  static final FakeUser OWNER = FakeUser.of(1210, "Olga", "olga_owner");
  static final FakeUser ADMIN = FakeUser.of(1211, "Ada", "ada_admin");
  static final FakeUser MEMBER = FakeUser.of(1212, "Mia", "mia_member");
  static final FakeUser JOINER = FakeUser.of(1213, "Jon", null);
  static final ObjectMapper JSON = new ObjectMapper();

  FakeBotApi api;
  TestDatabase.Coordinates db;
  TestApps.Running worker;
  final AtomicInteger groups = new AtomicInteger();

  @BeforeEach
  void start() throws Exception {
    api = FakeBotApi.start();
    api.setLongPollCap(Duration.ofMillis(500));
    group(A);
    group(B);
    db = TestDatabase.create();
    worker = TestApps.worker(db, api, Map.of());
  }

  @AfterEach
  void stop() throws Exception {
    if (worker != null) {
      worker.close();
    }
    api.close();
  }

  /** A group where OWNER is the creator, ADMIN a full admin and MEMBER a member. */
  private void group(FakeChat chat) {
    api.setChat(chat);
    api.setChatMember(chat.id(), FakeMembers.creator(OWNER));
    api.setChatMember(chat.id(), FakeMembers.fullAdministrator(ADMIN));
    api.setChatMember(chat.id(), FakeMembers.member(MEMBER));
  }

  private FakeChat freshGroup() {
    FakeChat chat = FakeChat.supergroup(-1001000001300L - groups.incrementAndGet(), "Fresh " + groups.get());
    group(chat);
    return chat;
  }

  private static int messageId(ObjectNode update) {
    return update.path("message").path("message_id").asInt();
  }

  /** The bot's message answering {@code update} (sent as a reply to it). */
  private ApiCall answerTo(ObjectNode update) {
    long chat = update.path("message").path("chat").path("id").asLong();
    return api.awaitCall("sendmessage", c -> c.succeeded() && c.longParam("chat_id") == chat
        && c.has("reply_parameters") && c.json("reply_parameters").path("message_id").asInt() == messageId(update),
        WAIT);
  }

  private String answerTextTo(ObjectNode update) {
    return answerTo(update).param("text");
  }

  private ApiCall welcomeIn(FakeChat chat) {
    return api.awaitCall("sendmessage", c -> c.succeeded() && c.longParam("chat_id") == chat.id()
        && c.param("text").contains("Welcome aboard"), WAIT);
  }

  private String count(String table, FakeChat chat) {
    return db.text("SELECT count(*) FROM " + table + " WHERE chat_id = " + chat.id());
  }

  /** The document the bot sent answering {@code command}. */
  private ApiCall documentFor(ObjectNode command) {
    long chat = command.path("message").path("chat").path("id").asLong();
    return api.awaitCall("senddocument", c -> c.succeeded() && c.longParam("chat_id") == chat
        && c.has("reply_parameters") && c.json("reply_parameters").path("message_id").asInt() == messageId(command),
        WAIT);
  }

  /** Sets up A's rules, note, filter and welcome and exports them; returns the document call. */
  private ApiCall groupAWithContentExported() {
    answerTo(api.updates().command(A, ADMIN, "/setrules Be *kind*. No spam."));
    answerTo(api.updates().command(A, ADMIN, "/save greet Hello {first}, read the rules!"));
    answerTo(api.updates().command(A, ADMIN, "/filter hi Hi there, *{first}*!"));
    answerTo(api.updates().command(A, ADMIN, "/setwelcome Welcome aboard, {first}! [Docs](buttonurl://example.com/docs)"));
    return documentFor(api.updates().command(A, OWNER, "/export"));
  }

  /** A document message in {@code chat} carrying {@code fileId}, as when the file is sent there. */
  private JsonNode documentMessage(FakeChat chat, String fileId) {
    return api.updates().media(chat, OWNER, "document", fileId, "").get("message");
  }

  private static String button(ApiCall call, String label) {
    for (JsonNode row : call.json("reply_markup").path("inline_keyboard")) {
      for (JsonNode b : row) {
        if (b.path("text").asText().equals(label)) {
          return b.path("callback_data").asText();
        }
      }
    }
    throw new AssertionError("no button " + label + " in " + call);
  }

  // ------------------------------------------------------------------------------------------------ the issue

  @Test
  void aGroupsBackupImportedIntoAFreshGroupMakesItAnswerExactlyAlike() throws Exception {
    ApiCall export = groupAWithContentExported();
    // What A answers, before anything is copied.
    String rulesInA = answerTextTo(api.updates().command(A, MEMBER, "/rules"));
    String noteInA = answerTextTo(api.updates().text(A, MEMBER, "#greet"));
    String filterInA = answerTextTo(api.updates().text(A, MEMBER, "hi"));
    api.updates().newChatMembers(A, JOINER, JOINER);
    ApiCall welcomeInA = welcomeIn(A);

    // The file: the original's format, holding what A has.
    assertTrue(export.uploadedFile("document").matches(A.id() + "-\\d{8}-\\d{6}\\.json"), export.uploadedFile("document"));
    assertTrue(Html.visibleText(export.param("caption")).startsWith("Backup of Backup source: admin, antiflood"));
    JsonNode file = JSON.readTree(api.uploadedBytes(export, "document"));
    assertEquals("1.1", file.path("version").asText());
    assertEquals("AlitaRobot", file.path("bot_name").asText());
    assertEquals(A.id(), file.path("chat_id").asLong());
    assertEquals(OWNER.id(), file.path("exported_by").asLong());
    assertEquals(17, file.path("modules").size());
    assertEquals("Be *kind*. No spam.", file.at("/data/rules/settings/rules").asText());
    assertEquals("greet", file.at("/data/notes/notes/0/note_name").asText());
    assertEquals("hi", file.at("/data/filters/filters/0/keyword").asText());
    assertTrue(file.at("/data/greetings/settings/welcome_settings/welcome_text").asText().startsWith("Welcome aboard"),
        file.at("/data/greetings").toString());

    // In B: the same file, sent there, and a reply to it.
    String fileId = export.result().path("document").path("file_id").asText();
    JsonNode inB = documentMessage(B, fileId);
    assertEquals("Only the chat's owner can do this.",
        Html.visibleText(answerTextTo(api.updates().commandReply(B, ADMIN, "/import --other-chat", inB))));
    ApiCall question = answerTo(api.updates().commandReply(B, OWNER, "/import --other-chat", inB));
    String asked = Html.visibleText(question.param("text"));
    assertTrue(asked.startsWith("Import this backup? These modules will become exactly what the file holds: admin,"),
        asked);
    assertTrue(asked.contains("• notes: 1 added, 0 changed, 0 removed"), asked);
    assertTrue(asked.contains("• filters: 1 added, 0 changed, 0 removed"), asked);
    assertTrue(asked.endsWith("This file comes from another chat: Backup source (" + A.id() + ")."), asked);
    assertEquals("0", count("notes", B));

    // An admin's Yes is refused; the creator's imports.
    api.updates().callbackQuery(ADMIN, question.result(), button(question, "Yes, import"));
    api.awaitCall("answercallbackquery", c -> "Only the chat's owner can do this.".equals(c.param("text")), WAIT);
    assertEquals("0", count("notes", B));
    api.updates().callbackQuery(OWNER, question.result(), button(question, "Yes, import"));
    ApiCall done = api.awaitCall("editmessagetext", c -> c.param("text").contains("Backup imported"), WAIT);
    assertTrue(Html.visibleText(done.param("text")).contains("• rules: 1 added"), done.param("text"));
    assertEquals("1", count("notes", B));
    assertEquals("1", count("filters", B));

    // B answers exactly as A does (the rules are headed by the chat's own title).
    assertEquals("The rules of <b>Backup source</b>:\n\nBe <b>kind</b>. No spam.", rulesInA);
    assertEquals(rulesInA.replace("Backup source", "Backup target"),
        answerTextTo(api.updates().command(B, MEMBER, "/rules")));
    assertEquals(noteInA, answerTextTo(api.updates().text(B, MEMBER, "#greet")));
    assertEquals(filterInA, answerTextTo(api.updates().text(B, MEMBER, "hi")));
    api.updates().newChatMembers(B, JOINER, JOINER);
    ApiCall welcomeInB = welcomeIn(B);
    assertEquals(welcomeInA.param("text"), welcomeInB.param("text"));
    assertEquals(welcomeInA.json("reply_markup"), welcomeInB.json("reply_markup"));
    assertEquals("Hello Mia, read the rules!", noteInA);
    assertEquals("Hi there, <b>Mia</b>!", filterInA);

    // Importing again within ten minutes is refused, and says how long to wait.
    assertEquals("/import was used in this chat a short while ago. Try again in 10 min.",
        Html.visibleText(answerTextTo(api.updates().commandReply(B, OWNER, "/import --other-chat", inB))));
  }

  @Test
  void resetAsksTheCreatorAndRemovesTheChosenModules() {
    answerTo(api.updates().command(A, ADMIN, "/save greet Hello"));
    answerTo(api.updates().command(A, ADMIN, "/filter hi Hi there"));

    ApiCall question = answerTo(api.updates().command(A, OWNER, "/reset notes"));
    assertTrue(Html.visibleText(question.param("text")).contains("• notes: 0 added, 0 changed, 1 removed"));
    api.updates().callbackQuery(OWNER, question.result(), button(question, "Yes, reset"));
    api.awaitCall("editmessagetext", c -> c.param("text").contains("Reset to defaults"), WAIT);

    assertEquals("0", count("notes", A));
    assertEquals("1", count("filters", A));
  }

  @Test
  void cooldownsOutliveARestart() throws Exception {
    documentFor(api.updates().command(A, OWNER, "/export"));
    worker.close();
    worker = TestApps.worker(db, api, Map.of());

    assertEquals("/export was used in this chat a short while ago. Try again in 5 min.",
        Html.visibleText(answerTextTo(api.updates().command(A, OWNER, "/export"))));
  }

  // ------------------------------------------------------------------------------------------------ bad files

  @Test
  void badFilesGetAClearReplyAndChangeNothing() throws Exception {
    ApiCall export = groupAWithContentExported();
    byte[] good = api.uploadedBytes(export, "document");
    ObjectNode withUnknownModule = (ObjectNode) JSON.readTree(good);
    withUnknownModule.withArray("modules").add("stickers");
    ((ObjectNode) withUnknownModule.get("data")).putObject("stickers");
    byte[] bomb = ("[".repeat(200_000)).getBytes(StandardCharsets.UTF_8);
    byte[] eleven = new byte[11 * 1024 * 1024];
    Arrays.fill(eleven, (byte) ' ');

    Map<String, String> expected = new LinkedHashMap<>();
    Map<String, FakeFile> files = new LinkedHashMap<>();
    files.put("cut", api.registerFile("cut", Arrays.copyOf(good, good.length / 2)));
    expected.put("cut", "That file is cut off: it ends in the middle. Export it again.");
    files.put("unknown", api.registerFile("unknown", JSON.writeValueAsBytes(withUnknownModule)));
    expected.put("unknown", "That backup names a module I don't know: stickers.");
    files.put("other", api.registerFile("other", good));
    expected.put("other", "That backup was exported from another chat (" + A.id() + "). Reply to it with "
        + "/import --other-chat to import it here anyway.");
    files.put("huge", api.registerFile("huge", new byte[10]).reportSize(50L * 1024 * 1024));
    expected.put("huge", "That file is too large: a backup holds at most 10 MB.");
    files.put("liar", api.registerFile("liar", eleven).reportSize(1000).withoutLength());
    expected.put("liar", "That file is too large: a backup holds at most 10 MB.");
    files.put("bomb", api.registerFile("bomb", bomb));
    expected.put("bomb", "That file is nested too deeply or holds too many values to be a backup.");

    for (Map.Entry<String, String> e : expected.entrySet()) {
      FakeChat chat = freshGroup();
      String reply = Html.visibleText(answerTextTo(
          api.updates().commandReply(chat, OWNER, "/import", documentMessage(chat, e.getKey()))));
      assertEquals(e.getValue(), reply, e.getKey());
      for (String table : new String[] {"notes", "filters", "rules", "greetings", "confirmations"}) {
        assertEquals("0", count(table, chat), e.getKey() + ": " + table);
      }
    }
    assertEquals(0, files.get("huge").downloads(), "a file reported over the limit is not downloaded");
  }
}

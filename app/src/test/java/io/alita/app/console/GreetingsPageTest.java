package io.alita.app.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alita.telegram.fakeapi.ApiCall;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeUser;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console's greetings page over HTTP, against the real app (worker and console in one process), a real database
 * and the fake Bot API: what it shows, escaping, the preview, refusals in the bot's words with nothing lost, media
 * greetings, reset, the audit log, and a welcome changed here being what the running worker sends on the next join.
 * Who may open and send what, and the form tokens, are checked with every other chat route in {@link ChatPagesTest}.
 */
class GreetingsPageTest {

  static final String SCRIPT = "<script>alert(1)</script>";

  static TwoGroupConsole console;
  static ConsoleClient admin;
  static ConsoleClient owner;

  @BeforeAll
  static void start() throws Exception {
    console = new TwoGroupConsole(740);
    admin = console.signedIn(console.admin);
    owner = console.signedIn(console.owner);
  }

  @AfterAll
  static void stop() {
    console.close();
  }

  static String page(FakeChat chat) {
    return "/chats/" + chat.id() + "/greetings";
  }

  /** The value a switch's select shows. */
  static String selected(String html, String name) {
    Matcher m = Pattern.compile("<select id=\"" + name + "\" name=\"" + name + "\">(.*?)</select>", Pattern.DOTALL)
        .matcher(html);
    assertTrue(m.find(), "no switch " + name + " in:\n" + html);
    Matcher option = Pattern.compile("<option value=\"(on|off)\" selected=\"selected\"").matcher(m.group(1));
    assertTrue(option.find(), "nothing selected for " + name);
    return option.group(1);
  }

  static String textarea(String html, String name) {
    Matcher m = Pattern.compile("<textarea id=\"" + name + "\" name=\"" + name + "\">(.*?)</textarea>",
        Pattern.DOTALL).matcher(html);
    assertTrue(m.find(), "no textarea " + name + " in:\n" + html);
    return m.group(1);
  }

  static int count(String html, String part) {
    return html.split(Pattern.quote(part), -1).length - 1;
  }

  /** The chat's greetings row, "none" without one. */
  static String greetingsRow(FakeChat chat) {
    return console.db.text("SELECT coalesce((SELECT g::text FROM greetings g WHERE chat_id = " + chat.id()
        + "), 'none')");
  }

  static String audited(FakeChat chat) {
    return console.db.text("SELECT count(*) FROM audit_log WHERE chat_id = " + chat.id());
  }

  /** A member who joins: the worker's welcome for them, once it is out. */
  static ApiCall welcomeOnJoin(FakeUser joining, String containing) {
    console.api.updates().newChatMembers(console.group, joining, joining);
    return console.api.awaitCall("sendmessage", c -> c.succeeded() && c.longParam("chat_id") == console.group.id()
        && c.param("text").contains(containing), TwoGroupConsole.WAIT);
  }

  @Test
  void theDefaultsAreShownWithAPreviewOfEachForTheSampleMember() throws Exception {
    HttpResponse<String> shown = owner.get(page(console.other));

    assertEquals(200, shown.statusCode(), shown.body());
    assertTrue(shown.body().contains(">» Greetings</a>"), "the nav marks the page");
    assertEquals("Hey {first}, how are you?", textarea(shown.body(), "welcome_text"));
    assertEquals("Sad to see you leaving {first}", textarea(shown.body(), "goodbye_text"));
    assertTrue(shown.body().contains("class=\"preview\">Hey Sam, how are you?</div>"), shown.body());
    assertTrue(shown.body().contains("Goodbye (off: not sent)"), shown.body());
    assertEquals("on", selected(shown.body(), "welcome"));
    for (String off : new String[] {"goodbye", "cleanwelcome", "cleangoodbye", "cleanservice", "autoapprove"}) {
      assertEquals("off", selected(shown.body(), off), off);
    }
    assertEquals(count(shown.body(), "<form"), count(shown.body(), "name=\"_csrf\""), "every form carries the token");
    assertEquals(3, count(shown.body(), "/greetings/"), "the form and the two reset forms");
  }

  @Test
  void aWelcomeSavedHereIsShownEscapedAuditedAndIsWhatTheRunningWorkerSendsOnTheNextJoin() throws Exception {
    FakeChat group = console.group;
    // The worker has the default welcome cached before the change.
    welcomeOnJoin(FakeUser.of(74_100, "Pat", "pat_first"), "Hey Pat, how are you?");

    Map<String, String> form = new LinkedHashMap<>();
    form.put("do", "save");
    form.put("welcome_text", "*Welcome* {first} to {chatname}! " + SCRIPT + "\r\n[Site](buttonurl://example.com)");
    form.put("goodbye_text", "Sad to see you leaving {first}");
    form.put("welcome", "on");
    form.put("goodbye", "off");
    form.put("cleanwelcome", "off");
    form.put("cleangoodbye", "off");
    form.put("cleanservice", "on");
    form.put("autoapprove", "off");
    HttpResponse<String> saved = admin.submit(page(group), page(group) + "/save", form);
    assertEquals(303, saved.statusCode(), saved.body());

    HttpResponse<String> shown = admin.get(page(group));
    assertTrue(shown.body().contains("Saved the greetings."), shown.body());
    assertEquals("*Welcome* {first} to {chatname}! &lt;script&gt;alert(1)&lt;/script&gt;\n"
        + "[Site](buttonurl://https://example.com)", textarea(shown.body(), "welcome_text"));
    assertFalse(shown.body().contains(SCRIPT), shown.body());
    assertTrue(shown.body().contains("class=\"preview\"><b>Welcome</b> Sam to Granted group! "
        + "&lt;script&gt;alert(1)&lt;/script&gt;</div>"), shown.body());
    assertEquals("on", selected(shown.body(), "cleanservice"));
    assertEquals("*Welcome* {first} to {chatname}! " + SCRIPT + "|true|false", console.db.text("SELECT welcome_text"
        + " || '|' || clean_service_settings || '|' || auto_approve FROM greetings WHERE chat_id = " + group.id()));
    assertEquals("console|Ann (@ann_admin)", console.db.text("SELECT string_agg(DISTINCT via || '|' || actor_name, ',')"
        + " FROM audit_log WHERE chat_id = " + group.id() + " AND subject = 'greetings'"));
    String audits = audited(group);
    Map<String, String> again = new LinkedHashMap<>(form);
    again.put("welcome_text", "*Welcome* {first} to {chatname}! " + SCRIPT + "\n[Site](buttonurl://https://example.com)");
    assertEquals(303, admin.submit(page(group), page(group) + "/save", again).statusCode());
    assertEquals(audits, audited(group), "the form saved again as shown changes nothing");

    ApiCall welcome = null;
    long deadline = System.nanoTime() + TwoGroupConsole.WAIT.toNanos();
    for (int i = 0; welcome == null && System.nanoTime() < deadline; i++) {
      FakeUser joining = FakeUser.of(74_200 + i, "Jo" + i, "jo_" + i);
      ObjectNode join = console.api.updates().newChatMembers(group, joining, joining);
      console.api.awaitConfirmed(join.get("update_id").asInt(), TwoGroupConsole.WAIT);
      String name = joining.firstName();
      console.api.awaitCall("sendmessage", c -> c.longParam("chat_id") == group.id()
          && c.param("text").contains(name), TwoGroupConsole.WAIT);
      welcome = console.api.calls("sendmessage").stream().filter(c -> c.longParam("chat_id") == group.id()
          && c.param("text").startsWith("<b>Welcome</b> " + name + " ")).findFirst().orElse(null);
    }
    assertNotNull(welcome, "the running worker greeted a new member with the console's welcome");
    assertTrue(welcome.param("text").endsWith(" to Granted group! &lt;script&gt;alert(1)&lt;/script&gt;"),
        welcome.param("text"));
    assertTrue(welcome.param("reply_markup").contains("https://example.com"), welcome.param("reply_markup"));
  }

  @Test
  void aPreviewRendersTheTypedTextsForTheSampleMemberWithScriptsAsTextAndSavesNothing() throws Exception {
    FakeChat chat = console.other;
    String before = greetingsRow(chat);
    String audits = audited(chat);
    HttpResponse<String> preview = owner.submit(page(chat), page(chat) + "/save", Map.of("do", "preview",
        "welcome_text", "Hi *{first}* " + SCRIPT + "\n[Rules](buttonurl://example.com/rules)",
        "goodbye_text", "Bye {username}", "goodbye", "on"));

    assertEquals(200, preview.statusCode(), preview.body());
    assertTrue(preview.body().contains("class=\"preview\">Hi <b>Sam</b> &lt;script&gt;alert(1)&lt;/script&gt;</div>"),
        preview.body());
    assertTrue(preview.body().contains("class=\"preview\">Bye @sample_member</div>"), preview.body());
    assertTrue(preview.body().contains("[Rules]"), preview.body());
    assertTrue(preview.body().contains("https://example.com/rules"), preview.body());
    assertTrue(preview.body().contains("The texts as typed above (not saved)"), preview.body());
    assertFalse(preview.body().contains(SCRIPT), preview.body());
    assertEquals("on", selected(preview.body(), "goodbye"), "the form shows what was typed");
    assertFalse(preview.body().contains("Goodbye (off: not sent)"), "previewed as it would be with the goodbye on");
    assertEquals(before, greetingsRow(chat), "a preview saves nothing");
    assertEquals(audits, audited(chat));
  }

  @Test
  void refusedTextsAreAnsweredInTheBotsWordsEverythingTypedStaysAndNothingIsSaved() throws Exception {
    FakeChat chat = console.other;
    String before = greetingsRow(chat);
    String audits = audited(chat);
    String goodbye = "Bye <b>" + "y".repeat(5000) + "</b>";
    Map<String, String> form = Map.of("do", "save", "welcome_text", "  ", "goodbye_text", goodbye,
        "autoapprove", "on", "cleangoodbye", "on");

    HttpResponse<String> refused = owner.submit(page(chat), page(chat) + "/save", form);

    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("Write the welcome after the command"), refused.body());
    assertTrue(refused.body().contains("shorten it by"), refused.body());
    assertEquals("Bye &lt;b&gt;" + "y".repeat(5000) + "&lt;/b&gt;", textarea(refused.body(), "goodbye_text"));
    assertEquals("on", selected(refused.body(), "autoapprove"));
    assertEquals("on", selected(refused.body(), "cleangoodbye"));
    assertEquals(before, greetingsRow(chat), "nothing saved, not even the switches");
    assertEquals(audits, audited(chat));

    HttpResponse<String> previewed = owner.submit(page(chat), page(chat) + "/save",
        Map.of("do", "preview", "welcome_text", "", "goodbye_text", "fine"));
    assertEquals(400, previewed.statusCode(), previewed.body());
    assertTrue(previewed.body().contains("Welcome: Write the welcome after the command"), previewed.body());

    HttpResponse<String> forged = owner.submit(page(chat), page(chat) + "/save",
        Map.of("do", "save", "welcome_text", "Hi", "cleanservice", "maybe"));
    assertEquals(400, forged.statusCode(), forged.body());
    assertEquals(before, greetingsRow(chat));
  }

  @Test
  void aMediaGoodbyeIsShownAsMediaIsNotEditedAsTextAndIsResetToTheDefault() throws Exception {
    FakeChat chat = console.other;
    console.db.execute("INSERT INTO chats (chat_id) VALUES (" + chat.id() + ") ON CONFLICT DO NOTHING");
    console.db.execute("INSERT INTO greetings (chat_id, goodbye_enabled, goodbye_type, goodbye_file_id, goodbye_text)"
        + " VALUES (" + chat.id() + ", true, 2, 'CAAC-bye', NULL) ON CONFLICT (chat_id) DO UPDATE SET"
        + " goodbye_enabled = true, goodbye_type = 2, goodbye_file_id = 'CAAC-bye', goodbye_text = NULL");
    try {
      HttpResponse<String> shown = owner.get(page(chat));
      assertTrue(shown.body().contains("media: sticker"), shown.body());
      assertFalse(shown.body().contains("name=\"goodbye_text\""), "a media goodbye has no text field");
      assertTrue(shown.body().contains("[sticker]"), shown.body());

      // A text sent for it anyway (an old page, a forged form) leaves the file alone.
      assertEquals(303, owner.submit(page(chat), page(chat) + "/save",
          Map.of("do", "save", "goodbye_text", "Bye", "welcome_text", "Hey {first}, how are you?")).statusCode());
      assertEquals("CAAC-bye|2", console.db.text("SELECT goodbye_file_id || '|' || goodbye_type FROM greetings"
          + " WHERE chat_id = " + chat.id()));

      String audits = audited(chat);
      HttpResponse<String> reset = owner.submit(page(chat), page(chat) + "/reset", Map.of("kind", "goodbye"));
      assertEquals(303, reset.statusCode(), reset.body());
      HttpResponse<String> after = owner.get(page(chat));
      assertTrue(after.body().contains("The goodbye is back to the default, and goodbye messages are off."),
          after.body());
      assertEquals("Sad to see you leaving {first}", textarea(after.body(), "goodbye_text"));
      assertEquals("off", selected(after.body(), "goodbye"));
      assertEquals("console|Olga (@olga_owner)", console.db.text("SELECT via || '|' || actor_name FROM audit_log"
          + " WHERE chat_id = " + chat.id() + " AND subject = 'greetings' ORDER BY id DESC LIMIT 1"));
      assertFalse(audits.equals(audited(chat)), "the reset is audited");
      assertEquals(400, owner.submit(page(chat), page(chat) + "/reset", Map.of("kind", "both")).statusCode());
    } finally {
      console.db.execute("DELETE FROM greetings WHERE chat_id = " + chat.id());
    }
  }
}

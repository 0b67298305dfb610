package io.alita.app.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.telegram.fakeapi.ApiCall;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sandbox page: who may try which chat, the form's checks, and a simulation that sends and keeps nothing. */
class SandboxPageTest {

  static TwoGroupConsole console;
  static ConsoleClient owner;

  @BeforeAll
  static void start() throws Exception {
    console = new TwoGroupConsole(720);
    console.command(console.group, console.admin, "/addblacklist casino", "Added to the blacklist");
    owner = console.signedIn(console.owner);
  }

  @AfterAll
  static void stop() {
    console.close();
  }

  static Map<String, String> form(long chat, String persona, String text, String repeat) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("chat", Long.toString(chat));
    form.put("persona", persona);
    form.put("text", text);
    form.put("repeat", repeat);
    return form;
  }

  /** Every call the bot made to Telegram except its polling for updates. */
  static List<ApiCall> sent() {
    return console.api.calls().stream().filter(c -> !c.method().equals("getupdates")).toList();
  }

  @Test
  void withoutASessionTheSandboxRedirectsToTheLoginPage() throws Exception {
    ConsoleClient browser = new ConsoleClient(console.port);
    HttpResponse<String> page = browser.get("/sandbox");
    assertEquals(303, page.statusCode());
    assertEquals("/login?next=%2Fsandbox", page.headers().firstValue("Location").orElseThrow());
    HttpResponse<String> post = browser.post("/sandbox", form(console.group.id(), "member", "hi", "1"));
    assertEquals(303, post.statusCode());
    assertEquals("/login", post.headers().firstValue("Location").orElseThrow());
  }

  @Test
  void theOperatorIsRefused() throws Exception {
    ConsoleClient operator = console.operator();
    assertEquals(403, operator.get("/sandbox").statusCode());
    HttpResponse<String> post = operator.submit("/", "/sandbox", form(console.group.id(), "member", "hi", "1"));
    assertEquals(403, post.statusCode());
  }

  @Test
  void aFormWithoutTheRightTokenIsRefused() throws Exception {
    HttpResponse<String> none = owner.post("/sandbox", form(console.group.id(), "member", "hi", "1"));
    assertEquals(403, none.statusCode());
    assertTrue(none.body().contains("This form has expired"), none.body());
    Map<String, String> wrong = form(console.group.id(), "member", "hi", "1");
    wrong.put("_csrf", "not-the-token");
    assertEquals(403, owner.post("/sandbox", wrong).statusCode());
    Map<String, String> crossSite = form(console.group.id(), "member", "hi", "1");
    crossSite.put("_csrf", ConsoleClient.csrf(owner.get("/sandbox").body()));
    assertEquals(403, owner.post("/sandbox", crossSite, Map.of("Sec-Fetch-Site", "cross-site")).statusCode());
  }

  @Test
  void aGroupAdminTriesOnlyTheChatsTheyAdminister() throws Exception {
    ConsoleClient admin = console.signedIn(console.admin);

    String page = admin.get("/sandbox").body();
    assertTrue(page.contains("Granted group (" + console.group.id() + ")"), page);
    assertFalse(page.contains("Other group"), page);
    HttpResponse<String> preset = admin.get("/sandbox?chat=" + console.other.id());
    assertEquals(403, preset.statusCode());
    assertFalse(preset.body().contains("Other group"), preset.body());

    HttpResponse<String> refused = admin.submit("/sandbox", "/sandbox",
        form(console.other.id(), "member", "casino", "1"));
    assertEquals(403, refused.statusCode());
    assertTrue(refused.body().contains("You are not an admin of that chat"), refused.body());
    HttpResponse<String> own = admin.submit("/sandbox", "/sandbox", form(console.group.id(), "member", "casino", "1"));
    assertEquals(200, own.statusCode());
    assertTrue(own.body().contains("Delete the message"), own.body());
  }

  @Test
  void aBlacklistedWordIsDeletedAndWarnedAboutWithoutSendingOrKeepingAnything() throws Exception {
    String page = owner.get("/sandbox").body();
    int callsBefore = sent().size();
    String warnsBefore = console.db.text("SELECT count(*) FROM warns_users");
    String auditBefore = console.db.text("SELECT count(*) FROM audit_log");

    HttpResponse<String> result = owner.post("/sandbox", withToken(page,
        form(console.group.id(), "member", "cheap casino chips", "1")));

    assertEquals(200, result.statusCode(), result.body());
    String body = result.body();
    assertTrue(body.contains("Sandbox User writes: “cheap casino chips”"), body);
    assertTrue(body.contains(">Delete the message</li>"), body);
    assertTrue(body.contains("has 1/3 warnings"), body);
    assertTrue(body.contains("The bot is taken to be an admin of the chat with every right"), body);
    assertTrue(body.contains("Nothing is sent to Telegram and nothing is kept"), body);
    assertFalse(body.contains("id=\"nothing\""), body);
    // The simulation runs inside the request and has no asynchronous way out (SandboxIsolationTest: nothing in the
    // sandbox can reach the Telegram adapter, and it hands nothing to the worker's intake): a call it made would
    // already be here.
    assertEquals(callsBefore, sent().size(), "the simulation called Telegram: " + sent());
    assertEquals(warnsBefore, console.db.text("SELECT count(*) FROM warns_users"));
    assertEquals(auditBefore, console.db.text("SELECT count(*) FROM audit_log"));
  }

  @Test
  void aMessageNoRuleMatchesChangesNothingAndIsShownAsText() throws Exception {
    HttpResponse<String> result = owner.submit("/sandbox", "/sandbox",
        form(console.group.id(), "member", "<script>alert(1)</script>", "1"));

    assertEquals(200, result.statusCode(), result.body());
    assertTrue(result.body().contains("id=\"nothing\">Nothing would happen.</p>"), result.body());
    assertTrue(result.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), result.body());
    assertFalse(result.body().contains("<script>"), result.body());
  }

  @Test
  void repeatedMessagesStopOnceTheMemberCannotWrite() throws Exception {
    HttpResponse<String> result = owner.submit("/sandbox", "/sandbox",
        form(console.group.id(), "member", "casino", "5"));

    assertEquals(200, result.statusCode(), result.body());
    assertTrue(result.body().contains("has 2/3 warnings"), result.body());
    assertTrue(result.body().contains("id=\"stopped-early\""), result.body());
  }

  @Test
  void aRepeatOutOfRangeIsAnsweredWithTheSandboxsMessage() throws Exception {
    HttpResponse<String> zero = owner.submit("/sandbox", "/sandbox", form(console.group.id(), "member", "hi", "0"));
    assertEquals(400, zero.statusCode());
    assertTrue(zero.body().contains("Send the message 1 to 20 times, not 0."), zero.body());
    assertTrue(zero.body().contains(">hi</textarea>"), "what was typed stays in the form: " + zero.body());

    HttpResponse<String> word = owner.submit("/sandbox", "/sandbox", form(console.group.id(), "member", "hi", "ten"));
    assertEquals(400, word.statusCode());
    assertTrue(word.body().contains("is not a whole number"), word.body());

    HttpResponse<String> noText = owner.submit("/sandbox", "/sandbox", form(console.group.id(), "admin", " ", "1"));
    assertEquals(400, noText.statusCode());
    assertTrue(noText.body().contains("Write the message to try."), noText.body());

    Map<String, String> noChat = form(console.group.id(), "member", "hi", "1");
    noChat.put("chat", "");
    HttpResponse<String> unpicked = owner.submit("/sandbox", "/sandbox", noChat);
    assertEquals(400, unpicked.statusCode());
    assertTrue(unpicked.body().contains("Pick the chat whose settings to try."), unpicked.body());
  }

  @Test
  void aChatTheBotNeverSawIsRejectedWithItsReason() throws Exception {
    HttpResponse<String> result = owner.submit("/sandbox", "/sandbox", form(-1009999999999L, "member", "hi", "1"));
    assertEquals(200, result.statusCode());
    assertTrue(result.body().contains("The bot has never seen the chat -1009999999999"), result.body());
  }

  private static Map<String, String> withToken(String page, Map<String, String> form) {
    Map<String, String> all = new LinkedHashMap<>(form);
    all.put("_csrf", ConsoleClient.csrf(page));
    return all;
  }
}

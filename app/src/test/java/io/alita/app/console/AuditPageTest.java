package io.alita.app.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The audit log page: who sees which chats' entries, and what an entry shows. */
class AuditPageTest {

  static TwoGroupConsole console;

  @BeforeAll
  static void start() throws Exception {
    console = new TwoGroupConsole(710);
  }

  @AfterAll
  static void stop() {
    console.close();
  }

  /** The table rows of a page, each as its HTML. */
  static List<String> rows(String html) {
    return Arrays.stream(html.split("<tr")).skip(1).filter(r -> r.contains("data-chat=")).toList();
  }

  static String rowWith(String html, String text) {
    return rows(html).stream().filter(r -> r.contains(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no row with " + text + " in:\n" + html));
  }

  @Test
  void withoutASessionTheLogRedirectsToTheLoginPage() throws Exception {
    ConsoleClient browser = new ConsoleClient(console.port);
    HttpResponse<String> audit = browser.get("/audit");
    assertEquals(303, audit.statusCode());
    assertEquals("/login?next=%2Faudit", audit.headers().firstValue("Location").orElseThrow());
    HttpResponse<String> chat = browser.get("/chats/" + console.group.id() + "/audit");
    assertEquals(303, chat.statusCode());
    assertTrue(chat.headers().firstValue("Location").orElseThrow().startsWith("/login?next="));
  }

  @Test
  void theOperatorIsRefused() throws Exception {
    HttpResponse<String> audit = console.operator().get("/audit");
    assertEquals(403, audit.statusCode());
    assertTrue(audit.body().contains("migrations and health pages only"), audit.body());
  }

  @Test
  void anAdminsCommandIsListedAsTheirsAndItsWordIsShownAsText() throws Exception {
    console.command(console.group, console.admin, "/addblacklist <b>x</b>", "Added to the blacklist");

    HttpResponse<String> page = console.signedIn(console.owner).get("/audit");

    assertEquals(200, page.statusCode());
    String row = rowWith(page.body(), "blacklist word");
    assertTrue(row.contains("Ann"), row);
    assertTrue(row.contains("via command"), row);
    assertTrue(row.contains("Granted group (" + console.group.id() + ")"), row);
    assertTrue(row.contains(">added<"), row);
    assertTrue(row.contains("word: — -&gt; &lt;b&gt;x&lt;/b&gt;"), row);
    assertTrue(row.matches("(?s).*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC.*"), row);
    assertFalse(page.body().contains("<b>x</b>"), "the word is text, not markup");
  }

  @Test
  void theOwnerSeesEveryChatAndCanFilterByOne() throws Exception {
    blacklistBySql(console.group.id(), "granted-owner-view");
    blacklistBySql(console.other.id(), "other-owner-view");
    ConsoleClient owner = console.signedIn(console.owner);

    String all = owner.get("/audit").body();
    assertTrue(all.contains("granted-owner-view"), all);
    assertTrue(all.contains("other-owner-view"), all);
    String row = rowWith(all, "other-owner-view");
    assertTrue(row.contains("the bot") && row.contains("via system"), row);

    String filtered = owner.get("/audit?chat=" + console.other.id()).body();
    assertTrue(filtered.contains("other-owner-view"), filtered);
    assertFalse(filtered.contains("granted-owner-view"), filtered);
    assertTrue(filtered.contains("Showing"), filtered);
  }

  @Test
  void aGroupAdminSeesOnlyTheChatsTheyAdminister() throws Exception {
    blacklistBySql(console.group.id(), "granted-admin-view");
    blacklistBySql(console.other.id(), "other-admin-view");
    ConsoleClient admin = console.signedIn(console.admin);

    HttpResponse<String> all = admin.get("/audit");
    assertEquals(200, all.statusCode());
    assertTrue(all.body().contains("granted-admin-view"), all.body());
    assertFalse(all.body().contains("other-admin-view"), all.body());
    assertFalse(all.body().contains("Other group"), "not even offered in the filter: " + all.body());

    HttpResponse<String> refused = admin.get("/audit?chat=" + console.other.id());
    assertEquals(403, refused.statusCode());
    assertTrue(refused.body().contains("You are not an admin of that chat"), refused.body());
    assertFalse(refused.body().contains("other-admin-view"));
    assertEquals(403, admin.get("/chats/" + console.other.id() + "/audit").statusCode());

    HttpResponse<String> fromChat = admin.get("/chats/" + console.group.id() + "/audit");
    assertEquals(303, fromChat.statusCode());
    assertEquals("/audit?chat=" + console.group.id(), fromChat.headers().firstValue("Location").orElseThrow());
    assertTrue(admin.get("/audit?chat=" + console.group.id()).body().contains("granted-admin-view"));
  }

  @Test
  void aLongLogIsPagedNewestFirst() throws Exception {
    long chat = -1009990000001L; // a chat the bot no longer knows: its entries outlive it
    console.db.execute("INSERT INTO audit_log (at, actor_id, actor_name, via, chat_id, subject, change, old_value, "
        + "new_value) SELECT timestamptz '2020-01-01 00:00:00+00' + n * interval '1 minute', 9, 'Cleo', 'console', "
        + chat + ", 'captcha_settings', 'update', jsonb_build_object('timeout', n), jsonb_build_object('timeout', "
        + "n + 1) FROM generate_series(0, 54) AS n");
    ConsoleClient owner = console.signedIn(console.owner);

    String first = owner.get("/audit?chat=" + chat).body();
    List<String> firstRows = rows(first);
    assertEquals(50, firstRows.size());
    assertTrue(first.contains("55 entries, page 1 of 2"), first);
    assertTrue(firstRows.get(0).contains("2020-01-01 00:54:00 UTC"), firstRows.get(0));
    assertTrue(firstRows.get(0).contains("timeout: 54 -&gt; 55"), firstRows.get(0));
    assertTrue(firstRows.get(0).contains("Cleo") && firstRows.get(0).contains("via console"), firstRows.get(0));
    assertTrue(firstRows.get(0).contains("captcha settings") && firstRows.get(0).contains(">changed<"));
    assertTrue(firstRows.get(0).contains(">" + chat + "<"), "the id stands for an unknown chat's title");
    assertTrue(first.contains("href=\"/audit?chat=" + chat + "&amp;page=2\">Older</a>"), first);

    String second = owner.get("/audit?chat=" + chat + "&page=2").body();
    List<String> secondRows = rows(second);
    assertEquals(5, secondRows.size());
    assertTrue(secondRows.get(4).contains("timeout: 0 -&gt; 1"), secondRows.get(4));
    assertTrue(second.contains("href=\"/audit?chat=" + chat + "&amp;page=1\">Newer</a>"), second);
  }

  @Test
  void aBadChatOrPageIsAnsweredInWords() throws Exception {
    ConsoleClient owner = console.signedIn(console.owner);
    HttpResponse<String> chat = owner.get("/audit?chat=abc");
    assertEquals(400, chat.statusCode());
    assertTrue(chat.body().contains("A chat is named by its id"), chat.body());
    HttpResponse<String> page = owner.get("/audit?page=0");
    assertEquals(400, page.statusCode());
    assertTrue(page.body().contains("Pages are numbered from 1."), page.body());
  }

  /** A change with no one acting: the bot's own, as far as the log can tell. */
  private static void blacklistBySql(long chat, String word) {
    console.db.execute("INSERT INTO blacklists (chat_id, word) VALUES (" + chat + ", '" + word + "')");
  }
}

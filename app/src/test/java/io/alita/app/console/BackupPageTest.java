package io.alita.app.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alita.telegram.fakeapi.ApiCall;
import io.alita.telegram.fakeapi.FakeChat;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console's backup page over HTTP, against the real app (worker and console in one process), a real database and
 * the fake Bot API: the download, an upload previewed and applied (database, audit log, and the running worker's
 * /rules), a file of another chat, bad files, the reset, who may do what, and the whole-bot ZIP. The route-wide checks
 * (sign-in, tokens, other chats by id) are also run by {@link ConsoleRouteSecurityTest} and {@link ChatPagesTest}.
 */
class BackupPageTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Pattern UPLOAD = Pattern.compile("name=\"upload\" value=\"([A-Za-z0-9_-]{43})\"");

  static TwoGroupConsole console;
  static ConsoleClient admin;
  static ConsoleClient owner;

  @BeforeAll
  static void start() throws Exception {
    console = new TwoGroupConsole(750);
    admin = console.signedIn(console.admin);
    owner = console.signedIn(console.owner);
  }

  @AfterAll
  static void stop() {
    console.close();
  }

  static String page(FakeChat chat) {
    return "/chats/" + chat.id() + "/backup";
  }

  /** Rules and blacklisted words of the chat, as stored. */
  static String state(FakeChat chat) {
    return console.db.text("SELECT coalesce((SELECT rules FROM rules WHERE chat_id = " + chat.id() + "), '-') || '|' "
        + "|| coalesce((SELECT string_agg(word, ',' ORDER BY word) FROM blacklists WHERE chat_id = " + chat.id()
        + "), '-')");
  }

  static String audited(FakeChat chat) {
    return console.db.text("SELECT count(*) FROM audit_log WHERE chat_id = " + chat.id());
  }

  static String byAnn(FakeChat chat) {
    return console.db.text("SELECT count(*) FROM audit_log WHERE chat_id = " + chat.id()
        + " AND via = 'console' AND actor_name = 'Ann (@ann_admin)'");
  }

  static void seed(FakeChat chat, String rules, String... words) {
    console.db.execute("DELETE FROM rules WHERE chat_id = " + chat.id());
    console.db.execute("DELETE FROM blacklists WHERE chat_id = " + chat.id());
    console.db.execute("INSERT INTO rules (chat_id, rules) VALUES (" + chat.id() + ", '" + rules + "')");
    for (String w : words) {
      console.db.execute("INSERT INTO blacklists (chat_id, word) VALUES (" + chat.id() + ", '" + w + "')");
    }
  }

  static byte[] download(ConsoleClient browser, FakeChat chat, String query) throws Exception {
    HttpResponse<byte[]> r = browser.download(page(chat) + "/export" + query);
    assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
    return r.body();
  }

  static ObjectNode parse(byte[] file) throws Exception {
    return (ObjectNode) JSON.readTree(file);
  }

  static List<Map.Entry<String, String>> fields(String csrf, String... modules) {
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    fields.add(Map.entry("_csrf", csrf));
    for (String m : modules) {
      fields.add(Map.entry("module", m));
    }
    return fields;
  }

  static HttpResponse<String> upload(ConsoleClient browser, FakeChat chat, byte[] file, String... modules)
      throws Exception {
    String csrf = ConsoleClient.csrf(browser.get(page(chat)).body());
    return browser.postMultipart(page(chat) + "/upload", fields(csrf, modules), "file", "backup.json", file);
  }

  static String token(String preview) {
    Matcher m = UPLOAD.matcher(preview);
    assertTrue(m.find(), "no upload token on the preview:\n" + preview);
    return m.group(1);
  }

  /** A preview's row of a module: "added changed removed". */
  static String row(String html, String module) {
    Matcher m = Pattern.compile("<tr data-module=\"" + module + "\">\\s*<td>[^<]*</td>\\s*<td>(\\d+)</td>\\s*"
        + "<td>(\\d+)</td>\\s*<td>(\\d+)</td>").matcher(html);
    assertTrue(m.find(), "no row for " + module + " in:\n" + html);
    return m.group(1) + " " + m.group(2) + " " + m.group(3);
  }

  static HttpResponse<String> apply(ConsoleClient browser, FakeChat chat, String preview, boolean otherChat)
      throws Exception {
    Map<String, String> form = new HashMap<>();
    form.put("_csrf", ConsoleClient.csrf(preview));
    form.put("upload", token(preview));
    if (otherChat) {
      form.put("other_chat", "on");
    }
    return browser.post(page(chat) + "/apply", form);
  }

  /** The rules the running worker answers /rules with in the chat, once they contain {@code text}. */
  static boolean workerAnswersRules(FakeChat chat, String text) throws Exception {
    long deadline = System.nanoTime() + TwoGroupConsole.WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      console.api.clear();
      console.api.updates().command(chat, console.admin, "/rules");
      ApiCall reply = console.api.awaitCall("sendmessage", c -> c.succeeded() && c.longParam("chat_id") == chat.id()
          && c.param("text").contains("rules"), TwoGroupConsole.WAIT);
      if (reply.param("text").contains(text)) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------------------------------------ download

  @Test
  void theDownloadIsAJsonAttachmentOfTheOriginalsFormatHoldingTheChatsRules() throws Exception {
    seed(console.group, "Be kind to each other.", "spam");
    HttpResponse<String> shown = admin.get(page(console.group));
    assertEquals(200, shown.statusCode(), shown.body());
    assertTrue(shown.body().contains(">» Backup</a>"), "the nav marks the page");
    assertFalse(shown.body().contains("/backups/all.zip"), "a group admin is not shown the whole-bot export");
    assertTrue(owner.get(page(console.group)).body().contains("/backups/all.zip"), "the owner is");

    HttpResponse<byte[]> r = admin.download(page(console.group) + "/export");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
    String disposition = r.headers().firstValue("Content-Disposition").orElse("");
    assertTrue(disposition.matches("attachment; filename=\"alita-backup-" + console.group.id()
        + "-\\d{8}-\\d{6}\\.json\""), disposition);
    JsonNode file = parse(r.body());
    assertEquals("1.1", file.get("version").asText());
    assertEquals("AlitaRobot", file.get("bot_name").asText());
    assertEquals(console.group.id(), file.get("chat_id").asLong());
    assertEquals(console.admin.id(), file.get("exported_by").asLong());
    assertEquals(17, file.get("modules").size(), "all modules by default");
    assertEquals("Be kind to each other.", file.at("/data/rules/settings/rules").asText(), file.toString());

    JsonNode some = parse(download(admin, console.group, "?module=rules&module=blacklists"));
    assertEquals("[\"blacklists\",\"rules\"]", some.get("modules").toString().replace(" ", ""));
    assertEquals(400, admin.get(page(console.group) + "/export?module=bogus").statusCode());
  }

  // ------------------------------------------------------------------------------------------------ import

  @Test
  void aFileOfTheSameChatIsPreviewedAppliedAuditedAndAnsweredByTheRunningWorker() throws Exception {
    FakeChat group = console.group;
    seed(group, "Old rules here.", "keep", "old");
    assertTrue(workerAnswersRules(group, "Old rules here."), "the worker has the old rules cached");
    ObjectNode file = parse(download(admin, group, ""));
    ((ObjectNode) file.at("/data/rules/settings")).put("rules", "New rules from the file.");
    ArrayNode entries = (ArrayNode) file.at("/data/blacklists/entries");
    ObjectNode template = (ObjectNode) entries.get(0).deepCopy();
    entries.removeAll();
    for (String w : new String[] {"keep", "new1", "new2"}) {
      entries.add(template.deepCopy().put("word", w));
    }
    String before = state(group);
    String audits = audited(group);
    String annBefore = byAnn(group);

    HttpResponse<String> preview = upload(admin, group, JSON.writeValueAsBytes(file), "rules", "blacklists");
    assertEquals(200, preview.statusCode(), preview.body());
    assertTrue(preview.body().contains("Import preview"), preview.body());
    assertFalse(preview.body().contains("other-chat-warning"), "a file of this chat gets no warning");
    assertEquals("0 1 0", row(preview.body(), "rules"));
    assertEquals("2 0 1", row(preview.body(), "blacklists"));
    assertEquals(before, state(group), "a preview changes nothing");
    assertEquals(audits, audited(group));

    HttpResponse<String> applied = apply(admin, group, preview.body(), false);
    assertEquals(303, applied.statusCode(), applied.body());
    assertEquals(page(group), applied.headers().firstValue("Location").orElse(""));
    String result = admin.get(page(group)).body();
    assertTrue(result.contains("Imported: blacklists (2 added, 1 removed); rules (1 changed)."), result);
    assertEquals("New rules from the file.|keep,new1,new2", state(group));
    assertTrue(Integer.parseInt(audited(group)) > Integer.parseInt(audits), "the import is in the audit log");
    assertTrue(Integer.parseInt(byAnn(group)) > Integer.parseInt(annBefore), "audited as the console user");
    assertTrue(workerAnswersRules(group, "New rules from the file."), "the running worker answers the new rules");

    HttpResponse<String> again = apply(admin, group, preview.body(), false);
    assertEquals(410, again.statusCode(), "an applied upload is not kept: " + again.body());
    assertTrue(again.body().contains("Upload the file again"), again.body());
  }

  @Test
  void aFileOfAnotherChatIsRefusedWithoutTheCheckboxAndImportedWithIt() throws Exception {
    FakeChat group = console.group;
    seed(console.other, "Rules of the other chat.", "otherword");
    seed(group, "Rules of this chat.", "mine");
    byte[] file = download(owner, console.other, "?module=rules&module=blacklists");
    String before = state(group);

    HttpResponse<String> preview = upload(admin, group, file);
    assertEquals(200, preview.statusCode(), preview.body());
    assertTrue(preview.body().contains("other-chat-warning"), preview.body());
    assertTrue(preview.body().contains("(id " + console.other.id() + ")"), preview.body());
    assertTrue(preview.body().contains("name=\"other_chat\""), "the checkbox");

    HttpResponse<String> refused = apply(admin, group, preview.body(), false);
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("This file was exported from another chat"), refused.body());
    assertTrue(refused.body().contains("Nothing was changed."), refused.body());
    assertEquals(before, state(group), "refused: nothing changed");

    HttpResponse<String> accepted = apply(admin, group, refused.body(), true);
    assertEquals(303, accepted.statusCode(), accepted.body());
    assertEquals("Rules of the other chat.|otherword", state(group));
    assertEquals("Rules of the other chat.|otherword", state(console.other), "the other chat is untouched");
  }

  @Test
  void aValueTheBotRefusesIsListedInThePreviewAsKeepingTheDefault() throws Exception {
    FakeChat chat = console.other;
    ObjectNode file = parse(download(owner, chat, "?module=warns&module=rules"));
    ObjectNode warns = (ObjectNode) file.get("data").get("warns");
    ObjectNode settings = warns.has("warn_settings") ? (ObjectNode) warns.get("warn_settings")
        : warns.putObject("warn_settings");
    settings.put("warn_limit", 500);
    String before = console.db.text("SELECT count(*) FROM warns_settings WHERE chat_id = " + chat.id());

    HttpResponse<String> preview = upload(owner, chat, JSON.writeValueAsBytes(file));
    assertEquals(200, preview.statusCode(), preview.body());
    Matcher problems = Pattern.compile("<table id=\"problems\">(.*?)</table>", Pattern.DOTALL).matcher(preview.body());
    assertTrue(problems.find(), "the values that keep the default are listed:\n" + preview.body());
    assertTrue(problems.group(1).contains("warns") && problems.group(1).contains("warn_limit")
        && problems.group(1).contains("500"), problems.group(1));
    assertTrue(preview.body().contains("1 value keeps the default"), preview.body());
    assertEquals(before, console.db.text("SELECT count(*) FROM warns_settings WHERE chat_id = " + chat.id()));
  }

  @Test
  void badFilesGetAClearMessageKeepTheFormAndChangeNothing() throws Exception {
    FakeChat group = console.group;
    seed(group, "Rules that stay.", "stays");
    byte[] good = download(admin, group, "");
    ObjectNode unknown = parse(good);
    ((ArrayNode) unknown.get("modules")).add("bogus");
    ((ObjectNode) unknown.get("data")).putObject("bogus");
    byte[] bomb = ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.US_ASCII);
    Map<String, byte[]> bad = new java.util.LinkedHashMap<>();
    bad.put("The file ends too early", java.util.Arrays.copyOf(good, good.length / 2));
    bad.put("names a module that does not exist", JSON.writeValueAsBytes(unknown));
    bad.put("nested too deeply or holds too many values", bomb);
    bad.put("not valid JSON", "{\"version\": \"1.1\", oops}".getBytes(StandardCharsets.UTF_8));
    String before = state(group);
    String audits = audited(group);
    for (var b : bad.entrySet()) {
      HttpResponse<String> r = upload(admin, group, b.getValue(), "rules");
      assertEquals(400, r.statusCode(), b.getKey() + ": " + r.body());
      assertTrue(r.body().contains(b.getKey()), b.getKey() + ":\n" + r.body());
      assertTrue(r.body().contains("Nothing was changed."), r.body());
      assertTrue(r.body().contains("enctype=\"multipart/form-data\""), "the upload form is kept");
      assertTrue(r.body().contains("id=\"import-rules\" value=\"rules\" checked=\"checked\""),
          "the ticked modules stay ticked:\n" + r.body());
      assertFalse(r.body().contains("Exception"), r.body());
    }

    byte[] huge = new byte[(int) (10L * 1024 * 1024 + 1)]; // within the request's limit, over the file's
    java.util.Arrays.fill(huge, (byte) ' ');
    HttpResponse<String> tooLarge = upload(admin, group, huge);
    assertEquals(413, tooLarge.statusCode(), tooLarge.body());
    assertTrue(tooLarge.body().contains("larger than 10 MB"), tooLarge.body());

    HttpResponse<String> none = upload(admin, group, new byte[0]);
    assertEquals(400, none.statusCode());
    assertEquals(before, state(group));
    assertEquals(audits, audited(group));
  }

  @Test
  void aFiftyMegabyteUploadGetsAClearPageBeforeItsBodyIsRead() throws Exception {
    // A raw request: the headers announce 50 MB, and no byte of the body is sent. The answer comes from the
    // Content-Length alone, so the server never reads (or keeps) the body.
    String csrf = ConsoleClient.csrf(admin.get(page(console.group)).body());
    String cookie = admin.cookieHeader();
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", console.port)) {
      socket.setSoTimeout((int) TwoGroupConsole.WAIT.toMillis());
      String request = "POST " + page(console.group) + "/upload HTTP/1.1\r\n"
          + "Host: 127.0.0.1:" + console.port + "\r\n"
          + "Cookie: " + cookie + "\r\n"
          + "Sec-Fetch-Site: same-origin\r\n"
          + "Content-Type: multipart/form-data; boundary=xyz\r\n"
          + "Content-Length: " + (50L * 1024 * 1024) + "\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
          StandardCharsets.UTF_8));
      String status = in.readLine();
      assertTrue(status != null && status.startsWith("HTTP/1.1 413"), status);
      StringBuilder rest = new StringBuilder();
      char[] buf = new char[8192];
      for (int n; rest.indexOf("</html>") < 0 && (n = in.read(buf)) > 0; ) {
        rest.append(buf, 0, n);
      }
      assertTrue(rest.toString().contains("larger than 10 MB"), rest.toString());
    }
  }

  @Test
  void aMultipartUploadWithoutTheTokenIsRefused() throws Exception {
    byte[] file = download(admin, console.group, "");
    String before = state(console.group);
    HttpResponse<String> r = admin.postMultipart(page(console.group) + "/upload", List.of(), "file", "b.json", file);
    assertEquals(403, r.statusCode(), r.body());
    HttpResponse<String> wrong = admin.postMultipart(page(console.group) + "/upload",
        fields("0".repeat(43)), "file", "b.json", file);
    assertEquals(403, wrong.statusCode(), wrong.body());
    assertEquals(before, state(console.group));
  }

  // ------------------------------------------------------------------------------------------------ reset

  @Test
  void aResetIsPreviewedThenConfirmedAllOrNothingAndAudited() throws Exception {
    FakeChat group = console.group;
    seed(group, "Rules to reset.", "w1", "w2");
    String audits = audited(group);
    String csrf = ConsoleClient.csrf(admin.get(page(group)).body());
    HttpResponse<String> preview = admin.post(page(group) + "/reset",
        Map.of("_csrf", csrf, "module", "blacklists"));
    assertEquals(200, preview.statusCode(), preview.body());
    assertTrue(preview.body().contains("Reset preview"), preview.body());
    assertEquals("Rules to reset.|w1,w2", state(group), "a preview changes nothing");
    assertEquals(400, admin.post(page(group) + "/reset", Map.of("_csrf", csrf)).statusCode(),
        "no module ticked: refused");

    HttpResponse<String> done = admin.post(page(group) + "/reset/confirm",
        Map.of("_csrf", csrf, "module", "blacklists", "confirm", "reset"));
    assertEquals(303, done.statusCode(), done.body());
    assertTrue(admin.get(page(group)).body().contains("Reset: blacklists (2 removed)."));
    assertEquals("Rules to reset.|-", state(group));
    assertTrue(Integer.parseInt(audited(group)) > Integer.parseInt(audits), "audited");
  }

  // ------------------------------------------------------------------------------------------------ who

  @Test
  void aGroupAdminCanNeitherDownloadNorUploadForAnotherChatById() throws Exception {
    FakeChat other = console.other;
    seed(other, "Secret rules of the other chat.", "secret");
    HttpResponse<byte[]> download = admin.download(page(other) + "/export");
    assertEquals(403, download.statusCode());
    assertFalse(new String(download.body(), StandardCharsets.UTF_8).contains("Secret rules"));
    byte[] file = download(admin, console.group, "");
    String csrf = ConsoleClient.csrf(admin.get(page(console.group)).body());
    HttpResponse<String> upload = admin.postMultipart(page(other) + "/upload", fields(csrf), "file", "b.json", file);
    assertEquals(403, upload.statusCode(), upload.body());
    assertEquals("Secret rules of the other chat.|secret", state(other));
  }

  @Test
  void theOperatorSeesNoChatsSoNoBackups() throws Exception {
    ConsoleClient operator = console.operator();
    assertEquals(403, operator.get(page(console.group)).statusCode());
    assertEquals(403, operator.download(page(console.group) + "/export").statusCode());
    assertEquals(403, operator.download("/backups/all.zip").statusCode());
  }

  @Test
  void theWholeBotZipHoldsOneFilePerChatForTheOwnerAndIsRefusedToAGroupAdmin() throws Exception {
    seed(console.group, "Rules in the zip.", "zipword");
    HttpResponse<byte[]> r = owner.download("/backups/all.zip");
    assertEquals(200, r.statusCode());
    assertEquals("application/zip", r.headers().firstValue("Content-Type").orElse(""));
    assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\""));
    Map<String, JsonNode> entries = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries.put(e.getName(), JSON.readTree(zip.readAllBytes()));
      }
    }
    JsonNode group = entries.get(console.group.id() + ".json");
    assertTrue(group != null, "the group's file is in the zip: " + entries.keySet());
    assertEquals("Rules in the zip.", group.at("/data/rules/settings/rules").asText());
    assertEquals(console.group.id(), group.get("chat_id").asLong());
    for (String name : entries.keySet()) {
      assertTrue(name.matches("-?\\d+\\.json"), name);
    }

    HttpResponse<byte[]> refused = admin.download("/backups/all.zip");
    assertEquals(403, refused.statusCode());
  }
}

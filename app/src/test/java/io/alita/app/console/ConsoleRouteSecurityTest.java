package io.alita.app.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console's security checks over every route the HTTP router holds (docs/decisions/0029). The routes are read from the
 * running server's router, not listed here, so a page added later (notes, greetings...) is checked without editing this
 * test: a route this test has no fixture for gets a generic form body and the generic chat id, and still every check.
 *
 * <ul>
 *   <li>Without a session every route but the {@link #PUBLIC} ones leads to the sign-in page.</li>
 *   <li>Every form refuses a missing or wrong CSRF token and a cross-site post, and nothing changes in the database.</li>
 *   <li>A group admin can neither read nor change another chat by its id, on any {@code /chats/{id}/...} route.</li>
 *   <li>User text (chat title, rules, blacklisted words, filters, notes, welcome and goodbye, a user's name) holding
 *       {@code <script>} and attribute-breaking quotes is shown escaped on every page.</li>
 * </ul>
 */
class ConsoleRouteSecurityTest {

  /**
   * The routes a browser without a session may use, each with the reason. Anything else must send it to sign in.
   * Absent routes are fine (the Telegram widget's route exists only when the widget is set up, the webhook's only in
   * webhook mode).
   */
  static final Map<String, String> PUBLIC = Map.of(
      "GET /health", "the liveness probe for orchestrators: up or not, no chat data",
      "GET /metrics", "the Prometheus scrape: its own bearer token (METRICS_TOKEN), no chat data",
      "GET /login", "the sign-in page itself",
      "POST /login/password", "the password sign-in (refuses cross-site posts, checks the login page's token)",
      "GET /login/link/{token}", "the page of a login link: the link's token is the credential",
      "POST /login/link", "redeems a login link (cross-site and login-token checks as for the password form)",
      "GET /login/telegram", "where Telegram's login widget returns, with data signed by the bot token",
      "POST /webhook", "Telegram's updates in webhook mode: checked against WEBHOOK_SECRET, not a console page");

  /** A form body each known form accepts; a route not listed gets {@link #GENERIC_FORM}. */
  static final Map<String, Map<String, String>> FORMS = Map.ofEntries(
      Map.entry("/chats/{id}/rules", Map.of("do", "save", "rules", "Be nice.")),
      Map.entry("/chats/{id}/blacklist/add", Map.of("words", "forbidden")),
      Map.entry("/chats/{id}/blacklist/remove", Map.of("word", "forbidden")),
      Map.entry("/chats/{id}/blacklist/action", Map.of("action", "ban")),
      Map.entry("/chats/{id}/captcha", Map.of("enabled", "on", "mode", "text", "timeout", "7", "action", "ban",
          "attempts", "4")),
      Map.entry("/chats/{id}/warns", Map.of("limit", "9", "mode", "kick")),
      Map.entry("/chats/{id}/filters/save", Map.of("do", "save", "mode", "add", "trigger", "hi", "reply", "Hey")),
      Map.entry("/chats/{id}/filters/remove", Map.of("trigger", "hi")),
      Map.entry("/chats/{id}/locks", Map.of("lock", "gif")),
      Map.entry("/chats/{id}/antiflood", Map.of("limit", "9", "mode", "kick", "delete", "on")),
      Map.entry("/chats/{id}/pins", Map.of("antichannelpin", "on", "cleanlinked", "on")),
      Map.entry("/chats/{id}/language", Map.of("language", "es")),
      Map.entry("/chats/{id}/reports", Map.of("enabled", "off")),
      Map.entry("/chats/{id}/reports/unblock", Map.of("user", "42")),
      Map.entry("/chats/{id}/disabling", Map.of("command", "rules", "delete", "on")),
      Map.entry("/chats/{id}/antiraid", Map.of("raidtime", "3h", "actiontime", "2h", "auto", "20")),
      Map.entry("/chats/{id}/backup/reset", Map.of("module", "rules")),
      Map.entry("/chats/{id}/backup/reset/confirm", Map.of("module", "rules", "confirm", "reset")),
      Map.entry("/chats/{id}/backup/apply", Map.of("upload", "u".repeat(43))),
      Map.entry("/login/password", Map.of("role", "operator", "password", "not the password", "next", "/")),
      Map.entry("/login/link", Map.of("token", "x".repeat(43))),
      Map.entry("/logout", Map.of()));

  /** What an unknown form gets: the field names console forms use, with harmless values. */
  static final Map<String, String> GENERIC_FORM = Map.of("do", "save", "mode", "add", "name", "fuzzsec",
      "text", "fuzzsec", "reply", "fuzzsec", "enabled", "on", "note", "fuzzsec", "trigger", "fuzzsec");

  static final String NOT_SHOWN = "You are not an admin of that chat, so the console does not show it to you.";
  static final Pattern PARAMETER = Pattern.compile("\\{([^}/]+)}");

  /** Hostile user text, one per kind, each with its own marker so a page showing it can be told. */
  static String hostile(String kind) {
    return "<script>alert(\"xss-" + kind + "\")</script>\"'><img src=x onerror=alert('xss-" + kind + "')>";
  }

  /** What a page shows when hostile text was not escaped: the tags themselves (escaped, "onerror=" is harmless text). */
  static final String[] RAW = {"<script>alert(", "<img src=x onerror"};

  static TwoGroupConsole console;
  static ConsoleClient owner;
  static ConsoleClient admin;
  static List<Route> routes;

  /** One route of the router: its method and its path pattern ({@code /chats/{id}/rules}). */
  record Route(String method, String path) {

    static Route of(String line) {
      int space = line.indexOf(' ');
      return new Route(line.substring(0, space), line.substring(space + 1));
    }

    boolean isForm() {
      return !List.of("GET", "HEAD", "OPTIONS").contains(method);
    }

    boolean isPublic() {
      return PUBLIC.containsKey(this.toString());
    }

    /** A {@code /chats/{id}/...} route: it names one chat by its id. */
    boolean namesAChat() {
      return path.startsWith("/chats/{id}");
    }

    /** The route's only parameter, if any, is the chat id: its page exists for every chat. */
    boolean onlyTheChatIsAParameter() {
      return PARAMETER.matcher(path.replace("{id}", "")).results().findAny().isEmpty();
    }

    /** The path with {@code {id}} the chat and any other parameter a generic value. */
    String on(long chat) {
      Matcher m = PARAMETER.matcher(path);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(out, m.group(1).equals("id") ? Long.toString(chat)
            : m.group(1).equals("token") ? "t".repeat(43) : "fuzzsec");
      }
      return m.appendTail(out).toString();
    }

    Map<String, String> form() {
      return FORMS.getOrDefault(path, GENERIC_FORM);
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  @BeforeAll
  static void start() throws Exception {
    console = new TwoGroupConsole(730);
    routes = console.app.httpRoutes().stream().map(Route::of).distinct().toList();
    owner = console.signedIn(console.owner);
    admin = console.signedIn(console.admin);
    storeHostileText(console.group.id());
  }

  @AfterAll
  static void stop() {
    if (console != null) {
      console.close();
    }
  }

  /** Every kind of user text the console may show, for {@code chat}, as it could arrive from Telegram. */
  static void storeHostileText(long chat) {
    var db = console.db;
    db.execute("UPDATE chats SET chat_name = " + sql(hostile("title")) + " WHERE chat_id = " + chat);
    db.execute("INSERT INTO rules (chat_id, rules) VALUES (" + chat + ", " + sql(hostile("rules")) + ")");
    db.execute("INSERT INTO blacklists (chat_id, word) VALUES (" + chat + ", " + sql(hostile("blacklist")) + ")");
    db.execute("INSERT INTO filters (chat_id, keyword, filter_reply) VALUES (" + chat + ", "
        + sql(hostile("trigger")) + ", " + sql(hostile("filter")) + ")");
    db.execute("INSERT INTO notes (chat_id, note_name, note_content) VALUES (" + chat + ", "
        + sql(hostile("notename")) + ", " + sql(hostile("note")) + ")");
    db.execute("INSERT INTO greetings (chat_id, welcome_text, goodbye_text) VALUES (" + chat + ", "
        + sql(hostile("welcome")) + ", " + sql(hostile("goodbye")) + ") ON CONFLICT DO NOTHING");
    db.execute("UPDATE greetings SET welcome_text = " + sql(hostile("welcome")) + ", goodbye_text = "
        + sql(hostile("goodbye")) + " WHERE chat_id = " + chat);
    db.execute("UPDATE users SET name = " + sql(hostile("member")) + " WHERE user_id = " + console.member.id());
    db.execute("INSERT INTO audit_log (actor_id, actor_name, via, chat_id, subject, change, new_value) VALUES ("
        + console.member.id() + ", " + sql(hostile("actor")) + ", 'command', " + chat + ", 'rules', 'update', "
        + sql("{\"rules\": \"" + hostile("audit").replace("\"", "\\\"") + "\"}") + "::jsonb)");
  }

  static String sql(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /**
   * What the chat state of the database looks like: every table but the ones that change by themselves (sign-in
   * sessions and links, the worker's bookkeeping of updates and of who it saw).
   */
  static String fingerprint() {
    String tables = console.db.text("SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables"
        + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT IN ("
        + "'console_sessions', 'console_login_links', 'processed_updates', 'processed_events', 'update_inbox',"
        + " 'chat_users', 'users', 'chats') AND table_name NOT LIKE '%migration%' AND table_name NOT LIKE '%schema%'");
    StringBuilder out = new StringBuilder();
    for (String table : tables.split(",")) {
      out.append(table).append('=').append(console.db.text("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY "
          + "t::text), '')) FROM " + table + " t")).append('\n');
    }
    return out.toString();
  }

  // ------------------------------------------------------------------------------------------------ the routes

  @Test
  void theRoutesComeFromTheRouterAndEveryPublicOneHasAReason() {
    Set<String> all = new LinkedHashSet<>();
    routes.forEach(r -> all.add(r.toString()));
    for (String known : List.of("GET /", "GET /chats", "GET /chats/{id}", "GET /chats/{id}/rules",
        "POST /chats/{id}/rules", "GET /login", "POST /logout", "GET /health")) {
      assertTrue(all.contains(known), known + " is not among the router's routes: " + all);
    }
    for (Route r : routes) {
      if (r.isPublic()) {
        assertFalse(PUBLIC.get(r.toString()).isBlank(), r::toString);
      }
    }
  }

  @Test
  void withoutASessionEveryRouteButThePublicOnesLeadsToSignIn() throws Exception {
    ConsoleClient stranger = new ConsoleClient(console.port);
    String before = fingerprint();
    List<String> problems = new ArrayList<>();
    for (Route route : routes) {
      if (route.isPublic()) {
        continue;
      }
      HttpResponse<String> r;
      if (route.isForm()) {
        Map<String, String> form = new LinkedHashMap<>(route.form());
        form.put("_csrf", "anything");
        r = stranger.post(route.on(console.group.id()), form);
      } else {
        r = stranger.get(route.on(console.group.id()));
      }
      String location = r.headers().firstValue("Location").orElse("");
      if (r.statusCode() != 303 || !location.startsWith("/login")) {
        problems.add(route + " answered " + r.statusCode() + " " + location);
      }
    }
    assertEquals(List.of(), problems, "routes that do not send a browser without a session to sign in");
    assertEquals(before, fingerprint(), "nothing changed");
  }

  // ------------------------------------------------------------------------------------------------ forms

  @Test
  void everyFormRefusesAMissingOrWrongTokenAndCrossSitePostsAndNothingChanges() throws Exception {
    String before = fingerprint();
    List<String> problems = new ArrayList<>();
    for (Route route : routes) {
      if (!route.isForm() || route.toString().equals("POST /webhook")) {
        continue;
      }
      ConsoleClient browser = route.isPublic() ? new ConsoleClient(console.port) : owner;
      String page = route.isPublic() ? "/login" : "/chats";
      String path = route.on(console.group.id());
      String token = ConsoleClient.csrf(browser.get(page).body());
      Map<String, Map<String, String>> variants = new LinkedHashMap<>();
      variants.put("no token", Map.of("Sec-Fetch-Site", "same-origin"));
      variants.put("a wrong token", Map.of("Sec-Fetch-Site", "same-origin"));
      variants.put("Sec-Fetch-Site: cross-site", Map.of("Sec-Fetch-Site", "cross-site"));
      variants.put("Sec-Fetch-Site: same-site", Map.of("Sec-Fetch-Site", "same-site"));
      variants.put("a foreign Origin", Map.of("Origin", "https://evil.example"));
      variants.put("Origin: null", Map.of("Origin", "null"));
      for (var variant : variants.entrySet()) {
        Map<String, String> form = new LinkedHashMap<>(route.form());
        switch (variant.getKey()) {
          case "no token" -> { }
          case "a wrong token" -> form.put("_csrf", "0".repeat(token.length()));
          default -> form.put("_csrf", token);
        }
        HttpResponse<String> r = browser.post(path, form, variant.getValue());
        if (r.statusCode() != 403) {
          problems.add(route + " with " + variant.getKey() + " answered " + r.statusCode());
        }
      }
    }
    assertEquals(List.of(), problems, "forms that were not refused");
    assertEquals(before, fingerprint(), "no refused form changed anything");
  }

  @Test
  void everyFormRefusesAMultipartPostWithoutTheTokenAndNothingChanges() throws Exception {
    // The backup upload is multipart: the token check must hold for that encoding too, on every form.
    String before = fingerprint();
    List<String> problems = new ArrayList<>();
    for (Route route : routes) {
      if (!route.isForm() || route.isPublic() || route.path().equals("/logout")) {
        continue;
      }
      List<Map.Entry<String, String>> fields = new ArrayList<>(route.form().entrySet());
      HttpResponse<String> r = owner.postMultipart(route.on(console.group.id()), fields, "file", "backup.json",
          "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      if (r.statusCode() != 403) {
        problems.add(route + " answered " + r.statusCode());
      }
    }
    assertEquals(List.of(), problems, "multipart forms without a token that were not refused");
    assertEquals(before, fingerprint(), "nothing changed");
  }

  @Test
  void theSameFormsWithTheirTokenFromTheConsoleItselfAreNotRefused() throws Exception {
    // The control for the test above: its refusals come from the token and origin checks, not from the fixtures.
    List<String> problems = new ArrayList<>();
    for (Route route : routes) {
      if (!route.isForm() || route.isPublic() || route.path().equals("/logout")) {
        continue; // the login forms would count failed sign-ins; logging out would end the owner's session
      }
      Map<String, String> form = new LinkedHashMap<>(route.form());
      form.put("_csrf", ConsoleClient.csrf(owner.get("/chats").body()));
      HttpResponse<String> r = owner.post(route.on(console.other.id()), form);
      if (r.statusCode() == 403 || r.statusCode() >= 500) {
        problems.add(route + " answered " + r.statusCode());
      }
    }
    assertEquals(List.of(), problems, "forms refused (or failing) with a valid token from the console");
  }

  // ------------------------------------------------------------------------------------------------ other chats

  @Test
  void aGroupAdminCanNeitherReadNorChangeAnotherChatById() throws Exception {
    String before = fingerprint();
    String token = ConsoleClient.csrf(admin.get("/chats").body());
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Route route : routes) {
      if (!route.namesAChat()) {
        continue;
      }
      checked++;
      HttpResponse<String> r;
      if (route.isForm()) {
        Map<String, String> form = new LinkedHashMap<>(route.form());
        form.put("_csrf", token);
        r = admin.post(route.on(console.other.id()), form);
      } else {
        r = admin.get(route.on(console.other.id()));
        if (route.onlyTheChatIsAParameter()) {
          int own = admin.get(route.on(console.group.id())).statusCode();
          if (own != 200 && own != 303) {
            problems.add(route + " answered " + own + " for the admin's own chat (the control)");
          }
        }
      }
      if (r.statusCode() != 403 || !r.body().contains(NOT_SHOWN)) {
        problems.add(route + " on another chat answered " + r.statusCode());
      }
    }
    assertTrue(checked > 5, "the router has /chats/{id} routes: " + routes);
    assertEquals(List.of(), problems, "routes that let a group admin reach another chat");
    assertEquals(before, fingerprint(), "nothing changed in any chat");
  }

  // ------------------------------------------------------------------------------------------------ escaping

  @Test
  void userTextIsShownEscapedOnEveryPage() throws Exception {
    Set<String> shown = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    for (Route route : routes) {
      if (route.isForm() || route.path().startsWith("/login") || route.path().equals("/metrics")) {
        continue;
      }
      for (ConsoleClient browser : List.of(owner, admin)) {
        String path = route.on(console.group.id());
        HttpResponse<String> r = browser.get(path);
        if (r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment")) {
          continue; // a download (a backup file, a ZIP) is saved, not shown: it holds the chat's text as it is
        }
        for (String raw : RAW) {
          if (r.body().contains(raw)) {
            problems.add(path + " shows " + raw + " unescaped");
          }
        }
        Matcher m = Pattern.compile("xss-([a-z]+)").matcher(r.body());
        while (m.find()) {
          shown.add(m.group(1));
        }
      }
    }
    assertEquals(List.of(), problems);
    // The checks above are only worth something where the text is shown: each kind must appear on some page.
    List<String> expected = new ArrayList<>(List.of("title", "rules", "blacklist", "trigger", "filter", "actor"));
    if (routes.stream().anyMatch(r -> r.path().contains("/notes"))) {
      expected.add("notename");
    }
    if (routes.stream().anyMatch(r -> r.path().contains("/greet") || r.path().contains("/welcome"))) {
      expected.add("welcome");
    }
    for (String kind : expected) {
      assertTrue(shown.contains(kind), "no page shows the " + kind + " (shown: " + shown + ")");
    }
  }
}

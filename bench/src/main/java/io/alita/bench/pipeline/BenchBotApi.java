package io.alita.bench.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The bench-only Bot API: small and fast, with no state but counters. It answers what the worker asks at startup
 * ({@code getMe}, {@code setWebhook}, {@code deleteWebhook}, {@code setMyCommands}), what it may ask about a chat
 * ({@code getChatMember}, {@code getChatAdministrators}, {@code getChat}: the bot is a full administrator, everyone
 * else a plain member), accepts every send method, counts every call by method, and in long polling serves
 * {@code getUpdates} from a {@link PollFeed} at once (never holding a poll open: there is always a next batch).
 */
final class BenchBotApi implements AutoCloseable {

  static final long BOT_ID = 5_000_000_000L;
  static final long OWNER = 5_000_000_000L - 1;
  static final String TOKEN = BOT_ID + ":bench-token-bench-token-bench-token-xyz";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService threads;
  private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
  private final AtomicLong sentMessageIds = new AtomicLong(1_000_000);
  private volatile PollFeed feed;
  private final AtomicInteger webhookSets = new AtomicInteger();

  private BenchBotApi(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  static BenchBotApi start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
    ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "bench-bot-api");
      t.setDaemon(true);
      return t;
    });
    BenchBotApi api = new BenchBotApi(server, threads);
    server.createContext("/", api::handle);
    server.setExecutor(threads);
    server.start();
    return api;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Where {@code getUpdates} takes its batches from; null answers empty batches. */
  void feed(PollFeed feed) {
    this.feed = feed;
  }

  int webhookRegistrations() {
    return webhookSets.get();
  }

  long calls(String method) {
    LongAdder a = calls.get(method.toLowerCase(Locale.ROOT));
    return a == null ? 0 : a.sum();
  }

  /** Every method's count so far, getUpdates included. */
  Map<String, Long> snapshot() {
    Map<String, Long> copy = new TreeMap<>();
    calls.forEach((m, n) -> copy.put(m, n.sum()));
    return copy;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      answer(exchange);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void answer(HttpExchange exchange) throws IOException, InterruptedException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath(); // /bot<token>/<method>
      int slash = path.lastIndexOf('/');
      String method = path.substring(slash + 1).toLowerCase(Locale.ROOT);
      if (!path.startsWith("/bot" + TOKEN + "/")) {
        reply(exchange, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        return;
      }
      calls.computeIfAbsent(method, m -> new LongAdder()).increment();
      Map<String, String> params = params(exchange);
      if (method.equals("getupdates")) {
        PollFeed f = feed;
        if (f == null || f.stopped()) {
          Thread.sleep(500); // nothing more to serve: hold the poll a little, as Telegram holds an empty one
        }
        byte[] body = f == null ? "{\"ok\":true,\"result\":[]}".getBytes(StandardCharsets.UTF_8)
            : f.serve(longParam(params, "offset", 0), (int) longParam(params, "limit", 100));
        reply(exchange, 200, body);
        return;
      }
      if (method.equals("setwebhook")) {
        webhookSets.incrementAndGet();
      }
      ObjectNode answer = JSON.createObjectNode().put("ok", true);
      answer.set("result", result(method, params));
      reply(exchange, 200, JSON.writeValueAsBytes(answer));
    }
  }

  private JsonNode result(String method, Map<String, String> params) {
    long chat = longParam(params, "chat_id", -1);
    switch (method) {
      case "getme":
        return user(BOT_ID, true).put("username", "alita_bench_bot").put("can_join_groups", true)
            .put("can_read_all_group_messages", true).put("supports_inline_queries", false);
      case "getchatmember": {
        long user = longParam(params, "user_id", 0);
        return user == BOT_ID ? botAdministrator() : member(user);
      }
      case "getchatadministrators": {
        ArrayNode admins = JSON.createArrayNode();
        admins.add(JSON.createObjectNode().put("status", "creator").put("is_anonymous", false)
            .set("user", user(OWNER, false)));
        admins.add(botAdministrator());
        return admins;
      }
      case "getchat":
        return JSON.createObjectNode().put("id", chat).put("type", "supergroup").put("title", "Bench group");
      case "sendmessage":
      case "editmessagetext": {
        ObjectNode m = JSON.createObjectNode().put("message_id", sentMessageIds.incrementAndGet())
            .put("date", System.currentTimeMillis() / 1000).put("text", params.getOrDefault("text", ""));
        m.set("chat", JSON.createObjectNode().put("id", chat).put("type", "supergroup").put("title", "Bench group"));
        m.set("from", user(BOT_ID, true));
        return m;
      }
      default:
        return JSON.getNodeFactory().booleanNode(true);
    }
  }

  private static ObjectNode user(long id, boolean bot) {
    return JSON.createObjectNode().put("id", id).put("is_bot", bot).put("first_name", bot ? "Alita" : "Member");
  }

  private static ObjectNode member(long id) {
    ObjectNode m = JSON.createObjectNode().put("status", "member");
    m.set("user", user(id, false));
    return m;
  }

  private static ObjectNode botAdministrator() {
    ObjectNode a = JSON.createObjectNode().put("status", "administrator").put("can_be_edited", false)
        .put("is_anonymous", false);
    for (String right : new String[] {"can_manage_chat", "can_delete_messages", "can_manage_video_chats",
        "can_restrict_members", "can_promote_members", "can_change_info", "can_invite_users", "can_post_stories",
        "can_edit_stories", "can_delete_stories", "can_pin_messages", "can_manage_topics"}) {
      a.put(right, true);
    }
    a.set("user", user(BOT_ID, true));
    return a;
  }

  /** Query string, then a JSON or form body (multipart is counted but not read). */
  private static Map<String, String> params(HttpExchange exchange) throws IOException {
    Map<String, String> params = new TreeMap<>();
    String query = exchange.getRequestURI().getRawQuery();
    if (query != null) {
      form(query, params);
    }
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    type = type == null ? "" : type.toLowerCase(Locale.ROOT);
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readAllBytes();
      if (body.length == 0) {
        return params;
      }
      if (type.startsWith("application/json")) {
        JsonNode node = JSON.readTree(body);
        node.fields().forEachRemaining(f -> params.put(f.getKey(),
            f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString()));
      } else if (type.startsWith("application/x-www-form-urlencoded")) {
        form(new String(body, StandardCharsets.UTF_8), params);
      }
    }
    return params;
  }

  private static void form(String encoded, Map<String, String> into) {
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        into.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
  }

  private static long longParam(Map<String, String> params, String name, long fallback) {
    String v = params.get(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      return fallback; // e.g. an @username chat id: not used by the bench
    }
  }

  private static void reply(HttpExchange exchange, int status, String body) throws IOException {
    reply(exchange, status, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}

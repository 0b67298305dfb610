package io.alita.telegram.fakeapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * A fake Telegram Bot API server for tests, which the real TelegramBots client and long-polling application talk to
 * over real HTTP on a free local port:
 *
 * <pre>{@code
 * try (FakeBotApi api = FakeBotApi.start()) {
 *   TelegramClient client = new OkHttpTelegramClient(api.token(), api.telegramUrl());
 *   api.updates().command(group, alice, "/warn spam");
 *   ApiCall reply = api.awaitCall("sendmessage", c -> c.param("text").contains("warned"), Duration.ofSeconds(5));
 * }
 * }</pre>
 *
 * <p>It serves {@code POST} (and {@code GET}) {@code /bot<token>/<method>} with JSON, form or multipart parameters,
 * answers a wrong token with Telegram's 401, and records every authorised call in arrival order with its method name
 * lower-cased (TelegramBots sends {@code sendmessage} but {@code deleteWebhook}). Besides the long-polling
 * {@code getUpdates} (see {@link #enqueue}), it gives plausible answers to the methods a group-management bot uses, keeps
 * the membership and message state they change (a banned user's {@code getChatMember} says "kicked"; deleting a message
 * twice fails), and answers the everyday refusals Telegram would (the bot lacks a right, the target is an admin, the bot
 * was kicked). Files sent by id through any of the eight send methods are answered with a message carrying that file
 * ({@link #awaitNextMedia}, {@link SentMedia}); {@link #refuseFileId} makes an id fail as a foreign or expired one does. Any other method answers {@code {"ok":true,"result":true}} unless {@link #respond stubbed}; any call can
 * be made to fail once with {@link #failNext}, or only in one chat with {@link #failNextInChat}; for a while, every call
 * can be refused with flood control ({@link #floodEverything}, {@link #floodChat}).
 *
 * <p>Thread-safe. Close it after the clients using it, so that a pending long poll is answered and the server stops at
 * once.
 */
public final class FakeBotApi implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(FakeBotApi.class);

  /** A well-formed token (bot id 7000000001) for tests that need no other. */
  public static final String DEFAULT_TOKEN = "7000000001:AAFakeTokenForAlitaTests_0123456789abcd";

  /** The bot's {@code @username} answered by {@code getMe}. */
  public static final String BOT_USERNAME = "alita_test_bot";

  /**
   * The longest a {@code getUpdates} is held open, whatever {@code timeout} the client asks for (TelegramBots asks for
   * 50 s). Telegram may also answer a long poll early; the cap keeps a forgotten poll from outliving a test and stays
   * below Jetty's idle timeout.
   */
  public static final Duration DEFAULT_LONG_POLL_CAP = Duration.ofSeconds(5);

  private final String token;
  private final FakeUser bot;
  private final UpdateQueue queue = new UpdateQueue();
  private final ChatDirectory directory;
  private final FakeUpdates updates;
  private final FakeMethods methods;
  private final AtomicLong sequence = new AtomicLong();
  private final List<ApiCall> calls = new ArrayList<>(); // guarded by itself
  private final Map<String, Deque<Failure>> failures = new HashMap<>(); // guarded by itself
  private final Map<String, Function<ApiCall, JsonNode>> stubs = new ConcurrentHashMap<>();
  private final Map<String, Duration> delays = new ConcurrentHashMap<>();
  private final List<Flood> floods = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> arrivals = new ConcurrentHashMap<>();
  private final Map<Long, Long> mediaCursors = new ConcurrentHashMap<>(); // chat id to the sequence last handed out
  private volatile Duration longPollCap = DEFAULT_LONG_POLL_CAP;
  private final AtomicInteger activePolls = new AtomicInteger(); // waited on by close()
  private final Javalin server;
  private boolean closed;

  /** Starts a fake for {@link #DEFAULT_TOKEN} on a free port of 127.0.0.1. */
  public static FakeBotApi start() {
    return start(DEFAULT_TOKEN);
  }

  /** Starts a fake for {@code token} ({@code <bot id>:<secret>}) on a free port of 127.0.0.1. */
  public static FakeBotApi start(String token) {
    return new FakeBotApi(token);
  }

  private FakeBotApi(String token) {
    this.token = Objects.requireNonNull(token, "token");
    this.bot = new FakeUser(botIdOf(token), "Alita Test", BOT_USERNAME, true);
    this.directory = new ChatDirectory(bot);
    this.updates = new FakeUpdates(this, directory);
    this.methods = new FakeMethods(bot, directory, queue);
    this.server = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.routes.post("/{bot}/{method}", this::handle);
      cfg.routes.get("/{bot}/{method}", this::handle);
      cfg.routes.exception(Exception.class, (e, ctx) -> {
        log.error("Fake Bot API failed on {}", ctx.path().replace(this.token, "<token>"), e);
        answer(ctx, BotApiError.of(500, "Internal Server Error: fake API failed with " + e));
      });
    }).start("127.0.0.1", 0);
  }

  private static long botIdOf(String token) {
    int colon = token.indexOf(':');
    try {
      return Long.parseLong(token.substring(0, Math.max(colon, 0)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a bot token looks like <bot id>:<secret>, e.g. " + DEFAULT_TOKEN, e);
    }
  }

  // ---------------------------------------------------------------- where to connect

  public String token() {
    return token;
  }

  public int port() {
    return server.port();
  }

  /** The URL to hand to {@code OkHttpTelegramClient} and {@code TelegramBotsLongPollingApplication.registerBot}. */
  public TelegramUrl telegramUrl() {
    return new TelegramUrl("http", "127.0.0.1", port(), false);
  }

  /** The bot as {@code getMe} describes it; use it to configure the bot's own membership in a chat. */
  public FakeUser botUser() {
    return bot;
  }

  /** Caps how long a {@code getUpdates} is held open (default {@link #DEFAULT_LONG_POLL_CAP}). */
  public void setLongPollCap(Duration cap) {
    this.longPollCap = Objects.requireNonNull(cap, "cap");
  }

  // ---------------------------------------------------------------- incoming updates

  /** Builders for incoming updates (messages, commands, replies, joins, button presses, member changes). */
  public FakeUpdates updates() {
    return updates;
  }

  /**
   * Enqueues a raw update, assigning the next {@code update_id} unless it has one, and returns it. A waiting
   * {@code getUpdates} is answered at once. Messages in it become known to the fake (for deleteMessage).
   */
  public ObjectNode enqueue(ObjectNode update) {
    for (String field : List.of("message", "edited_message", "channel_post")) {
      JsonNode message = update.path(field);
      if (message.hasNonNull("message_id") && message.path("chat").hasNonNull("id")) {
        directory.knowMessage(message.path("chat").path("id").asLong(), message.get("message_id").asInt(),
            message.path("from").path("id").asLong());
      }
    }
    return queue.enqueue(update);
  }

  /** {@link #enqueue(ObjectNode)} from JSON text. */
  public ObjectNode enqueue(String updateJson) {
    JsonNode node = Json.parse(updateJson);
    if (!(node instanceof ObjectNode update)) {
      throw new IllegalArgumentException("an update is a JSON object: " + updateJson);
    }
    return enqueue(update);
  }

  /** The highest {@code offset} the bot has sent: every update with a lower id is confirmed and gone. */
  public int confirmedOffset() {
    return queue.confirmedOffset();
  }

  /** True once the bot has confirmed {@code updateId} by polling with a higher offset. */
  public boolean isConfirmed(int updateId) {
    return queue.confirmedOffset() > updateId;
  }

  /** Blocks until {@code updateId} is confirmed; fails the test after {@code timeout}. */
  public void awaitConfirmed(int updateId, Duration timeout) {
    try {
      if (!queue.awaitConfirmed(updateId, timeout)) {
        throw new AssertionError("update " + updateId + " not confirmed within " + timeout
            + " (confirmed offset " + queue.confirmedOffset() + ")");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for update " + updateId, e);
    }
  }

  /** Updates enqueued and not yet confirmed. */
  public int pendingUpdateCount() {
    return queue.pendingCount();
  }

  /** How many times {@code updateId} was handed out by {@code getUpdates} (more than once if not confirmed in time). */
  public int deliveryCount(int updateId) {
    return queue.deliveryCount(updateId);
  }

  /** The bot's allowed_updates setting; empty means Telegram's default (all but chat_member and reactions). */
  public List<String> allowedUpdates() {
    return queue.allowedUpdates();
  }

  /** Updates discarded because their type was not in allowed_updates, as Telegram would never have sent them. */
  public List<ObjectNode> droppedUpdates() {
    return queue.dropped();
  }

  // ---------------------------------------------------------------- chat state

  /** Describes a chat (type, title, username) for getChat and for messages sent to it. */
  public void setChat(FakeChat chat) {
    directory.register(chat);
  }

  /** Sets someone's membership in a chat, built with {@link FakeMembers}; getChatMember and the rights checks use it. */
  public void setChatMember(long chatId, ObjectNode member) {
    directory.setMember(chatId, member);
  }

  /** The current membership entry, as getChatMember would answer it. */
  public ObjectNode chatMember(long chatId, long userId) {
    return directory.member(chatId, userId);
  }

  // ---------------------------------------------------------------- answers and failures

  /**
   * Answers every later call of {@code method} with {@code result.apply(call)} as the {@code result}, replacing the
   * built-in behaviour. The call passed in has {@code result() == null}.
   */
  public void respond(String method, Function<ApiCall, JsonNode> result) {
    stubs.put(method.toLowerCase(Locale.ROOT), Objects.requireNonNull(result, "result"));
  }

  /**
   * Answers every later call of {@code method} only after {@code delay}, as a slow Bot API server would (the call is
   * recorded when it is answered). {@link Duration#ZERO} answers at once again.
   */
  public void delay(String method, Duration delay) {
    delays.put(method.toLowerCase(Locale.ROOT), Objects.requireNonNull(delay, "delay"));
  }

  /**
   * Makes the next call of {@code method} fail with a 429 in Telegram's exact shape: {@code {"ok":false,
   * "error_code":429,"description":"Too Many Requests: retry after N","parameters":{"retry_after":N}}}. Calling it
   * twice fails the next two calls.
   */
  public void failNext(String method, int errorCode, int retryAfterSeconds) {
    if (errorCode != 429) {
      throw new IllegalArgumentException("retry_after belongs to 429; use failNext(method, code, description)");
    }
    addFailure(method, BotApiError.tooManyRequests(retryAfterSeconds));
  }

  /**
   * Makes the next call of {@code method} fail with {@code errorCode} and Telegram's {@code description}, e.g.
   * {@code failNext("restrictchatmember", 400, "Bad Request: not enough rights to restrict/unrestrict chat member")}
   * or {@code failNext("sendmessage", 403, "Forbidden: bot was kicked from the group chat")}.
   */
  public void failNext(String method, int errorCode, String description) {
    if (errorCode == 429) {
      throw new IllegalArgumentException("use failNext(method, 429, retryAfterSeconds) for flood control");
    }
    addFailure(method, BotApiError.of(errorCode, description));
  }

  /**
   * Makes the next call of {@code method} into chat {@code chatId} (its {@code chat_id} parameter) fail with a 429 in
   * Telegram's exact shape, as {@link #failNext(String, int, int)} does; calls into other chats are answered as usual.
   * Telegram's flood control is per chat too: one group over its limit does not make every other group's calls fail.
   */
  public void failNextInChat(String method, long chatId, int errorCode, int retryAfterSeconds) {
    if (errorCode != 429) {
      throw new IllegalArgumentException("retry_after belongs to 429; use failNextInChat(method, chat, code, description)");
    }
    addFailure(method, inChat(chatId), BotApiError.tooManyRequests(retryAfterSeconds));
  }

  /** {@link #failNext(String, int, String)} for calls into chat {@code chatId} only. */
  public void failNextInChat(String method, long chatId, int errorCode, String description) {
    if (errorCode == 429) {
      throw new IllegalArgumentException("use failNextInChat(method, chat, 429, retryAfterSeconds) for flood control");
    }
    addFailure(method, inChat(chatId), BotApiError.of(errorCode, description));
  }

  private static Predicate<ApiCall> inChat(long chatId) {
    String wanted = Long.toString(chatId);
    return call -> wanted.equals(call.param("chat_id") == null ? null : call.param("chat_id").trim());
  }

  /**
   * Telegram's flood control on the whole bot for {@code window}: from now until then, every call of every method
   * except {@code getUpdates} is answered with a 429 in Telegram's exact shape, {@code retry_after} =
   * {@code retryAfterSeconds} (the same N on every answer, however little of the window is left), and is not carried
   * out. {@code getUpdates} is left alone: Telegram's flood limits are on what a bot sends, and refusing the long poll
   * would only stop the intake a test is watching. Returns when the window ends.
   */
  public Instant floodEverything(int retryAfterSeconds, Duration window) {
    return addFlood(call -> true, retryAfterSeconds, window);
  }

  /**
   * {@link #floodEverything} for calls into chat {@code chatId} (their {@code chat_id} parameter) only; calls into
   * other chats are answered as usual, unless a flood of their own applies. When several floods apply to a call, the
   * one added first answers it.
   */
  public Instant floodChat(long chatId, int retryAfterSeconds, Duration window) {
    return addFlood(inChat(chatId), retryAfterSeconds, window);
  }

  /** A flood window: the calls it refuses, until when, and the retry_after it answers. */
  private record Flood(Predicate<ApiCall> applies, Instant until, int retryAfterSeconds) {}

  private Instant addFlood(Predicate<ApiCall> applies, int retryAfterSeconds, Duration window) {
    if (retryAfterSeconds < 1) {
      throw new IllegalArgumentException("Telegram's retry_after is at least 1 s, got " + retryAfterSeconds);
    }
    Instant until = Instant.now().plus(Objects.requireNonNull(window, "window"));
    floods.add(new Flood(applies, until, retryAfterSeconds));
    return until;
  }

  /** The 429 a flood window answers {@code call} with, or null when none applies (or it arrived after the end). */
  private BotApiError floodFor(ApiCall call) {
    if (call.method().equals("getupdates")) {
      return null;
    }
    for (Flood flood : floods) {
      if (call.receivedAt().isBefore(flood.until()) && flood.applies().test(call)) {
        return BotApiError.tooManyRequests(flood.retryAfterSeconds());
      }
    }
    return null;
  }

  /** An injected failure and the calls it applies to. */
  private record Failure(Predicate<ApiCall> applies, BotApiError error) {}

  private void addFailure(String method, BotApiError error) {
    addFailure(method, call -> true, error);
  }

  private void addFailure(String method, Predicate<ApiCall> applies, BotApiError error) {
    synchronized (failures) {
      failures.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new ArrayDeque<>()).add(new Failure(applies, error));
    }
  }

  /** The first failure queued for {@code call}'s method that applies to it, taken off the queue; null if none. */
  private BotApiError takeFailure(ApiCall call) {
    synchronized (failures) {
      Deque<Failure> queued = failures.get(call.method());
      if (queued == null) {
        return null;
      }
      for (Iterator<Failure> it = queued.iterator(); it.hasNext(); ) {
        Failure failure = it.next();
        if (failure.applies().test(call)) {
          it.remove();
          return failure.error();
        }
      }
      return null;
    }
  }

  // ---------------------------------------------------------------- recorded calls

  /**
   * How many requests of {@code method} (any casing) have arrived since the start, counted when they arrive: a call
   * still being {@link #delay delayed}, or whose answer never reached the client, counts too. {@link #clear()} leaves
   * it.
   */
  public int arrivals(String method) {
    AtomicInteger n = arrivals.get(method.toLowerCase(Locale.ROOT));
    return n == null ? 0 : n.get();
  }

  /** Every call recorded since the start or the last {@link #clear()}, in arrival order. */
  public List<ApiCall> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  /** The calls of one method (any casing), in arrival order. */
  public List<ApiCall> calls(String method) {
    String wanted = method.toLowerCase(Locale.ROOT);
    return calls().stream().filter(c -> c.method().equals(wanted)).toList();
  }

  /**
   * The earliest recorded call of {@code method} matching {@code matching}, waiting up to {@code timeout} for it to
   * arrive; fails the test with the calls seen so far otherwise. Calls recorded before this method was invoked count.
   */
  public ApiCall awaitCall(String method, Predicate<ApiCall> matching, Duration timeout) {
    String wanted = method.toLowerCase(Locale.ROOT);
    List<ApiCall> found = awaitMatching(c -> c.method().equals(wanted) && matching.test(c), 1, timeout,
        "a " + wanted + " call matching the condition");
    return found.get(0);
  }

  /** The earliest recorded call of {@code method}, waiting up to {@code timeout}. */
  public ApiCall awaitCall(String method, Duration timeout) {
    return awaitCall(method, c -> true, timeout);
  }

  /** Waits until at least {@code count} calls of {@code method} are recorded and returns them all. */
  public List<ApiCall> awaitCalls(String method, int count, Duration timeout) {
    String wanted = method.toLowerCase(Locale.ROOT);
    return awaitMatching(c -> c.method().equals(wanted), count, timeout, count + " " + wanted + " calls");
  }

  private List<ApiCall> awaitMatching(Predicate<ApiCall> matching, int count, Duration timeout, String what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (calls) {
      while (true) {
        List<ApiCall> found = calls.stream().filter(matching).toList();
        if (found.size() >= count) {
          return found;
        }
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          throw new AssertionError("expected " + what + " within " + timeout + "; recorded: " + calls);
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(calls, remaining);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted while waiting for " + what, e);
        }
      }
    }
  }

  // ---------------------------------------------------------------- files sent by id

  /** Every file sent by its id (all eight send methods), answered or refused, in arrival order. */
  public List<SentMedia> sentMedia() {
    return calls().stream().filter(SentMedia::isMediaByFileId).map(SentMedia::of).toList();
  }

  /**
   * The earliest file sent by id into {@code chatId} that matches {@code matching}, waiting up to {@code timeout};
   * fails the test with the calls seen so far otherwise.
   */
  public SentMedia awaitMedia(long chatId, java.util.function.Predicate<SentMedia> matching, Duration timeout) {
    List<ApiCall> found = awaitMatching(c -> SentMedia.isMediaByFileId(c) && c.longParam("chat_id") == chatId
        && matching.test(SentMedia.of(c)), 1, timeout, "a file sent by id into chat " + chatId);
    return SentMedia.of(found.get(0));
  }

  /**
   * The next file sent by id into {@code chatId}: the first one after the one this method returned last time for that
   * chat (or the first of all), waiting up to {@code timeout}. Successive calls walk through a chat's media in order.
   */
  public SentMedia awaitNextMedia(long chatId, Duration timeout) {
    long after = mediaCursors.getOrDefault(chatId, 0L);
    SentMedia next = awaitMedia(chatId, m -> m.call().sequence() > after, timeout);
    mediaCursors.put(chatId, next.call().sequence());
    return next;
  }

  /** Makes every later send of {@code fileId} fail with Telegram's 400 "wrong file identifier/HTTP URL specified". */
  public void refuseFileId(String fileId) {
    methods.refuseFileId(Objects.requireNonNull(fileId, "fileId"));
  }

  /** Forgets the recorded calls (not the updates, chat state, stubs or queued failures). */
  public void clear() {
    synchronized (calls) {
      calls.clear();
      mediaCursors.clear();
    }
  }

  private void record(ApiCall call) {
    synchronized (calls) {
      // Keep arrival order even when a slow request finishes after a later one.
      int at = calls.size();
      while (at > 0 && calls.get(at - 1).sequence() > call.sequence()) {
        at--;
      }
      calls.add(at, call);
      calls.notifyAll();
    }
  }

  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    queue.close();
    // Let the long polls woken just now send their answers before connections are cut; otherwise OkHttp retries them
    // against a closed port and TelegramBots logs a connection error during every test's teardown.
    synchronized (activePolls) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
      while (activePolls.get() > 0 && deadline - System.nanoTime() > 0) {
        try {
          TimeUnit.NANOSECONDS.timedWait(activePolls, deadline - System.nanoTime());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    server.stop();
  }

  // ---------------------------------------------------------------- HTTP

  private void handle(Context ctx) throws InterruptedException, IOException {
    long seq = sequence.incrementAndGet();
    Instant receivedAt = Instant.now();
    if (!ctx.pathParam("bot").equals("bot" + token)) {
      answer(ctx, BotApiError.of(401, "Unauthorized"));
      return;
    }
    String method = ctx.pathParam("method").toLowerCase(Locale.ROOT);
    arrivals.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
    Map<String, JsonNode> params = Collections.unmodifiableMap(readParams(ctx));
    Map<String, String> files = Collections.unmodifiableMap(readFiles(ctx));
    Map<String, Long> sizes = Collections.unmodifiableMap(readFileSizes(ctx));
    ApiCall request = new ApiCall(seq, method, params, files, receivedAt, 0, null, sizes);

    BotApiError injected = floodFor(request);
    if (injected == null) {
      injected = takeFailure(request);
    }
    if (injected != null) {
      record(failed(request, injected));
      answer(ctx, injected);
      return;
    }
    if (method.equals("getupdates") && !stubs.containsKey(method)) {
      getUpdates(ctx, request);
      return;
    }
    Duration delay = delays.getOrDefault(method, Duration.ZERO);
    if (!delay.isZero()) {
      Thread.sleep(delay.toMillis());
    }
    JsonNode result;
    try {
      Function<ApiCall, JsonNode> stub = stubs.get(method);
      result = stub != null ? stub.apply(request) : methods.answer(request);
    } catch (BotApiError.Raised refusal) {
      record(failed(request, refusal.error));
      answer(ctx, refusal.error);
      return;
    }
    record(new ApiCall(seq, method, params, files, receivedAt, 0, result, sizes));
    answerOk(ctx, result);
  }

  private static ApiCall failed(ApiCall request, BotApiError error) {
    return new ApiCall(request.sequence(), request.method(), request.params(), request.files(), request.receivedAt(),
        error.errorCode(), null, request.fileSizes());
  }

  private void getUpdates(Context ctx, ApiCall call) throws InterruptedException, IOException {
    if (methods.webhookActive()) {
      BotApiError conflict = BotApiError.of(409,
          "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
      record(failed(call, conflict));
      answer(ctx, conflict);
      return;
    }
    record(call);
    activePolls.incrementAndGet();
    try {
      answerPoll(ctx, call);
    } finally {
      synchronized (activePolls) {
        activePolls.decrementAndGet();
        activePolls.notifyAll();
      }
    }
  }

  private void answerPoll(Context ctx, ApiCall call) throws InterruptedException, IOException {
    Integer offset = call.has("offset") ? (int) call.longParam("offset") : null;
    int limit = call.has("limit") ? (int) Math.min(100, Math.max(1, call.longParam("limit"))) : 100;
    long timeoutSeconds = call.has("timeout") ? Math.max(0, call.longParam("timeout")) : 0;
    Duration hold = Duration.ofSeconds(timeoutSeconds);
    if (hold.compareTo(longPollCap) > 0) {
      hold = longPollCap;
    }
    List<String> allowed = null;
    JsonNode allowedNode = call.json("allowed_updates");
    if (allowedNode != null) {
      allowed = new ArrayList<>();
      for (JsonNode type : allowedNode) {
        allowed.add(type.asText());
      }
    }
    ArrayNode result = Json.array();
    queue.poll(offset, limit, hold, allowed).forEach(result::add);
    // Written and flushed here, with its length, so the answer is on the wire before close() stops the server.
    ObjectNode body = Json.object().put("ok", true);
    body.set("result", result);
    byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
    ctx.status(200).contentType("application/json");
    ctx.res().setContentLength(bytes.length);
    ctx.res().getOutputStream().write(bytes);
    ctx.res().flushBuffer();
  }

  private static Map<String, JsonNode> readParams(Context ctx) {
    Map<String, JsonNode> params = new LinkedHashMap<>();
    putFirstValues(params, ctx.queryParamMap());
    String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (contentType.startsWith("application/json")) {
      String body = ctx.body();
      if (!body.isBlank()) {
        Json.parse(body).fields().forEachRemaining(field -> params.put(field.getKey(), field.getValue()));
      }
    } else if (ctx.isMultipartFormData() || ctx.isFormUrlencoded()) {
      putFirstValues(params, ctx.formParamMap());
    }
    return params;
  }

  private static void putFirstValues(Map<String, JsonNode> params, Map<String, List<String>> values) {
    // File parts show up in the form map with no value; they are in readFiles instead.
    values.forEach((name, list) -> {
      if (!list.isEmpty()) {
        params.put(name, TextNode.valueOf(list.get(0)));
      }
    });
  }

  private static Map<String, String> readFiles(Context ctx) {
    Map<String, String> files = new LinkedHashMap<>();
    if (ctx.isMultipartFormData()) {
      for (Map.Entry<String, List<UploadedFile>> entry : ctx.uploadedFileMap().entrySet()) {
        files.put(entry.getKey(), entry.getValue().get(0).filename());
      }
    }
    return files;
  }

  private static Map<String, Long> readFileSizes(Context ctx) {
    Map<String, Long> sizes = new LinkedHashMap<>();
    if (ctx.isMultipartFormData()) {
      for (Map.Entry<String, List<UploadedFile>> entry : ctx.uploadedFileMap().entrySet()) {
        sizes.put(entry.getKey(), entry.getValue().get(0).size());
      }
    }
    return sizes;
  }

  private static void answerOk(Context ctx, JsonNode result) {
    ObjectNode body = Json.object().put("ok", true);
    body.set("result", result);
    ctx.status(200).contentType("application/json").result(Json.write(body));
  }

  private static void answer(Context ctx, BotApiError error) {
    ctx.status(error.errorCode()).contentType("application/json").result(Json.write(error.toJson()));
  }
}

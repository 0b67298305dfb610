package io.alita.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alita.app.TestApps;
import io.alita.postgres.testing.TestDatabase;
import io.alita.telegram.fakeapi.ApiCall;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeMembers;
import io.alita.telegram.fakeapi.FakeUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fault suite (issue 13): a Bot API that answers 429 with {@code retry_after} to every call for 10 s. The fake refuses
 * every call but {@code getUpdates} for {@link #WINDOW} with {@code retry_after: 3}, so each call waiting in the window
 * is refused several times; one chat ({@link #LONG}) stays flooded for {@link #LONG_WINDOW}. During the window four
 * groups each set their rules and then send warns, one of them ({@link #BUSY}) six. Afterwards:
 *
 * <ul>
 *   <li>nothing dropped, nothing doubled: every answer arrives exactly once, in its chat's order, and every warn is
 *       counted once;
 *   <li>the wait is honoured: no sendMessage into a chat arrived less than {@code retry_after} after the 429 that chat
 *       got before it (as the fake recorded the arrival times), and none got through inside the window;
 *   <li>the intake kept going: every update was acknowledged (the offset confirmed, or the webhook's 200 within 2 s)
 *       and every chat's first update (its rules) committed while the window still lasted;
 *   <li>a chat whose window ended does not wait for another: the groups freed at 10 s had every answer before the chat
 *       still flooded got its first, the quiet ones within {@code retry_after} + 3 s of the window's end.
 * </ul>
 *
 * <p>What cannot happen during the window, by design: a chat's next update is decided once the replies of the one
 * before are out (decision 0019), so each chat commits one update inside the window and the rest wait in its lane,
 * acknowledged; and a warn asks Telegram whether its target is in the chat ({@code getChatMember}), which waits out
 * the flood like any other call. Long polling and webhook run side by side, so the class takes the flood's time once.
 */
class FloodedBotApiEndToEndTest {

  static final FakeChat BUSY = FakeChat.supergroup(-1001000000401L, "Busy group");
  static final FakeChat QUIET_1 = FakeChat.supergroup(-1001000000402L, "Quiet group 1");
  static final FakeChat QUIET_2 = FakeChat.supergroup(-1001000000403L, "Quiet group 2");
  static final FakeChat LONG = FakeChat.supergroup(-1001000000404L, "Long-flooded group");
  static final List<FakeChat> CHATS = List.of(BUSY, QUIET_1, QUIET_2, LONG);
  static final FakeUser ADMIN = FakeUser.of(41, "Ada", "ada_admin");
  static final FakeUser MEMBER = FakeUser.of(42, "Max", "max_member");
  static final Map<FakeChat, Integer> WARNS = Map.of(BUSY, 6, QUIET_1, 2, QUIET_2, 2, LONG, 1);

  static final int RETRY_AFTER = 3;
  static final Duration WINDOW = Duration.ofSeconds(10);
  static final Duration LONG_WINDOW = Duration.ofSeconds(19);
  static final Duration WAIT = Duration.ofSeconds(30);
  static final String SECRET = "flood-secret_0123456789";
  static final Pattern WARNED = Pattern.compile("has (\\d+)/100 warnings.*Reason:</b> (\\S+)", Pattern.DOTALL);

  @Test
  @Timeout(value = 240, unit = TimeUnit.SECONDS)
  void aBotApiAnswering429ToEveryCallForTenSecondsLosesNothingDoublesNothingAndHonoursTheWait() {
    CompletableFuture<Void> polling = CompletableFuture.runAsync(() -> run(false));
    CompletableFuture<Void> webhook = CompletableFuture.runAsync(() -> run(true));
    CompletableFuture.allOf(polling, webhook).exceptionally(e -> null).join();
    polling.join(); // rethrows the first mode's failure, then the second's
    webhook.join();
  }

  private static void run(boolean webhook) {
    String mode = webhook ? "webhook" : "long polling";
    try (FakeBotApi api = FakeBotApi.start()) {
      api.setLongPollCap(Duration.ofMillis(500));
      for (FakeChat chat : CHATS) {
        api.setChat(chat);
        api.setChatMember(chat.id(), FakeMembers.fullAdministrator(ADMIN));
        api.setChatMember(chat.id(), FakeMembers.member(MEMBER));
      }
      TestDatabase.Coordinates db = TestDatabase.create();
      Map<String, String> env = webhook
          ? Map.of("USE_WEBHOOKS", "true", "WEBHOOK_DOMAIN", "https://bot.example.com", "WEBHOOK_SECRET", SECRET)
          : Map.of();
      try (TestApps.Running worker = TestApps.worker(db, api, env)) {
        Delivery deliver = webhook ? new Webhook(worker.httpPort()) : new Polling(api);
        api.awaitCall("setmycommands", WAIT);
        if (webhook) {
          api.awaitCall("setwebhook", WAIT);
        }
        // Before the flood: limits out of the way, the admin lists cached, the member's messages to warn.
        Map<FakeChat, JsonNode> spam = new LinkedHashMap<>();
        for (FakeChat chat : CHATS) {
          deliver.send(api.updates().message(chat, ADMIN).command("/setwarnlimit 100").build());
          spam.put(chat, deliver.send(api.updates().message(chat, MEMBER).text("buy cheap followers").build()));
        }
        await(mode + ": the warn limits are set", WAIT, () -> api.calls("sendmessage").stream()
            .filter(c -> c.succeeded() && text(c).contains("warn limit is now")).count() == CHATS.size());
        api.clear();

        Instant longUntil = api.floodChat(LONG.id(), RETRY_AFTER, LONG_WINDOW);
        Instant until = api.floodEverything(RETRY_AFTER, WINDOW);
        List<Integer> sent = new ArrayList<>();
        Map<FakeChat, AtomicInteger> numbers = new LinkedHashMap<>();
        CHATS.forEach(chat -> numbers.put(chat, new AtomicInteger()));
        // First, in every chat, a change that needs no answer from Telegram to be decided: new rules.
        for (FakeChat chat : CHATS) {
          sent.add(deliver.sendId(api.updates().message(chat, ADMIN).command("/setrules Rules of " + key(chat))
              .build()));
        }
        // Then warns, interleaved as they would arrive: the busy chat's six among the others' few.
        for (int round = 0; round < 6; round++) {
          for (FakeChat chat : CHATS) {
            if (round < WARNS.get(chat)) {
              String reason = key(chat) + "-" + numbers.get(chat).incrementAndGet();
              long offered = System.nanoTime();
              sent.add(deliver.sendId(api.updates().message(chat, ADMIN).command("/warn " + reason)
                  .replyTo(spam.get(chat)).build()));
              if (webhook) {
                long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - offered);
                assertTrue(took < 2000, mode + ": the webhook took " + took + " ms to answer during the flood");
              }
            }
          }
        }

        // The intake kept going while every send waited.
        if (!webhook) {
          int last = sent.get(sent.size() - 1);
          await(mode + ": every update confirmed during the window", Duration.between(Instant.now(), until),
              () -> api.isConfirmed(last));
        }
        await(mode + ": every chat's new rules committed during the window", Duration.between(Instant.now(), until),
            () -> CHATS.stream().allMatch(chat -> ("Rules of " + key(chat)).equals(db.text(
                "SELECT rules FROM rules WHERE chat_id = " + chat.id()))));
        assertTrue(Instant.now().isBefore(until), mode + ": checked within the window");
        assertTrue(api.calls("sendmessage").stream().noneMatch(ApiCall::succeeded),
            mode + ": nothing got through the flood: " + api.calls("sendmessage"));

        // Afterwards: every answer, once, in order.
        await(mode + ": every warn announced", WAIT, () -> CHATS.stream()
            .allMatch(chat -> announced(api, chat).size() >= 1 + WARNS.get(chat)));
        for (FakeChat chat : CHATS) {
          List<String> expected = new ArrayList<>(List.of("rules saved"));
          for (int i = 1; i <= WARNS.get(chat); i++) {
            expected.add(i + " " + key(chat) + "-" + i);
          }
          assertEquals(expected, announced(api, chat), mode + ": " + chat.title() + "'s warns, each once, in order");
          assertEquals(WARNS.get(chat), warnsIn(db, chat), mode + ": " + chat.title() + "'s warns counted once");
        }
        assertEquals(String.valueOf(sent.size()), db.text("SELECT count(*) FROM processed_events WHERE event_key IN ("
            + String.join(",", sent.stream().map(id -> "'u" + id + "'").toList()) + ")"),
            mode + ": every update recorded as applied");

        // The wait was honoured, chat by chat, as the Bot API saw the calls arrive.
        for (FakeChat chat : CHATS) {
          List<ApiCall> calls = api.calls("sendmessage").stream().filter(c -> c.longParam("chat_id") == chat.id())
              .toList();
          for (int i = 1; i < calls.size(); i++) {
            ApiCall refused = calls.get(i - 1);
            if (refused.errorCode() == 429) {
              Duration gap = Duration.between(refused.receivedAt(), calls.get(i).receivedAt());
              assertTrue(gap.compareTo(Duration.ofSeconds(RETRY_AFTER)) >= 0, mode + ": in " + chat.title()
                  + " a send came " + gap.toMillis() + " ms after a 429 with retry_after " + RETRY_AFTER + ": "
                  + calls);
            }
          }
          assertTrue(calls.stream().filter(ApiCall::succeeded).allMatch(c -> !c.receivedAt().isBefore(until)),
              mode + ": nothing was carried out inside the window");
        }

        // A chat whose window ended got its answers while another was still flooded.
        Instant longFirst = firstSuccess(api, LONG);
        assertTrue(!longFirst.isBefore(longUntil), mode + ": the long-flooded chat was answered inside its window");
        for (FakeChat chat : List.of(BUSY, QUIET_1, QUIET_2)) {
          Instant lastAnswer = lastSuccess(api, chat);
          assertTrue(lastAnswer.isBefore(longFirst), mode + ": " + chat.title() + " waited for the long-flooded chat ("
              + lastAnswer + " vs " + longFirst + ")");
        }
        for (FakeChat chat : List.of(QUIET_1, QUIET_2)) {
          Duration after = Duration.between(until, lastSuccess(api, chat));
          assertTrue(after.compareTo(Duration.ofSeconds(RETRY_AFTER + 3)) < 0, mode + ": " + chat.title()
              + " was answered " + after.toMillis() + " ms after its window ended");
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException(mode + " failed", e);
    }
  }

  private static String key(FakeChat chat) {
    return chat == BUSY ? "busy" : chat == QUIET_1 ? "quietA" : chat == QUIET_2 ? "quietB" : "long";
  }

  /** "count reason" of each warn announced in {@code chat}, in the order the Bot API received them. */
  private static List<String> announced(FakeBotApi api, FakeChat chat) {
    List<String> found = new ArrayList<>();
    for (ApiCall c : api.calls("sendmessage")) {
      if (c.succeeded() && c.longParam("chat_id") == chat.id()) {
        Matcher m = WARNED.matcher(text(c));
        if (m.find()) {
          found.add(m.group(1) + " " + m.group(2));
        } else {
          found.add(text(c).equals("Saved the rules of this chat.") ? "rules saved" : text(c));
        }
      }
    }
    return found;
  }

  private static Instant firstSuccess(FakeBotApi api, FakeChat chat) {
    return api.calls("sendmessage").stream().filter(c -> c.succeeded() && c.longParam("chat_id") == chat.id())
        .map(ApiCall::receivedAt).findFirst().orElseThrow();
  }

  private static Instant lastSuccess(FakeBotApi api, FakeChat chat) {
    return api.calls("sendmessage").stream().filter(c -> c.succeeded() && c.longParam("chat_id") == chat.id())
        .map(ApiCall::receivedAt).reduce((a, b) -> b).orElseThrow();
  }

  private static int warnsIn(TestDatabase.Coordinates db, FakeChat chat) {
    String n = db.text("SELECT coalesce(max(num_warns), 0) FROM warns_users WHERE user_id = " + MEMBER.id()
        + " AND chat_id = " + chat.id());
    return Integer.parseInt(n);
  }

  private static String text(ApiCall c) {
    String t = c.param("text");
    return t == null ? "" : t;
  }

  private static void await(String what, Duration within, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("not within " + within.toMillis() + " ms: " + what);
      }
      Thread.sleep(50);
    }
  }

  /** How an update reaches the worker. */
  private interface Delivery {
    /** Delivers the message in a new update and returns the message. */
    default JsonNode send(ObjectNode message) throws Exception {
      ObjectNode update = JsonMapper.builder().build().createObjectNode();
      update.set("message", message);
      deliver(update);
      return message;
    }

    /** Delivers the message in a new update and returns the update's id. */
    default int sendId(ObjectNode message) throws Exception {
      ObjectNode update = JsonMapper.builder().build().createObjectNode();
      update.set("message", message);
      return deliver(update);
    }

    /** Returns the update's id. */
    int deliver(ObjectNode update) throws Exception;
  }

  /** Telegram holding the update for the worker's next getUpdates. */
  private record Polling(FakeBotApi api) implements Delivery {
    @Override
    public int deliver(ObjectNode update) {
      return api.enqueue(update).get("update_id").asInt();
    }
  }

  /** Telegram posting to the worker's webhook; the fake is told of the message too, as it would know it. */
  private static final class Webhook implements Delivery {
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final AtomicInteger nextId = new AtomicInteger(800_000);

    Webhook(int port) {
      this.port = port;
    }

    @Override
    public int deliver(ObjectNode update) throws Exception {
      int id = nextId.incrementAndGet();
      update.put("update_id", id);
      HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
              + "/webhook")).header("Content-Type", "application/json")
          .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
          .POST(HttpRequest.BodyPublishers.ofString(update.toString())).build(), HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new AssertionError("the webhook answered " + answer.statusCode() + ": " + answer.body());
      }
      return id;
    }
  }
}

package io.alita.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.alita.app.TestApps;
import io.alita.postgres.testing.TestDatabase;
import io.alita.telegram.fakeapi.ApiCall;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeMembers;
import io.alita.telegram.fakeapi.FakeUser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The database stops for 3 seconds in the middle of a stream of warns and flood messages (issue 9). Afterwards every
 * update was applied exactly once: every warn counted once and announced once, in order, and the flood punished once.
 * The real worker, long polling the fake Bot API, with PostgreSQL behind a proxy that can take it away.
 */
class DatabaseOutageEndToEndTest {

  static final FakeChat WARNS = FakeChat.supergroup(-1001000000401L, "Warned group");
  static final FakeChat FLOOD = FakeChat.supergroup(-1001000000402L, "Flooded group");
  static final FakeUser ADMIN = FakeUser.of(41, "Ada", "ada_admin");
  static final FakeUser WARNED = FakeUser.of(42, "Wendy", "wendy");
  static final FakeUser FLOODER = FakeUser.of(43, "Fred", "fred");
  static final int WARNS_SENT = 24;
  static final int FLOOD_LIMIT = 5;
  static final Duration WAIT = Duration.ofSeconds(60);
  static final Pattern WARNED_COUNT = Pattern.compile("has (\\d+)/100 warnings");

  FakeBotApi api;
  TestDatabase.Coordinates db;
  DatabaseOutage database;
  TestApps.Running worker;

  @BeforeEach
  void start() throws Exception {
    api = FakeBotApi.start();
    api.setLongPollCap(Duration.ofMillis(500));
    for (FakeChat chat : List.of(WARNS, FLOOD)) {
      api.setChat(chat);
      api.setChatMember(chat.id(), FakeMembers.fullAdministrator(ADMIN));
    }
    api.setChatMember(WARNS.id(), FakeMembers.member(WARNED));
    api.setChatMember(FLOOD.id(), FakeMembers.member(FLOODER));
    db = TestDatabase.create();
    database = new DatabaseOutage(db.host(), db.port());
    worker = TestApps.worker(db, api, Map.of("DATABASE_URL", "postgres://" + db.user() + ":" + db.password()
        + "@127.0.0.1:" + database.port() + "/" + db.database() + "?sslmode=disable"));
  }

  @AfterEach
  void stop() throws Exception {
    worker.close();
    database.close();
    api.close();
  }

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS) // fault suite: bounded in time
  void everyUpdateOfAStreamIsAppliedExactlyOnceAcrossADatabaseOutage() throws Exception {
    api.updates().command(WARNS, ADMIN, "/setwarnlimit 100");
    api.updates().command(FLOOD, ADMIN, "/setflood " + FLOOD_LIMIT);
    awaitCount(c -> c.param("text").contains("warn limit is now"), 1);
    awaitCount(c -> c.longParam("chat_id") == FLOOD.id(), 1);
    JsonNode spam = api.updates().text(WARNS, WARNED, "buy cheap followers").get("message");

    List<Integer> warnUpdates = new ArrayList<>();
    CompletableFuture<Void> outage = null;
    int floodSent = 0;
    for (int i = 1; i <= WARNS_SENT; i++) {
      warnUpdates.add(api.updates().commandReply(WARNS, ADMIN, "/warn spam " + i, spam).get("update_id").asInt());
      if (i % 4 == 0 && floodSent <= FLOOD_LIMIT) {
        api.updates().text(FLOOD, FLOODER, "flood " + ++floodSent);
      }
      if (i == 8) {
        outage = CompletableFuture.runAsync(() -> {
          try {
            database.outage(Duration.ofSeconds(3));
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
      }
      Thread.sleep(100); // pacing the stream, so that it spans the outage; nothing is asserted on it
    }
    outage.join();
    assertEquals(FLOOD_LIMIT + 1, floodSent);

    awaitCount(c -> WARNED_COUNT.matcher(text(c)).find(), WARNS_SENT);
    List<Integer> counts = new ArrayList<>();
    for (ApiCall c : api.calls("sendmessage")) {
      Matcher m = WARNED_COUNT.matcher(text(c));
      if (m.find()) {
        counts.add(Integer.parseInt(m.group(1)));
      }
    }
    List<Integer> oneToN = new ArrayList<>();
    for (int i = 1; i <= WARNS_SENT; i++) {
      oneToN.add(i);
    }
    assertEquals(oneToN, counts, "each warn announced once, in order");
    assertEquals(String.valueOf(WARNS_SENT), db.text("SELECT num_warns FROM warns_users WHERE user_id = "
        + WARNED.id() + " AND chat_id = " + WARNS.id()));
    Set<String> recorded = new TreeSet<>(List.of(db.text("SELECT string_agg(event_key, ',') FROM processed_events"
        + " WHERE event_key IN (" + warnUpdates.stream().map(id -> "'u" + id + "'").collect(Collectors.joining(","))
        + ")").split(",")));
    assertEquals(WARNS_SENT, recorded.size(), "every warn's update recorded as applied: " + recorded);

    ApiCall mute = api.awaitCall("restrictchatmember", c -> c.longParam("user_id") == FLOODER.id(), WAIT);
    assertEquals(FLOOD.id(), mute.longParam("chat_id"));
    long floodNotices = api.calls("sendmessage").stream().filter(c -> text(c).contains("don't like your flooding"))
        .count();
    assertEquals(1, floodNotices, "the flood punished and announced once");
    assertEquals(1, api.calls("restrictchatmember").stream().filter(c -> c.longParam("user_id") == FLOODER.id())
        .count());
  }

  private static String text(ApiCall c) {
    String t = c.param("text");
    return t == null ? "" : t;
  }

  private void awaitCount(Predicate<ApiCall> matching, int count) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (api.calls("sendmessage").stream().filter(matching).count() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("expected " + count + " matching messages within " + WAIT + ", got: "
            + api.calls("sendmessage"));
      }
      Thread.sleep(50);
    }
  }
}

package io.alita.postgres.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.blacklists.BlacklistWord;
import io.alita.domain.cache.ChatChanges;
import io.alita.domain.model.ChatId;
import io.alita.postgres.blacklists.BlacklistMapper;
import io.alita.postgres.blacklists.MyBatisBlacklistStore;
import io.alita.postgres.config.ConnectionSettings;
import io.alita.postgres.config.SslMode;
import io.alita.postgres.connect.ConnectionOpener;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The listener on a real PostgreSQL with the real triggers: what a committed change tells, and what it does not. */
class ChatChangeListenerTest {

  /** Generous: a notification normally arrives within milliseconds; this only bounds a broken test. */
  private static final long WAIT_SECONDS = 10;
  private static final String EVERYTHING = "everything";
  private static final AtomicLong NEXT_CHAT = new AtomicLong(-1001000000000L);

  private static TestDatabase.Coordinates db;
  private static ConnectionSettings settings;

  private final BlockingQueue<String> heard = new LinkedBlockingQueue<>();
  private final ChatChanges recorder = new ChatChanges() {
    @Override
    public void chatChanged(ChatId chat) {
      heard.add(Long.toString(chat.value()));
    }

    @Override
    public void everythingChanged() {
      heard.add(EVERYTHING);
    }
  };
  private ChatChangeListener listener;

  @BeforeAll
  static void migratedDatabase() {
    db = TestDatabase.migrated();
    settings = ConnectionSettings.of(db.host(), db.port(), db.database(), db.user(), db.password(), SslMode.DISABLE);
  }

  @BeforeEach
  void listen() {
    listener = ChatChangeListener.start(ConnectionOpener.pgjdbc(), settings, recorder, Duration.ofMillis(50),
        Duration.ofMillis(400));
    assertTrue(listener.listening());
  }

  @AfterEach
  void stop() {
    listener.close();
  }

  private static long newChat() {
    long chat = NEXT_CHAT.decrementAndGet();
    db.execute("INSERT INTO chats (chat_id, chat_name) VALUES (" + chat + ", 'Chat " + chat + "')");
    return chat;
  }

  private String next() throws InterruptedException {
    String event = heard.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    assertNotNull(event, "nothing heard within " + WAIT_SECONDS + " s");
    return event;
  }

  /** Commits a change to another chat and returns every event heard up to and including it. */
  private List<String> heardUpToAMarker() throws InterruptedException {
    long marker = newChat();
    db.execute("INSERT INTO rules (chat_id, rules) VALUES (" + marker + ", 'marker')");
    List<String> events = new ArrayList<>();
    String event;
    do {
      event = next();
      events.add(event);
    } while (!event.equals(Long.toString(marker)));
    return events;
  }

  @Test
  void aWordCommittedByTheBlacklistStoreNamesItsChat() throws Exception {
    long chat = newChat();
    MyBatisBlacklistStore store = new MyBatisBlacklistStore(new Sessions(MyBatis.sessionFactory(db.dataSource())));

    store.add(ChatId.of(chat), List.of(new BlacklistWord("casino")));

    assertEquals(Long.toString(chat), next());
  }

  @Test
  void aRolledBackChangeIsNeverHeard() throws Exception {
    long chat = newChat();
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      c.setAutoCommit(false);
      st.execute("INSERT INTO blacklists (chat_id, word) VALUES (" + chat + ", 'casino')");
      c.rollback();
    }

    List<String> events = heardUpToAMarker();

    assertEquals(1, events.size(), () -> "only the marker, but heard " + events);
  }

  @Test
  void manyRowsOfOneChatInOneTransactionAreHeardOnce() throws Exception {
    long chat = newChat();
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      c.setAutoCommit(false);
      st.execute("INSERT INTO blacklists (chat_id, word) VALUES (" + chat + ", 'a'), (" + chat + ", 'b'), ("
          + chat + ", 'c')");
      st.execute("INSERT INTO blacklist_settings (chat_id, action) VALUES (" + chat + ", 'kick')");
      c.commit();
    }

    List<String> events = heardUpToAMarker();

    assertEquals(List.of(Long.toString(chat)), events.subList(0, events.size() - 1));
  }

  @Test
  void aGroupMovingToASupergroupIdNamesBothIds() throws Exception {
    long group = newChat();
    long supergroup = NEXT_CHAT.decrementAndGet();
    db.execute("INSERT INTO locks (chat_id, lock_type, locked) VALUES (" + group + ", 'url', true)");
    assertEquals(Long.toString(group), next());

    db.execute("UPDATE chats SET chat_id = " + supergroup + " WHERE chat_id = " + group); // cascades to locks

    assertEquals(List.of(Long.toString(group), Long.toString(supergroup)), List.of(next(), next()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "blacklists         | (chat_id, word) VALUES (%d, 'spam')",
      "blacklist_settings | (chat_id, action) VALUES (%d, 'ban')",
      "captcha_settings   | (chat_id, enabled) VALUES (%d, true)",
      "locks              | (chat_id, lock_type, locked) VALUES (%d, 'sticker', true)",
      "antiflood_settings | (chat_id, flood_limit) VALUES (%d, 5)",
      "antiraid_settings  | (chat_id) VALUES (%d)",
      "approved_users     | (chat_id, user_id) VALUES (%d, 42)",
      "warns_settings     | (chat_id, warn_limit) VALUES (%d, 5)",
      "rules              | (chat_id, rules) VALUES (%d, 'be kind')",
      "admin              | (chat_id, anon_admin) VALUES (%d, true)",
      "pins               | (chat_id, clean_linked) VALUES (%d, true)",
      "reactions          | (chat_id, keyword, emoji) VALUES (%d, 'hi', '👍')"})
  void everySettingsTableNamesTheChatOnInsertUpdateAndDelete(String table, String values) throws Exception {
    long chat = newChat();
    String expected = Long.toString(chat);

    db.execute("INSERT INTO " + table + " " + values.formatted(chat));
    assertEquals(expected, next(), "insert");
    db.execute("UPDATE " + table + " SET chat_id = chat_id WHERE chat_id = " + chat);
    assertEquals(expected, next(), "update");
    db.execute("DELETE FROM " + table + " WHERE chat_id = " + chat);
    assertEquals(expected, next(), "delete");
  }

  @Test
  void afterLosingItsConnectionItListensAgainAndSaysEverythingMayHaveChanged() throws Exception {
    int pid = listener.backendPid();
    assertTrue(pid > 0);

    db.execute("SELECT pg_terminate_backend(" + pid + ")");

    assertEquals(EVERYTHING, next());
    assertTrue(listener.listening());
    assertNotEquals(pid, listener.backendPid());
    long chat = newChat();
    db.execute("INSERT INTO blacklists (chat_id, word) VALUES (" + chat + ", 'back')");
    assertEquals(Long.toString(chat), next());
  }

  @Test
  void whileTheDatabaseRefusesItKeepsTryingAndThenSaysEverythingMayHaveChanged() throws Exception {
    listener.close();
    java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean();
    java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
    ConnectionOpener flaky = s -> {
      if (down.get()) {
        refused.incrementAndGet();
        throw new java.sql.SQLException("Connection refused");
      }
      return ConnectionOpener.pgjdbc().open(s);
    };
    listener = ChatChangeListener.start(flaky, settings, recorder, Duration.ofMillis(20), Duration.ofMillis(80));
    down.set(true);
    db.execute("SELECT pg_terminate_backend(" + listener.backendPid() + ")");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (refused.get() < 3 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertTrue(refused.get() >= 3, "tried again and again");
    assertTrue(heard.isEmpty(), () -> "nothing said while down: " + heard);

    down.set(false);

    assertEquals(EVERYTHING, next());
    assertTrue(listener.listening());
  }

  @Test
  void theListenersConnectionIsNamedAndClosingItEndsIt() throws Exception {
    int pid = listener.backendPid();
    assertEquals(ChatChangeListener.APPLICATION_NAME,
        db.text("SELECT application_name FROM pg_stat_activity WHERE pid = " + pid));

    listener.close();

    assertEquals("0", awaitNoBackend(pid));
  }

  private static String awaitNoBackend(int pid) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    String count;
    do {
      count = db.text("SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid);
      if ("0".equals(count)) {
        return count;
      }
      Thread.sleep(20);
    } while (System.nanoTime() < deadline);
    return count;
  }
}

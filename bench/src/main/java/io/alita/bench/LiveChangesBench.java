package io.alita.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.alita.domain.cache.ChatChanges;
import io.alita.domain.model.ChatId;
import io.alita.postgres.config.ConnectionSettings;
import io.alita.postgres.config.DataSourceFactory;
import io.alita.postgres.config.DatabaseUrl;
import io.alita.postgres.config.PoolSettings;
import io.alita.postgres.connect.ConnectionOpener;
import io.alita.postgres.embedded.EmbeddedPostgresServer;
import io.alita.postgres.migration.MigrationOptions;
import io.alita.postgres.migration.MigrationRunner;
import io.alita.postgres.migration.MigrationSource;
import io.alita.postgres.notify.ChatChangeListener;
import io.alita.postgres.config.SslMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures how long a committed settings change takes to reach a worker: from the writer's {@code COMMIT} to the
 * listener's {@link ChatChanges#chatChanged} callback, through the real trigger, {@code NOTIFY} and
 * {@link ChatChangeListener}. The claim (issue 5) is "within a second". Prints a table; run with {@code make bench}.
 *
 * <p>Method: a PostgreSQL with the real migrations: the embedded one, with durable commits as {@code make run} has it,
 * or a scratch database named by {@code BENCH_DATABASE_URL} (never {@code DATABASE_URL}, so a bot's database is not
 * written to by accident; the run adds chats from {@code -99000000001} down and removes them at the end). Each change
 * inserts a blacklisted word for a chat of its own in a transaction, and the clock starts just before
 * {@code commit()}. After {@value #WARMUP} unmeasured changes, two scenarios of {@value #CHANGES} changes each: one at
 * a time (the next change waits for the previous callback), and {@value #WRITERS} writers committing back to back.
 */
public final class LiveChangesBench {

  private static final int WARMUP = 50;
  private static final int CHANGES = 200;
  private static final int WRITERS = 4;
  private static final long FIRST_CHAT = -99_000_000_000L;
  private static final long TIMEOUT_SECONDS = 30;
  /** Preferred; another free port is taken when it is busy. */
  private static final int EMBEDDED_PORT = 54398;

  /** When each chat's callback arrived (System.nanoTime), and who waits for it. */
  private final Map<Long, Long> heardAt = new ConcurrentHashMap<>();
  private final Map<Long, CountDownLatch> waiting = new ConcurrentHashMap<>();
  private final AtomicLong nextChat = new AtomicLong(FIRST_CHAT);
  private final HikariDataSource pool;

  private LiveChangesBench(HikariDataSource pool) {
    this.pool = pool;
  }

  public static void main(String[] args) throws Exception {
    String url = System.getenv("BENCH_DATABASE_URL");
    EmbeddedPostgresServer embedded = null;
    Path data = null;
    ConnectionSettings settings;
    String where;
    if (url != null && !url.isBlank()) {
      settings = DatabaseUrl.parse(url.strip());
      where = "BENCH_DATABASE_URL " + settings.redacted();
    } else {
      data = Files.createTempDirectory("alita-bench-pg");
      embedded = EmbeddedPostgresServer.start(data.resolve("postgres"), EMBEDDED_PORT, "alita_bench");
      settings = ConnectionSettings.of(embedded.host(), embedded.port(), embedded.database(),
          EmbeddedPostgresServer.USER, "", SslMode.DISABLE);
      where = "embedded PostgreSQL, durable commits (fsync and synchronous_commit on)";
    }
    try (HikariDataSource pool = DataSourceFactory.create(settings, PoolSettings.defaults(), "bench")) {
      MigrationRunner migrations = new MigrationRunner(pool, MigrationSource.resolve("migrations", false),
          MigrationOptions.defaults());
      if (!migrations.migrate().succeeded()) {
        throw new IllegalStateException("the migrations failed");
      }
      LiveChangesBench bench = new LiveChangesBench(pool);
      try {
        bench.run(settings, where);
      } finally {
        bench.removeChats();
      }
    } finally {
      if (embedded != null) {
        embedded.close();
        deleteTree(data);
      }
    }
  }

  private static void deleteTree(Path root) throws java.io.IOException {
    try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private void run(ConnectionSettings settings, String where) throws Exception {
    ChatChanges recorder = new ChatChanges() {
      @Override
      public void chatChanged(ChatId chat) {
        long now = System.nanoTime();
        heardAt.putIfAbsent(chat.value(), now);
        CountDownLatch latch = waiting.get(chat.value());
        if (latch != null) {
          latch.countDown();
        }
      }

      @Override
      public void everythingChanged() {
        // not part of the measurement: reported if it happens, since it means the connection dropped
        System.err.println("(the listener reconnected during the run)");
      }
    };
    try (ChatChangeListener listener = ChatChangeListener.start(ConnectionOpener.pgjdbc(), settings, recorder)) {
      if (!listener.listening()) {
        throw new IllegalStateException("the listener could not connect");
      }
      oneAtATime(WARMUP);
      long[] sequential = oneAtATime(CHANGES);
      long[] concurrent = concurrently(CHANGES, WRITERS);

      System.out.println("Live settings: from a writer's COMMIT to the worker's cache callback (LISTEN/NOTIFY)");
      System.out.println("(" + CHANGES + " changes per scenario after " + WARMUP + " warm-up changes; " + where
          + "; JDK " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
          + " cores)");
      System.out.println();
      System.out.printf(Locale.ROOT, "| %-28s | %9s | %9s | %9s | %9s |%n", "scenario", "p50 (ms)", "p95 (ms)",
          "p99 (ms)", "max (ms)");
      System.out.println("|------------------------------|-----------|-----------|-----------|-----------|");
      row("one change at a time", sequential);
      row(WRITERS + " writers, back to back", concurrent);
    }
  }

  /** Each change waits for the previous one's callback. */
  private long[] oneAtATime(int changes) throws Exception {
    long[] latencies = new long[changes];
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      for (int i = 0; i < changes; i++) {
        long chat = newChat(c);
        CountDownLatch heard = new CountDownLatch(1);
        waiting.put(chat, heard);
        long start = change(c, chat);
        if (!heard.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          throw new IllegalStateException("no callback for chat " + chat + " within " + TIMEOUT_SECONDS + " s");
        }
        latencies[i] = heardAt.get(chat) - start;
        waiting.remove(chat);
      }
    }
    return latencies;
  }

  /** {@code writers} threads commit their share back to back; every callback is awaited at the end. */
  private long[] concurrently(int changes, int writers) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(writers);
    try {
      CountDownLatch all = new CountDownLatch(changes);
      List<Future<List<long[]>>> results = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int share = changes / writers + (w < changes % writers ? 1 : 0);
        results.add(threads.submit(() -> {
          List<long[]> started = new ArrayList<>();
          try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            for (int i = 0; i < share; i++) {
              long chat = newChat(c);
              waiting.put(chat, all);
              started.add(new long[] {chat, change(c, chat)});
            }
          }
          return started;
        }));
      }
      List<long[]> started = new ArrayList<>();
      for (Future<List<long[]>> r : results) {
        started.addAll(r.get());
      }
      if (!all.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException(all.getCount() + " callbacks missing after " + TIMEOUT_SECONDS + " s");
      }
      return started.stream().mapToLong(s -> heardAt.get(s[0]) - s[1]).toArray();
    } finally {
      threads.shutdownNow();
    }
  }

  private void removeChats() throws SQLException {
    try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
      st.execute("DELETE FROM chats WHERE chat_name = 'bench' AND chat_id < " + FIRST_CHAT); // cascades
    }
  }

  /** A chat row of its own (committed, and not a settings table: no notification). */
  private long newChat(Connection c) throws SQLException {
    long chat = nextChat.decrementAndGet();
    try (Statement st = c.createStatement()) {
      st.execute("INSERT INTO chats (chat_id, chat_name) VALUES (" + chat + ", 'bench') ON CONFLICT DO NOTHING");
      st.execute("DELETE FROM blacklists WHERE chat_id = " + chat);
    }
    c.commit();
    heardAt.remove(chat);
    return chat;
  }

  /** Inserts a word for {@code chat} and commits; returns the time just before the commit. */
  private static long change(Connection c, long chat) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO blacklists (chat_id, word) VALUES (?, 'casino')")) {
      ps.setLong(1, chat);
      ps.executeUpdate();
    }
    long start = System.nanoTime();
    c.commit();
    return start;
  }

  private static void row(String scenario, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "| %-28s | %9.2f | %9.2f | %9.2f | %9.2f |%n", scenario, ms(percentile(sorted, 50)),
        ms(percentile(sorted, 95)), ms(percentile(sorted, 99)), ms(sorted[sorted.length - 1]));
  }

  /** Nearest rank. */
  private static long percentile(long[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}

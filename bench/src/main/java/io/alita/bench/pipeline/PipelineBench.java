package io.alita.bench.pipeline;

import com.zaxxer.hikari.HikariDataSource;
import io.alita.postgres.config.ConnectionSettings;
import io.alita.postgres.config.DataSourceFactory;
import io.alita.postgres.config.DatabaseUrl;
import io.alita.postgres.config.PoolSettings;
import io.alita.postgres.config.SslMode;
import io.alita.postgres.embedded.EmbeddedPostgresServer;
import io.alita.postgres.migration.MigrationOptions;
import io.alita.postgres.migration.MigrationRunner;
import io.alita.postgres.migration.MigrationSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The end-to-end pipeline benchmark (issue 13): the real worker ({@code app/target/alita.jar worker}) as a child
 * process, in webhook mode and in long polling, against a bench-only Bot API ({@link BenchBotApi}), with 200 groups
 * each holding 500 blacklisted words, 150 filters, the url lock, a flood limit of 100 and captcha on, and 100,000
 * members; compared, in the same run, with a bare Javalin + Jackson endpoint ({@link BareEndpoint}) that only parses
 * the update. Prints one table per mode with the targets. Run with {@code make bench} ({@code BENCH_QUICK=1} for a
 * short run); see README "Benchmarks" and docs/decisions/0036.
 *
 * <p>Environment: {@code BENCH_DATABASE_URL} (a scratch PostgreSQL; else an embedded one in a temporary directory),
 * {@code BENCH_JVM_FLAGS} (the child JVMs' flags; {@code make bench} passes the ones {@code make run} uses),
 * {@code BENCH_JAR} (default {@code app/target/alita.jar}), {@code BENCH_QUICK=1}, {@code BENCH_MODES} (any of
 * {@code bare,webhook,polling}, comma-separated; default all three).
 */
public final class PipelineBench {

  static final int CONNECTIONS = 40;
  static final int BLACKLIST_WORDS = 500;
  static final int FILTERS = 150;
  static final int FLOOD_LIMIT = 100;
  static final String SECRET = "bench_webhook_secret";
  /** PostgreSQL publishes a backend's counters within 10 s of its last transaction (PGSTAT_IDLE_INTERVAL). */
  static final Duration STATS_SETTLE = Duration.ofSeconds(11);
  private static final int EMBEDDED_PORT = 54397;

  private final Duration warmup;
  private final Duration window;
  private final List<String> jvmFlags;
  private final Path jar;
  private final Path workDir;
  private final String databaseUrl;
  private final HikariDataSource pool;
  private final AtomicLong updateIds = new AtomicLong(1);

  private PipelineBench(Duration warmup, Duration window, List<String> jvmFlags, Path jar, Path workDir,
      String databaseUrl, HikariDataSource pool) {
    this.warmup = warmup;
    this.window = window;
    this.jvmFlags = jvmFlags;
    this.jar = jar;
    this.workDir = workDir;
    this.databaseUrl = databaseUrl;
    this.pool = pool;
  }

  /** One mode's figures. */
  record Result(String mode, double updatesPerSecond, Latencies latencies, long failures, String lastFailure,
      double transactionsPerUpdate, double botApiCallsPerUpdate, Map<String, Long> botApiCalls,
      ProcessProbe.Memory memory, long logBytesInWindow, Map<String, Long> rowsWritten) {}

  public static void main(String[] args) throws Exception {
    boolean quick = "1".equals(System.getenv("BENCH_QUICK"));
    Duration warmup = Duration.ofSeconds(Long.parseLong(env("BENCH_WARMUP_SECONDS", quick ? "5" : "20")));
    Duration window = Duration.ofSeconds(Long.parseLong(env("BENCH_WINDOW_SECONDS", quick ? "10" : "45")));
    String flags = env("BENCH_JVM_FLAGS", "");
    List<String> jvmFlags = flags.isBlank() ? List.of() : Arrays.asList(flags.strip().split("\\s+"));
    Path jar = Path.of(env("BENCH_JAR", "app/target/alita.jar")).toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      System.err.println("PipelineBench: " + jar + " is missing; build it first (make build)");
      System.exit(2);
    }
    List<String> modes = Arrays.asList(env("BENCH_MODES", "bare,webhook,polling").split(","));

    Deque<AutoCloseable> cleanup = new ArrayDeque<>();
    Thread hook = new Thread(() -> closeAll(cleanup), "bench-cleanup");
    Runtime.getRuntime().addShutdownHook(hook);
    String loadBefore = loadAverage();
    try {
      Path workDir = Files.createTempDirectory("alita-pipeline-bench");
      cleanup.push(() -> deleteTree(workDir));
      String url = System.getenv("BENCH_DATABASE_URL");
      ConnectionSettings settings;
      String databaseUrl;
      String where;
      if (url != null && !url.isBlank()) {
        databaseUrl = url.strip();
        settings = DatabaseUrl.parse(databaseUrl);
        where = "BENCH_DATABASE_URL " + settings.redacted();
      } else {
        EmbeddedPostgresServer embedded = EmbeddedPostgresServer.start(workDir.resolve("postgres"), EMBEDDED_PORT,
            "alita_bench");
        cleanup.push(embedded);
        settings = ConnectionSettings.of(embedded.host(), embedded.port(), embedded.database(),
            EmbeddedPostgresServer.USER, "", SslMode.DISABLE);
        databaseUrl = "postgres://" + EmbeddedPostgresServer.USER + "@" + embedded.host() + ":" + embedded.port()
            + "/" + embedded.database() + "?sslmode=disable";
        where = "embedded PostgreSQL, durable commits";
      }
      HikariDataSource pool = DataSourceFactory.create(settings, PoolSettings.defaults(), "bench");
      cleanup.push(pool);
      if (!new MigrationRunner(pool, MigrationSource.resolve("migrations", false), MigrationOptions.defaults())
          .migrate().succeeded()) {
        throw new IllegalStateException("the migrations failed");
      }
      PipelineBench bench = new PipelineBench(warmup, window, jvmFlags, jar, workDir, databaseUrl, pool);
      long seeding = System.nanoTime();
      bench.removeSeed();
      cleanup.push(bench::removeSeed);
      bench.seed();
      System.err.printf(Locale.ROOT, "(seeded in %.1f s)%n", (System.nanoTime() - seeding) / 1e9);

      Map<String, Result> results = new LinkedHashMap<>();
      for (String mode : modes) {
        switch (mode.strip()) {
          case "bare" -> results.put("bare", bench.bare());
          case "webhook" -> results.put("webhook", bench.worker(false));
          case "polling" -> results.put("polling", bench.worker(true));
          default -> throw new IllegalArgumentException("BENCH_MODES: unknown mode '" + mode + "'");
        }
      }
      bench.print(results, where, loadBefore);
    } finally {
      closeAll(cleanup);
      Runtime.getRuntime().removeShutdownHook(hook);
    }
  }

  // ---------------------------------------------------------------- the runs

  private Result bare() throws Exception {
    int port = freePort();
    List<String> command = new ArrayList<>(javaCommand());
    command.add("-cp");
    // Absolute: the child runs in the bench's temporary directory.
    command.add(Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .map(entry -> Path.of(entry).toAbsolutePath().toString())
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator)));
    command.add(BareEndpoint.class.getName());
    command.add(Integer.toString(port));
    command.add(SECRET);
    try (ChildProcess child = ChildProcess.start("bare-endpoint", command, Map.of(), workDir)) {
      child.awaitReady("http://127.0.0.1:" + port + "/health", () -> true, Duration.ofSeconds(60));
      return webhookRun("bare endpoint", child, port, null);
    }
  }

  private Result worker(boolean polling) throws Exception {
    int port = freePort();
    try (BenchBotApi api = BenchBotApi.start()) {
      Phase phase = new Phase();
      PollFeed feed = polling ? new PollFeed(updateIds, phase) : null;
      api.feed(feed);
      Map<String, String> env = new LinkedHashMap<>();
      env.put("BOT_TOKEN", BenchBotApi.TOKEN);
      env.put("API_SERVER", api.baseUrl());
      env.put("DATABASE_URL", databaseUrl);
      env.put("AUTO_MIGRATE", "false");
      env.put("HTTP_PORT", Integer.toString(port));
      if (!polling) {
        env.put("USE_WEBHOOKS", "true");
        env.put("WEBHOOK_DOMAIN", "https://bench.invalid");
        env.put("WEBHOOK_SECRET", SECRET);
      }
      List<String> command = new ArrayList<>(javaCommand());
      command.add("-jar");
      command.add(jar.toString());
      command.add("worker");
      String name = polling ? "worker-polling" : "worker-webhook";
      try (ChildProcess child = ChildProcess.start(name, command, env, workDir)) {
        System.err.println("(" + child + " starting; its log: " + workDir.resolve(name + ".log") + ")");
        child.awaitReady("http://127.0.0.1:" + port + "/health",
            polling ? () -> api.calls("getUpdates") > 0 : () -> api.webhookRegistrations() > 0,
            Duration.ofSeconds(180));
        return polling ? pollingRun(child, api, feed, phase) : webhookRun("webhook", child, port, api);
      }
    }
  }

  private Result webhookRun(String mode, ChildProcess child, int port, BenchBotApi api) throws Exception {
    Phase phase = new Phase();
    WebhookLoad load = new WebhookLoad("127.0.0.1", port, SECRET, updateIds, phase);
    if (!"0".equals(System.getenv("BENCH_PRIME"))) {
      long priming = System.nanoTime();
      load.prime();
      System.err.printf(Locale.ROOT, "(%s: one message in each of the %d groups took %.1f s)%n", mode,
          UpdateFactory.GROUPS, (System.nanoTime() - priming) / 1e9);
    }
    load.start(CONNECTIONS);
    Thread.sleep(warmup.toMillis());
    Snapshot before = snapshot(child, api);
    phase.startWindow();
    Thread.sleep(window.toMillis());
    phase.stop();
    long logAfter = child.logBytes();
    load.join();
    ProcessProbe.Memory memory = ProcessProbe.read(child.pid());
    long updates = load.okInWindow();
    Snapshot after = settled(child, api);
    return result(mode, updates / phase.windowSeconds(), load.latencies(), load.failures(), load.lastFailure(),
        before, after, updates, memory, logAfter - before.logBytes);
  }

  private Result pollingRun(ChildProcess child, BenchBotApi api, PollFeed feed, Phase phase) throws Exception {
    long priming = System.nanoTime();
    long primingDeadline = priming + Duration.ofMinutes(5).toNanos();
    while (!feed.primed() && System.nanoTime() < primingDeadline && child.alive()) {
      Thread.sleep(50);
    }
    System.err.printf(Locale.ROOT, "(long polling: the batches with one message in each of the %d groups took "
        + "%.1f s%s)%n", UpdateFactory.GROUPS, (System.nanoTime() - priming) / 1e9, feed.primed() ? "" : ", unfinished");
    Thread.sleep(warmup.toMillis());
    Snapshot before = snapshot(child, api);
    phase.startWindow();
    Thread.sleep(window.toMillis());
    // The feed stops only after the batches in flight were acknowledged: one more poll, then it holds empty polls.
    long polls = feed.polls();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (feed.polls() < polls + 1 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    phase.stop();
    long logAfter = child.logBytes();
    ProcessProbe.Memory memory = ProcessProbe.read(child.pid());
    long updates = feed.acknowledgedInWindow();
    Snapshot after = settled(child, api);
    return result("long polling", updates / phase.windowSeconds(), feed.latencies(), 0, "", before, after, updates,
        memory, logAfter - before.logBytes);
  }

  private record Snapshot(long transactions, Map<String, Long> calls, long logBytes, Map<String, Long> rows) {}

  private Snapshot snapshot(ChildProcess child, BenchBotApi api) throws SQLException {
    return new Snapshot(transactions(), api == null ? Map.of() : api.snapshot(), child.logBytes(), rowsWritten());
  }

  /** Rows inserted, updated and deleted so far, by table (pg_stat_user_tables): where the transactions went. */
  private Map<String, Long> rowsWritten() throws SQLException {
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Connection c = pool.getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT relname, n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_user_tables")) {
      while (rs.next()) {
        rows.put(rs.getString(1), rs.getLong(2));
      }
    }
    return rows;
  }

  /** After the statistics of the window's last transactions reached pg_stat_database. */
  private Snapshot settled(ChildProcess child, BenchBotApi api) throws Exception {
    Thread.sleep(STATS_SETTLE.toMillis());
    if (!child.alive()) {
      System.err.println("(" + child + " exited during the run:)\n" + child.tail(40));
    }
    return snapshot(child, api);
  }

  private Result result(String mode, double rate, Latencies latencies, long failures, String lastFailure,
      Snapshot before, Snapshot after, long updates, ProcessProbe.Memory memory, long logBytes) {
    Map<String, Long> calls = new LinkedHashMap<>();
    long total = 0;
    for (Map.Entry<String, Long> e : after.calls.entrySet()) {
      long n = e.getValue() - before.calls.getOrDefault(e.getKey(), 0L);
      if (n > 0 && !e.getKey().equals("getupdates")) {
        calls.put(e.getKey(), n);
        total += n;
      }
    }
    // Two transactions of the delta are the bench's own readings (the counter, the tables' counts).
    long transactions = Math.max(0, after.transactions - before.transactions - 2);
    Map<String, Long> rows = new LinkedHashMap<>();
    after.rows.forEach((table, n) -> {
      long d = n - before.rows.getOrDefault(table, 0L);
      if (d > 0) {
        rows.put(table, d);
      }
    });
    double perUpdate = updates == 0 ? 0 : 1.0 / updates;
    return new Result(mode, rate, latencies, failures, lastFailure, transactions * perUpdate, total * perUpdate, calls,
        memory, logBytes, rows);
  }

  /** Committed and rolled-back transactions of the bench database so far. */
  private long transactions() throws SQLException {
    try (Connection c = pool.getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT xact_commit + xact_rollback FROM pg_stat_database "
            + "WHERE datname = current_database()")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private List<String> javaCommand() {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmFlags);
    return command;
  }

  // ---------------------------------------------------------------- the data

  /**
   * 200 groups as the bot keeps them (chats, settings rows), 500 blacklisted words and 150 text filters each, and
   * 100,000 members (users, chat_users), generated in the database. No generated word or keyword occurs in the load's
   * messages.
   */
  private void seed() throws SQLException {
    long g0 = UpdateFactory.group(1) + 1; // group(i) = g0 - i
    long m0 = UpdateFactory.member(0);
    String groups = "FROM generate_series(1, " + UpdateFactory.GROUPS + ") g";
    try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
      c.setAutoCommit(false);
      st.execute("INSERT INTO chats (chat_id, chat_name, chat_type) SELECT " + g0 + " - g, 'Bench group ' || g, "
          + "'supergroup' " + groups);
      st.execute("INSERT INTO users (user_id, username, name) SELECT " + m0 + " + k, 'bench_member_' || k, "
          + "'Member ' || k FROM generate_series(0, " + (UpdateFactory.MEMBERS - 1) + ") k");
      st.execute("INSERT INTO chat_users (chat_id, user_id) SELECT " + g0 + " - (k % " + UpdateFactory.GROUPS
          + " + 1), " + m0 + " + k FROM generate_series(0, " + (UpdateFactory.MEMBERS - 1) + ") k");
      st.execute("INSERT INTO blacklist_settings (chat_id, action) SELECT " + g0 + " - g, 'warn' " + groups);
      st.execute("INSERT INTO blacklists (chat_id, word) SELECT " + g0 + " - g, 'blocked' || w " + groups
          + ", generate_series(1, " + BLACKLIST_WORDS + ") w");
      st.execute("INSERT INTO locks (chat_id, lock_type, locked) SELECT " + g0 + " - g, 'url', true " + groups);
      st.execute("INSERT INTO antiflood_settings (chat_id, flood_limit) SELECT " + g0 + " - g, " + FLOOD_LIMIT + " "
          + groups);
      st.execute("INSERT INTO captcha_settings (chat_id, enabled) SELECT " + g0 + " - g, true " + groups);
      st.execute("INSERT INTO filters (chat_id, keyword, filter_reply, msgtype) SELECT " + g0 + " - g, "
          + "'trigger' || f, 'Filter reply number ' || f, 1 " + groups + ", generate_series(1, " + FILTERS + ") f");
      c.commit();
      st.execute("ANALYZE");
    }
  }

  /** Everything the seed and the runs left (deleting the chats and users cascades). */
  private void removeSeed() throws SQLException {
    long g0 = UpdateFactory.group(1) + 1;
    long m0 = UpdateFactory.member(0);
    try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
      st.execute("DELETE FROM chats WHERE chat_id BETWEEN " + (g0 - UpdateFactory.GROUPS) + " AND " + (g0 - 1));
      st.execute("DELETE FROM users WHERE user_id BETWEEN " + BenchBotApi.OWNER + " AND "
          + (m0 + UpdateFactory.MEMBERS));
    }
  }

  // ---------------------------------------------------------------- the tables

  private void print(Map<String, Result> results, String where, String loadBefore) {
    Result bare = results.get("bare");
    System.out.println("Pipeline: the real worker end to end (" + jar.getFileName() + " worker, a child process)");
    System.out.printf(Locale.ROOT, "(%d groups x %d blacklisted words, %d filters, url lock, flood limit %d, captcha "
            + "on; %,d members; ordinary messages; webhook: %d keep-alive connections; warm-up %d s, window %d s; "
            + "%s; JVM flags: %s; JDK %s, %d cores; load average %s before, %s after)%n",
        UpdateFactory.GROUPS, BLACKLIST_WORDS, FILTERS, FLOOD_LIMIT, UpdateFactory.MEMBERS, CONNECTIONS,
        warmup.toSeconds(), window.toSeconds(), where, jvmFlags.isEmpty() ? "(JVM defaults)" : String.join(" ",
            jvmFlags), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), loadBefore,
        loadAverage());
    for (Result r : results.values()) {
      System.out.println();
      table(r, r == bare, bare);
    }
  }

  /** @param bare the bare endpoint's result, null when it was not run (then no ratio) */
  private static void table(Result r, boolean isBare, Result bare) {
    boolean worker = !isBare;
    System.out.printf(Locale.ROOT, "| %-34s | %16s | %12s | %-7s |%n", r.mode(), "measured", "target", "");
    System.out.println("|------------------------------------|------------------|--------------|---------|");
    row("updates/s", String.format(Locale.ROOT, "%,.0f", r.updatesPerSecond()), "", "");
    if (worker && bare != null) {
      double ratio = bare.updatesPerSecond() == 0 ? 0 : r.updatesPerSecond() / bare.updatesPerSecond();
      row("ratio to the bare endpoint", String.format(Locale.ROOT, "%.2f", ratio), ">= 0.60", verdict(ratio >= 0.6));
    }
    row("p50 latency (ms)", ms(r.latencies().percentileMillis(50)), "", "");
    double p99 = r.latencies().percentileMillis(99);
    row("p99 latency (ms)", ms(p99), worker ? "<= 10" : "", worker ? verdict(p99 <= 10) : "");
    row("max latency (ms)", ms(r.latencies().maxMillis()), "", "");
    if (worker) {
      row("DB transactions per update", String.format(Locale.ROOT, "%.4f", r.transactionsPerUpdate()), "<= 0.001",
          verdict(r.transactionsPerUpdate() <= 0.001));
      row("Bot API calls per update", String.format(Locale.ROOT, "%.4f", r.botApiCallsPerUpdate()), "<= 0.001",
          verdict(r.botApiCallsPerUpdate() <= 0.001));
    }
    ProcessProbe.Memory m = r.memory();
    row("heap used / committed (MB)", mb(m.heapUsed()) + " / " + mb(m.heapCommitted()), "", "");
    row("resident size (MB; peak)", mb(m.rssBytes()) + " (" + mb(m.peakRssBytes()) + ")", worker ? "<= 512" : "",
        worker ? verdict(m.rssBytes() >= 0 && m.rssBytes() <= 512L * 1024 * 1024) : "");
    row("failed requests", Long.toString(r.failures()), "0", verdict(r.failures() == 0));
    if (worker) {
      row("log written in the window (KB)", Long.toString(Math.max(0, r.logBytesInWindow()) / 1024), "", "");
    }
    if (!r.rowsWritten().isEmpty()) {
      System.out.println("Rows written in the window, by table: " + r.rowsWritten());
    }
    if (!r.botApiCalls().isEmpty()) {
      System.out.println("Bot API calls in the window: " + r.botApiCalls());
    }
    if (r.failures() > 0) {
      System.out.println("last failure: " + r.lastFailure());
    }
  }

  private static void row(String name, String measured, String target, String verdict) {
    System.out.printf(Locale.ROOT, "| %-34s | %16s | %12s | %-7s |%n", name, measured, target, verdict);
  }

  private static String verdict(boolean met) {
    return met ? "MET" : "NOT MET";
  }

  private static String ms(double millis) {
    return String.format(Locale.ROOT, "%.2f", millis);
  }

  private static String mb(long bytes) {
    return bytes < 0 ? "?" : Long.toString(bytes / (1024 * 1024));
  }

  // ---------------------------------------------------------------- plumbing

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "?";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void closeAll(Deque<AutoCloseable> cleanup) {
    synchronized (cleanup) {
      while (!cleanup.isEmpty()) {
        try {
          cleanup.pop().close();
        } catch (Exception e) {
          System.err.println("(cleanup: " + e + ")");
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

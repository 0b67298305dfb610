package io.alita.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.alita.app.config.Environment;
import io.alita.app.e2e.DatabaseOutage;
import io.alita.postgres.connect.Backoff;
import io.alita.postgres.connect.ConnectionOpener;
import io.alita.postgres.connect.DatabaseConnector;
import io.alita.postgres.testing.TestDatabase;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeUser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Fault suite (issue 13): the database down when the worker starts. The worker role, through {@link Main} as
 * {@code java -jar alita.jar worker} runs it, with {@code DATABASE_URL} pointing at a port where PostgreSQL is stopped
 * (a proxy in front of the test server, closed). The real pgjdbc connector and the original's schedule (5 attempts, 1,
 * 2, 4 and 8 s apart); only the waiting is recorded instead of slept, so the test takes milliseconds. Either the
 * attempts run out and the process ends with the seed's message and hints, or the database comes back during the
 * retries and the worker starts as usual.
 */
class DatabaseDownAtStartTest {

  static final FakeChat GROUP = FakeChat.supergroup(-1001000000501L, "Start group");
  static final FakeUser MEMBER = FakeUser.of(51, "Mo", "mo_member");

  @TempDir Path dir;

  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final List<Duration> waits = new ArrayList<>();
  private FakeBotApi api;
  private TestDatabase.Coordinates db;
  private DatabaseOutage database;

  @BeforeEach
  void start() throws IOException {
    log.start();
    root.addAppender(log);
    api = FakeBotApi.start();
    api.setLongPollCap(Duration.ofMillis(500));
    api.setChat(GROUP);
    db = TestDatabase.create();
    database = new DatabaseOutage(db.host(), db.port());
    database.stop(); // PostgreSQL is down: its port refuses connections
  }

  @AfterEach
  void stop() throws IOException {
    root.detachAppender(log);
    database.close();
    api.close();
  }

  /**
   * For the database that stays down: port 1, below every ephemeral port range, so no socket of this JVM (a proxy
   * or server bound to port 0, a client's own end) can ever take it, while a port freed by closing a proxy can be
   * bound again by the next thing that asks for any port and then answer in the database's place.
   */
  private static final int NOTHING_LISTENS = 1;

  private Map<String, String> env() throws Exception {
    return env(database.port());
  }

  private Map<String, String> env(int port) throws Exception {
    Map<String, String> env = new HashMap<>(TestApps.workerEnv(db, api));
    env.put("DATABASE_URL", "postgres://" + db.user() + ":" + db.password() + "@127.0.0.1:" + port + "/"
        + db.database() + "?sslmode=disable");
    return env;
  }

  private List<String> logged(Level level, String loggerEnd) {
    return log.list.stream().filter(e -> e.getLevel() == level && e.getLoggerName().endsWith(loggerEnd))
        .map(ILoggingEvent::getFormattedMessage).toList();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aWorkerWhoseDatabaseStaysDownRetriesFiveTimesThenStopsWithTheSeedsMessage() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    DatabaseConnector connector = new DatabaseConnector(ConnectionOpener.pgjdbc(), Backoff.STANDARD, waits::add);
    Main main = new Main(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), dir.resolve("data"), connector);
    Map<String, String> env = env(NOTHING_LISTENS);

    int exit = main.execute(Environment.of(env), "worker");

    assertEquals(1, exit);
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8)),
        waits, "the original's schedule");
    List<String> retries = logged(Level.WARN, "DatabaseConnector");
    assertEquals(4, retries.size(), retries.toString());
    String[] in = {"1 s", "2 s", "4 s", "8 s"};
    for (int i = 0; i < 4; i++) {
      assertTrue(retries.get(i).endsWith("not ready (Failed to connect to database: connection refused), attempt "
          + (i + 1) + " of 5; retrying in " + in[i]), retries.get(i));
    }
    // The seed's troubleshooting entry (docs "Database Configuration"), word for word, with its hints.
    assertEquals(List.of("Failed to connect to database: connection refused\n"
        + "  - Verify PostgreSQL is running\n"
        + "  - Check host and port in DATABASE_URL\n"
        + "  - Ensure firewall allows connections on port " + NOTHING_LISTENS), logged(Level.ERROR, "Main"));
    ILoggingEvent last = log.list.stream().filter(e -> e.getLevel() == Level.ERROR).findFirst().orElseThrow();
    assertNull(last.getThrowableProxy(), "no stack trace");
    assertTrue(api.calls().isEmpty(), "nothing started: no Bot API call " + api.calls());
    try (ServerSocket free = new ServerSocket(Integer.parseInt(env.get("HTTP_PORT")))) {
      assertTrue(free.isBound(), "no HTTP server was left behind");
    }
  }

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS) // a whole worker starts, on a busy machine
  void aDatabaseThatComesBackDuringTheRetriesIsUsedAndTheWorkerServes() throws Exception {
    DatabaseConnector connector = new DatabaseConnector(ConnectionOpener.pgjdbc(), Backoff.STANDARD, wait -> {
      waits.add(wait);
      if (waits.size() == 2) {
        try {
          database.restart(); // PostgreSQL is back before the third attempt
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
    });

    try (TestApps.Running worker = TestApps.start(env(), Command.Kind.WORKER, connector)) {
      api.updates().command(GROUP, MEMBER, "/id");
      api.awaitCall("sendmessage", c -> c.succeeded() && c.param("text").contains(String.valueOf(MEMBER.id())),
          Duration.ofSeconds(30));
    }
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), waits, "two retries, then connected");
    assertEquals(2, logged(Level.WARN, "DatabaseConnector").size(), log.list.toString());
    assertTrue(logged(Level.INFO, "DatabaseConnector").stream().anyMatch(m -> m.startsWith("Connected to PostgreSQL")),
        logged(Level.INFO, "DatabaseConnector").toString());
  }
}

package io.alita.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.alita.app.TestApps;
import io.alita.postgres.testing.TestDatabase;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeMembers;
import io.alita.telegram.fakeapi.FakeUser;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fault suite: the worker, a process of its own, is killed with SIGKILL in the middle of a batch of updates and
 * started again. Every update is applied exactly once: the warns of the batch are all counted, none twice, and every
 * update is recorded as applied. The fake Bot API answers each sendMessage after 100 ms, so the batch of 30 warns takes
 * seconds and the kill falls in its middle. Telegram may already have been told to forget updates the worker had
 * only kept in its inbox (decision 0019): the second worker finds them there, the rest Telegram delivers again.
 */
class WorkerKilledEndToEndTest {

  static final FakeChat GROUP = FakeChat.supergroup(-1001000000501L, "Killed worker group");
  static final FakeUser ADMIN = FakeUser.of(51, "Ada", "ada_admin");
  static final FakeUser WARNED = FakeUser.of(52, "Wendy", "wendy");
  static final int WARNS = 30;
  static final Duration WAIT = Duration.ofSeconds(90);

  FakeBotApi api;
  TestDatabase.Coordinates db;
  Process worker;

  @BeforeEach
  void start() throws Exception {
    api = FakeBotApi.start();
    api.setLongPollCap(Duration.ofMillis(500));
    api.setChat(GROUP);
    api.setChatMember(GROUP.id(), FakeMembers.fullAdministrator(ADMIN));
    api.setChatMember(GROUP.id(), FakeMembers.member(WARNED));
    db = TestDatabase.create();
  }

  @AfterEach
  void stop() throws Exception {
    if (worker != null) {
      worker.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    api.close();
  }

  /** The worker as its own JVM, on this test's classpath (`alita worker`), its output in target/. */
  private Process startWorker(String name) throws Exception {
    Map<String, String> env = TestApps.workerEnv(db, api);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        "io.alita.app.Main", "worker");
    pb.environment().putAll(env);
    pb.environment().remove("DATABASE_URL_FILE");
    Path log = Path.of("target", "worker-killed-" + name + ".log");
    Files.createDirectories(log.getParent());
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    pb.directory(new File(".").getAbsoluteFile());
    return pb.start();
  }

  private int warns() {
    String n = db.text("SELECT num_warns FROM warns_users WHERE user_id = " + WARNED.id() + " AND chat_id = "
        + GROUP.id());
    return n == null || n.isEmpty() ? 0 : Integer.parseInt(n);
  }

  private void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (!worker.isAlive()) {
        throw new AssertionError("the worker exited (" + worker.exitValue() + ") while waiting for " + what);
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + WAIT + ": " + what);
      }
      Thread.sleep(20);
    }
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS) // fault suite: bounded in time
  void aWorkerKilledInTheMiddleOfABatchAppliesEveryUpdateExactlyOnceWhenStartedAgain() throws Exception {
    worker = startWorker("first");
    int setLimit = api.updates().command(GROUP, ADMIN, "/setwarnlimit 100").get("update_id").asInt();
    await("the warn limit is set", () -> api.calls("sendmessage").stream()
        .anyMatch(c -> String.valueOf(c.param("text")).contains("warn limit is now")));
    api.awaitConfirmed(setLimit, WAIT);

    api.delay("sendmessage", Duration.ofMillis(100));
    JsonNode spam = api.updates().text(GROUP, WARNED, "buy cheap followers").get("message");
    List<Integer> updates = new ArrayList<>();
    for (int i = 1; i <= WARNS; i++) {
      updates.add(api.updates().commandReply(GROUP, ADMIN, "/warn spam " + i, spam).get("update_id").asInt());
    }
    await("a third of the batch applied", () -> warns() >= WARNS / 3);
    worker.destroyForcibly(); // SIGKILL: no shutdown hook, no drain, nothing confirmed after this
    assertTrue(worker.waitFor(30, TimeUnit.SECONDS), "the killed worker is gone");
    int atTheKill = warns();
    assertTrue(atTheKill < WARNS, "killed in the middle of the batch (" + atTheKill + " of " + WARNS + " applied)");

    api.delay("sendmessage", Duration.ZERO);
    worker = startWorker("second");
    api.awaitConfirmed(updates.get(WARNS - 1), WAIT);
    await("every warn applied", () -> warns() >= WARNS);

    assertEquals(WARNS, warns(), "each warn counted once");
    String applied = db.text("SELECT count(*) FROM processed_events WHERE event_key IN ("
        + String.join(",", updates.stream().map(id -> "'u" + id + "'").toList()) + ")");
    assertEquals(String.valueOf(WARNS), applied, "every update recorded as applied, once");
  }
}

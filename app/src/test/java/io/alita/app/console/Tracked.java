package io.alita.app.console;

import io.alita.postgres.testing.TestDatabase;
import io.alita.telegram.fakeapi.FakeUser;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Waits for the bot's passive tracking, which writes who it saw in batches (every few seconds). The console asks
 * Telegram about a group admin only for the groups recorded for them, so a test must wait for the record before a
 * group admin signs in.
 */
public final class Tracked {

  private Tracked() {}

  /** Returns once every one of {@code users} is recorded in some group, or fails after {@code wait}. */
  public static void awaitInAGroup(TestDatabase.Coordinates db, Duration wait, FakeUser... users)
      throws InterruptedException {
    String ids = Arrays.stream(users).map(u -> Long.toString(u.id())).collect(Collectors.joining(", "));
    String expected = Integer.toString(users.length);
    long deadline = System.nanoTime() + wait.toNanos();
    while (!expected.equals(db.text("SELECT count(DISTINCT user_id) FROM chat_users WHERE user_id IN (" + ids + ")"))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the bot did not record users " + ids + " in a group within " + wait);
      }
      Thread.sleep(100);
    }
  }
}

package io.alita.telegram.update;

import io.alita.domain.action.ActionResult;
import io.alita.domain.action.ChatActionPort;
import io.alita.domain.action.Effects;
import io.alita.domain.dispatch.EventHandler;
import io.alita.domain.dispatch.Outcome;
import io.alita.domain.dispatch.UpdateInbox;
import io.alita.domain.update.Incoming;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Building blocks for tests of the {@link UpdateIntake} and the transports on top of it: intakes with test settings,
 * handlers that record what they were given, and waiting with a deadline (never a bare sleep).
 */
public final class IntakeFixtures {

  /** Retries that a test can sit through: 10 ms doubling to 40 ms, 3 attempts for an event that fails by itself. */
  public static final RetryPolicy QUICK_RETRY = new RetryPolicy(Duration.ofMillis(10), Duration.ofMillis(40), 3);

  /** Long enough that nothing is kept unless a test waits on purpose for it. */
  public static final Duration NEVER_KEPT = Duration.ofSeconds(30);

  /** Carries nothing out (every action "done"). */
  public static final ChatActionPort NO_ACTIONS = action -> new ActionResult.Done();

  private IntakeFixtures() {}

  public static UpdateIntake.Settings settings(int workers, Duration keepAfter) {
    return UpdateIntake.Settings.standard().withWorkers(workers).withKeepAfter(keepAfter).withRetry(QUICK_RETRY);
  }

  public static UpdateIntake intake(EventHandler handler, ChatActionPort actions, UpdateInbox inbox,
      UpdateIntake.Settings settings) {
    return new UpdateIntake(new UpdateMapper(), handler, actions, inbox, IntakeMonitor.NONE, settings,
        Clock.systemUTC());
  }

  /** A handler that runs {@code body} and then reports the event handled with no effects. */
  public static EventHandler recording(Consumer<Incoming> body) {
    return event -> {
      body.accept(event);
      return new Outcome.Handled(new Effects());
    };
  }

  /** The text of a message event. */
  public static String text(Incoming event) {
    return ((Incoming.Message) event).message().text();
  }

  /** Waits until {@code condition} holds, checking every few milliseconds; fails with {@code what} otherwise. */
  public static void awaitTrue(BooleanSupplier condition, Duration timeout, String what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("expected " + what + " within " + timeout);
      }
      try {
        Thread.sleep(2); // polling for a condition, not waiting for time to pass
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + what, e);
      }
    }
  }
}

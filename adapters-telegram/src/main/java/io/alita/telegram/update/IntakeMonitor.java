package io.alita.telegram.update;

import io.alita.domain.dispatch.Outcome;
import io.alita.domain.update.Incoming;

/** Told what the intake does, for {@code /metrics}. Called on intake threads; must be cheap and never throw. */
public interface IntakeMonitor {

  IntakeMonitor NONE = new IntakeMonitor() { };

  /** One attempt at {@code event} came out as {@code outcome}, after {@code nanos} of deciding. */
  default void decided(Incoming event, Outcome outcome, long nanos) { }

  /** {@code event} is tried again after its {@code attempt}-th attempt. */
  default void retrying(Incoming event, int attempt) { }

  /** {@code event} failed {@code attempts} times and was given up. */
  default void gaveUp(Incoming event, int attempts) { }

  /** {@code count} unfinished updates were kept in the inbox so their batch could be confirmed. */
  default void kept(int count) { }
}

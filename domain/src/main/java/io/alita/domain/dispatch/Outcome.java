package io.alita.domain.dispatch;

import io.alita.domain.action.Effects;
import java.util.Objects;

/** What came of dispatching one event: what the pipeline carries out, retries or drops. */
public sealed interface Outcome {

  /** Decided, and its writes (if any) committed: carry out {@code effects}. */
  record Handled(Effects effects) implements Outcome {
    public Handled {
      Objects.requireNonNull(effects, "effects");
    }
  }

  /** Applied before (a redelivery): nothing to do, nothing to send. */
  record Repeat() implements Outcome {}

  /** The database could not be reached; nothing was committed. Worth trying again, for as long as it takes. */
  record Unavailable(StoreUnavailable cause) implements Outcome {
    public Unavailable {
      Objects.requireNonNull(cause, "cause");
    }
  }

  /**
   * The event failed as a whole (its transaction could not commit); nothing was committed. Worth a few more tries; an
   * event that fails every time is given up.
   */
  record Failed(RuntimeException cause) implements Outcome {
    public Failed {
      Objects.requireNonNull(cause, "cause");
    }
  }

  Outcome REPEAT = new Repeat();
}

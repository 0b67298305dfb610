package io.alita.telegram.send;

import java.time.Duration;
import java.util.Objects;

/** What {@link OutboundRateLimiter} should do with a failed call, as decided by a {@link TelegramErrorClassifier}. */
public sealed interface ErrorVerdict {

  /** Let the exception propagate unchanged: an outage, a bug, or anything not known to be harmless. */
  ErrorVerdict PROPAGATE = new Propagate();

  /** Flood control: pause every call for {@code delay} (plus the margin), then repeat this one. */
  record RetryAfter(Duration delay) implements ErrorVerdict {
    public RetryAfter {
      if (delay == null || delay.isNegative()) {
        throw new IllegalArgumentException("delay must be zero or positive, got " + delay);
      }
    }
  }

  /** An expected refusal: surface it as a {@link TelegramRefusal}. */
  record Refused(RefusalReason reason) implements ErrorVerdict {
    public Refused {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** See {@link #PROPAGATE}. */
  record Propagate() implements ErrorVerdict {}
}

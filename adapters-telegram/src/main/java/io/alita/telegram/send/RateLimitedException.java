package io.alita.telegram.send;

import java.util.Objects;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The rate limiter gave up on a call without Telegram having carried it out. It extends {@link TelegramApiException} so
 * that code treating "the call failed" uniformly needs no extra catch; {@link #kind()} says why.
 */
public final class RateLimitedException extends TelegramApiException {

  private static final long serialVersionUID = 1L;

  /** Why the call was abandoned. */
  public enum Kind {
    /** The call could not have started before its {@link RateLimits#maxWait() deadline}; it was never sent (again). */
    QUEUE_TIMEOUT,
    /** Telegram kept answering 429 after {@link RateLimits#maxRetries()} retries. */
    RETRIES_EXHAUSTED
  }

  private final Kind kind;

  RateLimitedException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  public Kind kind() {
    return kind;
  }
}

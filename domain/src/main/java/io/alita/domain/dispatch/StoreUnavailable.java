package io.alita.domain.dispatch;

/**
 * Thrown by a store (any port backed by the database) when the database cannot be reached right now: a lost
 * connection, a refused one, a pool that gave no connection in time. Not the event's fault: the dispatcher gives the
 * event up as a whole ({@link Outcome.Unavailable}), nothing of it is committed, and the pipeline tries it again later.
 * Any other exception from a store is a failure of the stage that called it.
 */
public final class StoreUnavailable extends RuntimeException {

  public StoreUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}

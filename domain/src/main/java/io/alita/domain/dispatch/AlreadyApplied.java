package io.alita.domain.dispatch;

/**
 * Thrown by {@link UnitOfWork#write} when the event was applied before: the dispatcher stops the event, and nothing of it
 * is written or sent. Cheap: no stack trace, it is an expected outcome of at-least-once delivery.
 */
public final class AlreadyApplied extends RuntimeException {

  private final EventKey key;

  public AlreadyApplied(EventKey key) {
    super("event " + key + " was applied before", null, false, false);
    this.key = key;
  }

  public EventKey key() {
    return key;
  }
}

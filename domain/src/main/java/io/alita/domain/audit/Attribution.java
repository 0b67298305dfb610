package io.alita.domain.audit;

/**
 * Outbound port: who is acting on this thread while an update is handled, so that the writes a command makes
 * ({@link io.alita.domain.dispatch.UnitOfWork#write}) are audited under its sender. It opens no transaction:
 * a command may ask Telegram before it writes, and no transaction waits on the network.
 *
 * <p>Writes made while no one is bound (message filters, member listeners, timers) are the bot's own:
 * {@link Actor#SYSTEM}.
 */
@FunctionalInterface
public interface Attribution {

  /** Attributes nothing: for a dispatcher without an audited database (tests, the in-memory stores). */
  Attribution NONE = (actor, work) -> work.run();

  /** Runs {@code work} with {@code actor} bound to the current thread; the earlier binding is back afterwards. */
  void during(Actor actor, Runnable work);
}

package io.alita.domain.audit;

import java.util.function.Supplier;

/**
 * Outbound port: runs a change made outside an update (a console form) as one transaction, attributed to who made
 * it. Every store called inside {@code change} joins that transaction, and the audit log records each row it changes
 * with the actor.
 */
public interface Changes {

  /**
   * Runs {@code change} in one transaction as {@code actor}: committed when it returns, rolled back (and so neither
   * applied nor audited) when it throws.
   *
   * @return what {@code change} returned
   */
  <T> T as(Actor actor, Supplier<T> change);
}

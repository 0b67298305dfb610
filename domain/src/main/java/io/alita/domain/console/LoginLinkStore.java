package io.alita.domain.console;

import java.time.Instant;
import java.util.Optional;

/**
 * Outbound port: one-time login links. The bot issues them (possibly in another process than the console), the
 * console redeems them. Keyed by {@link OpaqueToken#hash()}.
 */
public interface LoginLinkStore {

  void issue(String tokenHash, Person person, Instant expiresAt);

  /**
   * Uses the link up, atomically: of two browsers racing with one link, one gets the person, the other empty. An
   * expired or used link gives empty.
   */
  Optional<Person> redeem(String tokenHash, Instant now);

  /** Forgets links that expired before {@code now}; returns how many. */
  int deleteExpiredLinks(Instant now);
}

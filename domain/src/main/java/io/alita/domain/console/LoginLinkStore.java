package io.alita.domain.console;

import java.time.Instant;
import java.util.Optional;

/**
 * Outbound port: one-time login links. The bot issues them (possibly in another process than the console), the
 * console redeems them. Keyed by {@link OpaqueToken#hash()}. The Telegram Login Widget's proofs are kept here too,
 * so that each works once.
 */
public interface LoginLinkStore {

  void issue(String tokenHash, Person person, Instant expiresAt);

  /**
   * Uses the link up, atomically: of two browsers racing with one link, one gets the person, the other empty. An
   * expired or used link gives empty.
   */
  Optional<Person> redeem(String tokenHash, Instant now);

  /**
   * Records a one-time proof that arrived already used (the Telegram Login Widget's signed data), atomically: true
   * the first time {@code tokenHash} is seen, false ever after (until it is forgotten past {@code expiresAt}, when
   * the proof is too old to be accepted anyway). Of two browsers racing with one proof, exactly one gets true.
   */
  boolean useOnce(String tokenHash, Person person, Instant now, Instant expiresAt);

  /** Forgets links that expired before {@code now}; returns how many. */
  int deleteExpiredLinks(Instant now);
}

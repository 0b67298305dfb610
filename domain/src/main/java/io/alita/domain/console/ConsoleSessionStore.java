package io.alita.domain.console;

import java.time.Instant;
import java.util.Optional;

/**
 * Outbound port: signed-in browsers, kept in the database so that a restart of the console (or a second console
 * process) does not sign anyone out. Keyed by {@link OpaqueToken#hash()}, never by the id the browser holds.
 */
public interface ConsoleSessionStore {

  void create(String idHash, ConsoleSession session);

  /** The session, when it exists and has not expired at {@code now}. */
  Optional<ConsoleSession> find(String idHash, Instant now);

  /** Ends the session (logout); false when there was none. */
  boolean delete(String idHash);

  /** Forgets sessions that expired before {@code now}; returns how many. */
  int deleteExpiredSessions(Instant now);
}

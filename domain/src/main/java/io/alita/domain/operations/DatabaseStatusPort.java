package io.alita.domain.operations;

/** Outbound port: how the database is doing. Implemented by the PostgreSQL adapter. */
public interface DatabaseStatusPort {

  /** True when a trivial query succeeds within a short timeout. Never throws. */
  boolean isReachable();

  /** The migration history and the pending files. May throw when the database is unreachable. */
  MigrationOverview migrations();
}

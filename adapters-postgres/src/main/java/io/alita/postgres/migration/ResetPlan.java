package io.alita.postgres.migration;

import java.util.List;
import java.util.Objects;

/**
 * What {@link DatabaseReset#reset()} would destroy, for the confirmation prompt ("Database: alita on db.example.com").
 *
 * @param database the database name
 * @param host the server's host name or address as connected to
 * @param tables every table in schema {@code public}, by name
 */
public record ResetPlan(String database, String host, List<TableSummary> tables) {

  public ResetPlan {
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(host, "host");
    tables = List.copyOf(tables);
  }

  /**
   * One table and roughly how many rows it holds.
   *
   * @param approximateRows PostgreSQL's estimate (planner statistics), not an exact count; 0 when never estimated
   */
  public record TableSummary(String name, long approximateRows) {}
}

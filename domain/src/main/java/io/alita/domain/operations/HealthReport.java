package io.alita.domain.operations;

/**
 * The answer to "is this process fit to serve?" for load balancers and operators.
 *
 * @param databaseReachable a query succeeded
 * @param migrationsCurrent every migration file is applied and unchanged
 * @param detail a short human-readable explanation when something is wrong, empty otherwise
 */
public record HealthReport(boolean databaseReachable, boolean migrationsCurrent, String detail) {

  public boolean healthy() {
    return databaseReachable && migrationsCurrent;
  }
}

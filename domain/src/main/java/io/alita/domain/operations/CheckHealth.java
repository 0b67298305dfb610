package io.alita.domain.operations;

/** Use case: check the health of the process's dependencies. */
public final class CheckHealth {

  private final DatabaseStatusPort database;

  public CheckHealth(DatabaseStatusPort database) {
    this.database = database;
  }

  public HealthReport check() {
    if (!database.isReachable()) {
      return new HealthReport(false, false, "database unreachable");
    }
    MigrationOverview overview;
    try {
      overview = database.migrations();
    } catch (RuntimeException e) {
      return new HealthReport(true, false, "migration status unavailable");
    }
    if (overview.isCurrent()) {
      return new HealthReport(true, true, "");
    }
    long modified = overview.applied().stream().filter(a -> a.state() == MigrationOverview.State.MODIFIED).count();
    long failed = overview.applied().stream().filter(a -> a.state() == MigrationOverview.State.FAILED).count();
    StringBuilder detail = new StringBuilder();
    append(detail, overview.pending().size(), "pending");
    append(detail, modified, "modified");
    append(detail, failed, "failed");
    return new HealthReport(true, false, detail + " migration(s)");
  }

  private static void append(StringBuilder sb, long count, String word) {
    if (count > 0) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(count).append(' ').append(word);
    }
  }
}

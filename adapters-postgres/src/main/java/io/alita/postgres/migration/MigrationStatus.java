package io.alita.postgres.migration;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The migration state of a database: what has been applied (newest first) and which files are still pending. A plain
 * value, also meant for the web console.
 *
 * @param applied applied migrations, newest first
 * @param pending files not applied yet, in the order they will be applied
 */
public record MigrationStatus(List<AppliedMigration> applied, List<String> pending) {

  private static final DateTimeFormatter EXECUTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
  private static final String RULE = "-".repeat(28) + "+" + "-".repeat(28);

  public MigrationStatus {
    applied = List.copyOf(applied);
    pending = List.copyOf(pending);
  }

  /** True when no file is waiting to be applied. */
  public boolean upToDate() {
    return pending.isEmpty();
  }

  /**
   * The seed's {@code make psql-status} table, then one line per file that needs attention:
   * <pre>
   * version | executed_at
   * ----------------------------+----------------------------
   * 20240315_add_captcha.sql | 2024-03-15 10:30:00.000000
   * modified: 20240101_initial.sql (changed after it was applied)
   * pending: 20240401_add_notes.sql
   * </pre>
   * Every line ends with a line break.
   */
  public String formatTable() {
    StringBuilder out = new StringBuilder("version | executed_at\n").append(RULE).append('\n');
    for (AppliedMigration m : applied) {
      out.append(m.version()).append(" | ")
          .append(m.executedAt() == null ? "" : EXECUTED_AT.format(m.executedAt())).append('\n');
    }
    for (AppliedMigration m : applied) {
      switch (m.state()) {
        case MODIFIED -> out.append("modified: ").append(m.version()).append(" (changed after it was applied)\n");
        case FAILED -> out.append("failed: ").append(m.version()).append(" (recorded as a failed attempt)\n");
        case MISSING -> out.append("missing: ").append(m.version()).append(" (applied, file no longer present)\n");
        case OK -> { }
      }
    }
    for (String p : pending) {
      out.append("pending: ").append(p).append('\n');
    }
    return out.toString();
  }
}

package io.alita.postgres.adopt;

import java.util.List;

/**
 * What one adoption did: per target table, the rows read from the Go database and what became of them, and every
 * value our schema refused (the field kept our default, or the row was skipped).
 *
 * @param dryRun true when everything was rolled back at the end
 */
public record AdoptionReport(List<TableCount> tables, List<Problem> problems, boolean dryRun) {

  public AdoptionReport {
    tables = List.copyOf(tables);
    problems = List.copyOf(problems);
  }

  /**
   * One line of the table.
   *
   * @param table the target table (with the Go table it comes from when the names differ)
   * @param read rows read from the Go database
   * @param written rows inserted or changed in ours
   * @param unchanged rows already there with the same values (a second run)
   * @param skipped rows not copied: each has a {@link Problem} line, or is a row with no meaning here
   */
  public record TableCount(String table, int read, int written, int unchanged, int skipped) {}

  /**
   * A value our schema refuses.
   *
   * @param subject {@code chat}, or {@code user} for the per-user tables (devs, report_user_settings) and for a row
   *     whose user is not in the source
   * @param id the chat's or user's Telegram id
   * @param table the Go table
   * @param column the Go column
   * @param detail what was refused and what was kept instead
   */
  public record Problem(String subject, long id, String table, String column, String detail) {
    @Override
    public String toString() {
      return subject + " " + id + ": " + table + "." + column + " " + detail;
    }
  }

  /** The row for {@code table}; an all-zero row when there is none. */
  public TableCount count(String table) {
    return tables.stream().filter(t -> t.table().equals(table)).findFirst()
        .orElse(new TableCount(table, 0, 0, 0, 0));
  }

  /** Rows written over every table. */
  public int written() {
    return tables.stream().mapToInt(TableCount::written).sum();
  }

  /** The table an operator reads: one line per table, then the refused values, then what happened. */
  public String format() {
    int width = Math.max("table".length(), tables.stream().mapToInt(t -> t.table().length()).max().orElse(0));
    StringBuilder sb = new StringBuilder();
    String row = "%-" + width + "s %8s %8s %10s %8s%n";
    sb.append(String.format(row, "table", "read", "written", "unchanged", "skipped"));
    int read = 0;
    int written = 0;
    int unchanged = 0;
    int skipped = 0;
    for (TableCount t : tables) {
      sb.append(String.format(row, t.table(), t.read(), t.written(), t.unchanged(), t.skipped()));
      read += t.read();
      written += t.written();
      unchanged += t.unchanged();
      skipped += t.skipped();
    }
    sb.append(String.format(row, "total", read, written, unchanged, skipped));
    if (!problems.isEmpty()) {
      sb.append(System.lineSeparator()).append("Refused values (").append(problems.size()).append("):")
          .append(System.lineSeparator());
      for (Problem p : problems) {
        sb.append("  ").append(p).append(System.lineSeparator());
      }
    }
    sb.append(System.lineSeparator()).append(dryRun
        ? "Dry run: everything above was rolled back, the target is unchanged."
        : "Committed: the target now holds the Go database's data.").append(System.lineSeparator());
    return sb.toString();
  }
}

package io.alita.postgres.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/** Reads what the database says about its migration history, without changing anything. */
final class HistoryTable {

  /** One row of Flyway's history, with {@code installed_on} at full (microsecond) precision. */
  record Row(int installedRank, String version, String script, LocalDateTime installedOn, boolean success) {}

  private final DataSource dataSource;

  HistoryTable(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Refuses a database whose {@code schema_migrations} this program did not create: the original Go bot's table
   * (version, executed_at) or any other table of that name. Nothing is changed.
   */
  void requireNoForeignHistory() {
    Set<String> columns = columns();
    if (columns.isEmpty() || columns.contains("installed_rank")) {
      return;
    }
    String db = databaseName();
    if (columns.contains("version") && columns.contains("executed_at")) {
      throw new MigrationException("Database " + db + " was migrated by the original Go Alita Robot: its "
          + FlywaySetup.HISTORY_TABLE + " table has the Go runner's columns (version, executed_at). This program keeps"
          + " its own history and will not take that database over or change it: point DATABASE_URL at a fresh, empty"
          + " database and copy this one into it with `java -jar alita.jar adopt --from <this database's URL>`"
          + " (or `make adopt FROM=<url>`)");
    }
    throw new MigrationException("Database " + db + " has a " + FlywaySetup.HISTORY_TABLE
        + " table this program did not create (columns " + String.join(", ", columns) + "): point DATABASE_URL at a"
        + " fresh, empty database");
  }

  /**
   * Refuses a database that has tables but no history at all: its state is unknown, so running the first migration
   * over it would fail halfway or, worse, half-succeed.
   */
  void requireHistoryOrEmptySchema() {
    if (!columns().isEmpty()) {
      return;
    }
    List<String> tables = new ArrayList<>();
    query("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        + " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY c.relname", rs -> {
          while (rs.next()) {
            tables.add(rs.getString(1));
          }
          return null;
        });
    if (!tables.isEmpty()) {
      List<String> shown = tables.size() > 5 ? tables.subList(0, 5) : tables;
      throw new MigrationException("Database " + databaseName() + " already has tables (" + String.join(", ", shown)
          + (tables.size() > shown.size() ? ", ..." : "") + ") but no " + FlywaySetup.HISTORY_TABLE
          + " table, so what has been applied to it is unknown: point DATABASE_URL at a fresh, empty database, or empty"
          + " this one with the reset command if its contents can go");
    }
  }

  /** Flyway's rows for SQL migrations, newest first; empty when there is no history table yet. */
  List<Row> rows() {
    if (!columns().contains("installed_rank")) {
      return List.of();
    }
    return query("SELECT installed_rank, version, script, installed_on, success FROM " + FlywaySetup.HISTORY_TABLE
        + " WHERE type = 'SQL' ORDER BY installed_on DESC, installed_rank DESC", rs -> {
          List<Row> rows = new ArrayList<>();
          while (rs.next()) {
            rows.add(new Row(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDateTime.class),
                rs.getBoolean(5)));
          }
          return rows;
        });
  }

  String databaseName() {
    return query("SELECT current_database()", rs -> rs.next() ? rs.getString(1) : "?");
  }

  private Set<String> columns() {
    return query("SELECT column_name FROM information_schema.columns"
        + " WHERE table_schema = current_schema() AND table_name = '" + FlywaySetup.HISTORY_TABLE + "'", rs -> {
          Set<String> names = new TreeSet<>();
          while (rs.next()) {
            names.add(rs.getString(1));
          }
          return names;
        });
  }

  @FunctionalInterface
  private interface Reader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> T query(String sql, Reader<T> reader) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(sql);
        ResultSet rs = st.executeQuery()) {
      return reader.read(rs);
    } catch (SQLException e) {
      throw new MigrationException("Cannot read the migration history: " + firstLine(e.getMessage()), e);
    }
  }

  static String firstLine(String message) {
    if (message == null) {
      return "(no message)";
    }
    String trimmed = message.strip();
    int nl = trimmed.indexOf('\n');
    return nl < 0 ? trimmed : trimmed.substring(0, nl).strip();
  }
}

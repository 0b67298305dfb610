package io.alita.postgres.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seed's {@code make psql-reset}: drops everything in schema {@code public} and recreates it empty. Asking the
 * user for "yes" is the caller's job; {@link #describe()} gives it what to show.
 *
 * <p>After {@code DROP SCHEMA public CASCADE; CREATE SCHEMA public;} the new schema would belong to the current user
 * with no privileges for anyone else, unlike a fresh database's. So the server's own defaults are put back, making a
 * reset database behave exactly like a freshly created one:
 * <ul>
 *   <li>PostgreSQL 15 and later: owner {@code pg_database_owner}, {@code USAGE} for {@code PUBLIC} (no
 *       {@code CREATE}: version 15 withdrew that default so other roles cannot plant objects in the schema that
 *       everyone's search path starts with).
 *   <li>PostgreSQL 14: {@code GRANT ALL ON SCHEMA public TO PUBLIC}, that version's default.
 * </ul>
 * plus the schema's usual comment. Everything runs in one transaction: a failure leaves the database as it was.
 */
public final class DatabaseReset {

  private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.LOGGER_NAME);

  private final DataSource dataSource;

  /** @param dataSource the database to reset; its user must own the database (or schema public) or be a superuser */
  public DatabaseReset(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** The database, its host and the tables in {@code public} that a reset would destroy. Changes nothing. */
  public ResetPlan describe() {
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
      String database;
      try (ResultSet rs = st.executeQuery("SELECT current_database()")) {
        rs.next();
        database = rs.getString(1);
      }
      List<ResetPlan.TableSummary> tables = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("SELECT c.relname,"
          + " CASE WHEN c.reltuples >= 0 THEN c.reltuples::bigint ELSE COALESCE(s.n_live_tup, 0) END"
          + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid"
          + " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname")) {
        while (rs.next()) {
          tables.add(new ResetPlan.TableSummary(rs.getString(1), rs.getLong(2)));
        }
      }
      return new ResetPlan(database, host(c.getMetaData()), tables);
    } catch (SQLException e) {
      throw new MigrationException("Cannot inspect the database: " + HistoryTable.firstLine(e.getMessage()), e);
    }
  }

  /** Drops schema {@code public} with everything in it and recreates it with the server's default privileges. */
  public void reset() {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        String database;
        boolean pg15;
        try (ResultSet rs = st.executeQuery("SELECT current_database(), current_setting('server_version_num')::int")) {
          rs.next();
          database = rs.getString(1);
          pg15 = rs.getInt(2) >= 150000;
        }
        st.execute("DROP SCHEMA public CASCADE");
        st.execute("CREATE SCHEMA public");
        if (pg15) {
          restoreDatabaseOwner(c, st);
          st.execute("GRANT USAGE ON SCHEMA public TO PUBLIC");
        } else {
          st.execute("GRANT ALL ON SCHEMA public TO PUBLIC");
        }
        st.execute("COMMENT ON SCHEMA public IS 'standard public schema'");
        c.commit();
        LOG.warn("[Migrations] Database {} reset: schema public dropped and recreated empty", database);
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new MigrationException("Database reset failed, nothing was changed: "
          + HistoryTable.firstLine(e.getMessage()), e);
    }
  }

  /**
   * Hands the schema to {@code pg_database_owner} as on a fresh database. A user who may drop the schema but is not
   * the database owner (e.g. it owned {@code public} itself) cannot do that; it then simply keeps the schema.
   */
  private static void restoreDatabaseOwner(Connection c, Statement st) throws SQLException {
    Savepoint before = c.setSavepoint();
    try {
      st.execute("ALTER SCHEMA public OWNER TO pg_database_owner");
      c.releaseSavepoint(before);
    } catch (SQLException e) {
      c.rollback(before);
      LOG.warn("[Migrations] Schema public stays owned by the current user: {}", HistoryTable.firstLine(e.getMessage()));
    }
  }

  /** The host part of the JDBC URL ({@code jdbc:postgresql://host:port/db}), several for a multi-host URL. */
  static String host(DatabaseMetaData meta) throws SQLException {
    String url = meta.getURL();
    String prefix = "jdbc:postgresql://";
    if (url == null || !url.startsWith(prefix)) {
      return "localhost";
    }
    String rest = url.substring(prefix.length());
    int stop = rest.length();
    for (char c : new char[] {'/', '?'}) {
      int i = rest.indexOf(c);
      if (i >= 0 && i < stop) {
        stop = i;
      }
    }
    List<String> hosts = new ArrayList<>();
    for (String hostPort : rest.substring(0, stop).split(",")) {
      String h = hostPort;
      if (h.startsWith("[")) {
        h = h.substring(1, Math.max(1, h.indexOf(']')));
      } else if (h.contains(":")) {
        h = h.substring(0, h.indexOf(':'));
      }
      if (!h.isEmpty()) {
        hosts.add(h);
      }
    }
    return hosts.isEmpty() ? "localhost" : String.join(",", hosts);
  }
}

package io.alita.postgres.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Puts the schema into a test database. For now it runs the initial migration file with plain JDBC; this is the one place to
 * switch to the real migration runner once there is one.
 */
public final class Schema {

  /** Relative to the adapters-postgres module directory, surefire's working directory. */
  private static final Path INITIAL = Path.of("../migrations/20261126090000_initial_schema.sql");

  private Schema() {}

  /** Creates every table of the schema in the (empty) database {@code db}. */
  public static void apply(TestDatabase.Coordinates db) {
    String sql;
    try {
      sql = Files.readString(INITIAL);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + INITIAL.toAbsolutePath().normalize(), e);
    }
    // One execute of the whole file: pgjdbc sends a parameterless multi-statement script in one round trip.
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot apply " + INITIAL.getFileName() + " to " + db.database(), e);
    }
  }
}

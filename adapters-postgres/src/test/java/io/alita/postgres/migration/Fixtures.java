package io.alita.postgres.migration;

import io.alita.postgres.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Test plumbing: a fresh database as a DataSource, migration files in a folder, and small queries. */
final class Fixtures {

  private Fixtures() {}

  /** A fresh, empty database on the shared test server. */
  static DataSource freshDatabase() {
    TestDatabase.Coordinates db = TestDatabase.create();
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(db.jdbcUrl());
    ds.setUser(db.user());
    ds.setPassword(db.password());
    return ds;
  }

  static Path write(Path folder, String name, String sql) {
    try {
      Files.createDirectories(folder);
      return Files.writeString(folder.resolve(name), sql, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String resource(String path) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MigrationRunner runner(DataSource ds, Path folder) {
    return new MigrationRunner(ds, MigrationSource.directory(folder), MigrationOptions.defaults());
  }

  static MigrationRunner silentRunner(DataSource ds, Path folder) {
    return new MigrationRunner(ds, MigrationSource.directory(folder), new MigrationOptions(true));
  }

  static boolean tableExists(DataSource ds, String table) {
    return !strings(ds, "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        + " WHERE n.nspname = 'public' AND c.relname = '" + table + "'").isEmpty();
  }

  /** The scripts in Flyway's history, in the order they were installed. */
  static List<String> history(DataSource ds) {
    return strings(ds, "SELECT script FROM schema_migrations ORDER BY installed_rank");
  }

  static List<String> strings(DataSource ds, String sql) {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  static void execute(DataSource ds, String sql) {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}

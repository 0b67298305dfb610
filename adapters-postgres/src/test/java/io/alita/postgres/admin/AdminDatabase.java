package io.alita.postgres.admin;

import io.alita.postgres.migration.MigrationOptions;
import io.alita.postgres.migration.MigrationRunner;
import io.alita.postgres.migration.MigrationSource;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.postgresql.ds.PGSimpleDataSource;

/** One migrated database for the admin adapter tests of this JVM, emptied before each test. */
final class AdminDatabase {

  private static AdminDatabase shared;

  final TestDatabase.Coordinates coordinates;
  final Sessions sessions;

  private AdminDatabase(TestDatabase.Coordinates coordinates) {
    this.coordinates = coordinates;
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(coordinates.jdbcUrl());
    ds.setUser(coordinates.user());
    ds.setPassword(coordinates.password());
    new MigrationRunner(ds, MigrationSource.directory(Path.of("../migrations")), MigrationOptions.defaults()).migrate();
    this.sessions = new Sessions(MyBatis.sessionFactory(ds));
  }

  /** The shared database, created and migrated on first use, with the tables these tests touch emptied. */
  static synchronized AdminDatabase empty() {
    if (shared == null) {
      shared = new AdminDatabase(TestDatabase.create());
    }
    shared.execute("TRUNCATE chats, users, processed_events CASCADE");
    return shared;
  }

  void execute(String sql) {
    try (Connection c = coordinates.connect(); Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The first column of the first row of {@code sql} with one long parameter, as text. */
  Optional<String> text(String sql, long parameter) {
    try (Connection c = coordinates.connect(); PreparedStatement st = c.prepareStatement(sql)) {
      st.setLong(1, parameter);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}

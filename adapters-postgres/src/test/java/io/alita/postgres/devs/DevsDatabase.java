package io.alita.postgres.devs;

import io.alita.postgres.migration.MigrationOptions;
import io.alita.postgres.migration.MigrationRunner;
import io.alita.postgres.migration.MigrationSource;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import io.alita.postgres.tracking.SeenMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.ds.PGSimpleDataSource;

/** One migrated database for the Devs tests of this JVM, emptied before each test. */
final class DevsDatabase {

  private static DevsDatabase shared;

  final TestDatabase.Coordinates coordinates;
  final PGSimpleDataSource dataSource;
  final Sessions sessions;

  private DevsDatabase(TestDatabase.Coordinates coordinates) {
    this.coordinates = coordinates;
    dataSource = new PGSimpleDataSource();
    dataSource.setUrl(coordinates.jdbcUrl());
    dataSource.setUser(coordinates.user());
    dataSource.setPassword(coordinates.password());
    new MigrationRunner(dataSource, MigrationSource.directory(Path.of("../migrations")), MigrationOptions.defaults())
        .migrate();
    sessions = new Sessions(MyBatis.sessionFactory(dataSource));
  }

  /** The shared database, created and migrated on first use, with every row of users and chats (and theirs) gone. */
  static synchronized DevsDatabase empty() {
    if (shared == null) {
      shared = new DevsDatabase(TestDatabase.create());
    }
    shared.execute("TRUNCATE users, chats, channels, processed_events CASCADE");
    return shared;
  }

  void execute(String sql) {
    try (Connection c = coordinates.connect(); Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  long count(String sql) {
    try (Connection c = coordinates.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}

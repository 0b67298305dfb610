package io.alita.postgres.tracking;

import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.testing.Schema;
import io.alita.postgres.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.postgresql.ds.PGSimpleDataSource;

/** One database with the schema for the tracking tests of this JVM, emptied before each test. */
final class TrackingDatabase {

  private static TrackingDatabase shared;

  final TestDatabase.Coordinates coordinates;
  final SqlSessionFactory sessions;

  private TrackingDatabase(TestDatabase.Coordinates coordinates) {
    this.coordinates = coordinates;
    this.sessions = MyBatis.sessionFactory(dataSource(coordinates));
  }

  /** The shared database, created and migrated on first use, with every table emptied. */
  static synchronized TrackingDatabase empty() {
    if (shared == null) {
      TestDatabase.Coordinates db = TestDatabase.create();
      Schema.apply(db);
      shared = new TrackingDatabase(db);
    }
    shared.execute("TRUNCATE users, chats, channels CASCADE");
    return shared;
  }

  void execute(String sql) {
    try (Connection c = coordinates.connect(); Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  static DataSource dataSource(TestDatabase.Coordinates db) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(db.jdbcUrl());
    ds.setUser(db.user());
    ds.setPassword(db.password());
    return ds;
  }
}

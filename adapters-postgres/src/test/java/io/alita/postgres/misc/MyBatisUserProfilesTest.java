package io.alita.postgres.misc;

import io.alita.domain.misc.UserProfiles;
import io.alita.domain.misc.UserProfilesContract;
import io.alita.domain.tracking.SeenBatch;
import io.alita.domain.tracking.SeenUser;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.Schema;
import io.alita.postgres.testing.TestDatabase;
import io.alita.postgres.tracking.MyBatisSeenStore;
import io.alita.postgres.tracking.SeenMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.postgresql.ds.PGSimpleDataSource;

/** The PostgreSQL profiles meet the shared contract, reading what passive tracking's own store wrote. */
class MyBatisUserProfilesTest extends UserProfilesContract {

  private static TestDatabase.Coordinates db;
  private static MyBatisUserProfiles profiles;
  private static MyBatisSeenStore tracking;
  private Instant at = Instant.parse("2026-11-26T12:00:00Z");

  @BeforeAll
  static void database() {
    db = TestDatabase.create();
    Schema.apply(db);
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(db.jdbcUrl());
    ds.setUser(db.user());
    ds.setPassword(db.password());
    SqlSessionFactory factory = MyBatis.sessionFactory(ds);
    profiles = new MyBatisUserProfiles(new Sessions(factory));
    tracking = new MyBatisSeenStore(factory);
  }

  @BeforeEach
  void noUsers() throws SQLException {
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      st.execute("TRUNCATE users CASCADE");
    }
  }

  @Override
  protected UserProfiles profiles() {
    return profiles;
  }

  @Override
  protected void seen(SeenUser user) {
    at = at.plusSeconds(60);
    tracking.record(SeenBatch.builder().user(user, at).build());
  }
}

package io.alita.postgres.tracking;

import static io.alita.domain.tracking.TestSeenFactory.T0;
import static io.alita.domain.tracking.TestSeenFactory.channel;
import static io.alita.domain.tracking.TestSeenFactory.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.target.UserDirectory;
import io.alita.domain.target.Username;
import io.alita.domain.tracking.SeenBatch;
import io.alita.domain.tracking.SeenStore;
import io.alita.domain.tracking.UserDirectoryContract;
import io.alita.postgres.mybatis.MyBatis;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.ibatis.mapping.BoundSql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The PostgreSQL directory meets the shared contract, finds names through the indexes, and survives a dead database. */
class MyBatisUserDirectoryTest extends UserDirectoryContract {

  private TrackingDatabase db;
  private MyBatisSeenStore store;
  private MyBatisUserDirectory directory;

  @BeforeEach
  void emptyDatabase() {
    db = TrackingDatabase.empty();
    store = new MyBatisSeenStore(db.sessions);
    directory = new MyBatisUserDirectory(db.sessions);
  }

  @Override
  protected SeenStore store() {
    return store;
  }

  @Override
  protected UserDirectory directory() {
    return directory;
  }

  @Test
  void theLookupUsesTheLowerUsernameIndexes() throws SQLException {
    store.record(SeenBatch.builder().user(user(101, "Ada", "ada_l"), T0).channel(channel(-1002001, "News", "newsroom"), T0)
        .build());
    BoundSql bound = db.sessions.getConfiguration()
        .getMappedStatement("io.alita.postgres.tracking.SeenMapper.findUsernameHolder")
        .getBoundSql(Map.of("canonical", "ada_l"));

    StringBuilder plan = new StringBuilder();
    try (Connection c = db.coordinates.connect()) {
      try (Statement st = c.createStatement()) {
        st.execute("SET enable_seqscan = off"); // a two-row table would be scanned anyway; ask which index it can use
      }
      try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + bound.getSql())) {
        for (int i = 1; i <= bound.getParameterMappings().size(); i++) {
          ps.setString(i, "ada_l");
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            plan.append(rs.getString(1)).append('\n');
          }
        }
      }
    }
    assertTrue(plan.toString().contains("idx_users_username"), plan.toString());
    assertTrue(plan.toString().contains("uk_channels_username"), plan.toString());
  }

  @Test
  void anUnreachableDatabaseIsAnsweredAsNotFound() {
    PGSimpleDataSource nowhere = new PGSimpleDataSource();
    nowhere.setUrl("jdbc:postgresql://127.0.0.1:1/none");
    nowhere.setConnectTimeout(2);
    UserDirectory unreachable = new MyBatisUserDirectory(MyBatis.sessionFactory(nowhere));

    assertEquals(Optional.empty(), unreachable.findByUsername(Username.of("ada_l")));
  }
}

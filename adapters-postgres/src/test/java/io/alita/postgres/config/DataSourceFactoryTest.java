package io.alita.postgres.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.alita.postgres.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DataSourceFactoryTest {

  private static final ConnectionSettings REMOTE =
      ConnectionSettings.of("db.example.com", 5432, "alita", "alita", "s3cret", SslMode.REQUIRE);

  @Test
  void poolSettingsMapOntoHikariAndHikariKeepsThemAsGiven() {
    HikariConfig config = DataSourceFactory.configure(REMOTE, new PoolSettings(20, 50, 30, 5), "alita-db");
    config.validate(); // Hikari's own sanity pass: it would rewrite values it dislikes (and warn)

    assertEquals("alita-db", config.getPoolName());
    assertEquals(50, config.getMaximumPoolSize());
    assertEquals(20, config.getMinimumIdle());
    assertEquals(Duration.ofMinutes(30).toMillis(), config.getMaxLifetime());
    assertEquals(Duration.ofMinutes(5).toMillis(), config.getIdleTimeout());
    assertEquals(Duration.ofMinutes(2).toMillis(), config.getKeepaliveTime());
    assertEquals(5_000, config.getConnectionTimeout());
    assertEquals(-1, config.getInitializationFailTimeout());
    assertEquals("jdbc:postgresql://db.example.com:5432/alita?sslmode=require&connectTimeout=10&ApplicationName=alita",
        config.getJdbcUrl());
    assertEquals("alita", config.getUsername());
    assertEquals("s3cret", config.getPassword());
  }

  @Test
  void idleAboveOpenBecomesMinimumIdleEqualToOpenAndNoIdleTimeout() {
    HikariConfig config = DataSourceFactory.configure(REMOTE, new PoolSettings(150, 100, 60, 10), "p");
    config.validate();
    assertEquals(100, config.getMinimumIdle());
    assertEquals(0, config.getIdleTimeout(), "a fixed-size pool never retires idle connections");
  }

  @Test
  void idleTimeNotShorterThanLifetimeIsTurnedOffBecauseTheLifetimeRetiresConnectionsFirst() {
    HikariConfig config = DataSourceFactory.configure(REMOTE, new PoolSettings(10, 100, 60, 120), "p");
    config.validate();
    assertEquals(0, config.getIdleTimeout());
    assertEquals(Duration.ofMinutes(60).toMillis(), config.getMaxLifetime());
  }

  @Test
  void shortLifetimeGetsAKeepaliveHikariAccepts() {
    HikariConfig config = DataSourceFactory.configure(REMOTE, new PoolSettings(10, 100, 1, 1), "p");
    config.validate();
    assertEquals(30_000, config.getKeepaliveTime());
    assertEquals(60_000, config.getMaxLifetime());
  }

  @Test
  void poolNameIsRequired() {
    assertThrows(IllegalArgumentException.class, () -> DataSourceFactory.configure(REMOTE, PoolSettings.defaults(), " "));
  }

  @Test
  void dataSourceConnectsToARealDatabaseAsApplicationAlita() throws Exception {
    TestDatabase.Coordinates db = TestDatabase.create();
    ConnectionSettings settings = DatabaseUrl.parse(db.databaseUrl());
    try (HikariDataSource ds = DataSourceFactory.create(settings, new PoolSettings(2, 4, 60, 10), "alita-test");
        Connection c = ds.getConnection();
        ResultSet rs = c.createStatement().executeQuery(
            "SELECT current_database(), current_user, current_setting('application_name')")) {
      rs.next();
      assertEquals(db.database(), rs.getString(1));
      assertEquals(db.user(), rs.getString(2));
      assertEquals("alita", rs.getString(3));
      assertEquals(4, ds.getHikariConfigMXBean().getMaximumPoolSize());
    }
  }
}

package io.alita.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariDataSource;
import io.alita.postgres.config.DataSourceFactory;
import io.alita.postgres.connect.DatabaseConnector;
import io.alita.postgres.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The startup chain the composition root runs: environment, configuration, wait for the database, pool. */
class DatabaseStartupTest {

  @Test
  void databaseUrlFromTheEnvironmentLeadsToAWorkingPool() throws Exception {
    TestDatabase.Coordinates db = TestDatabase.create();
    AppConfig config = AppConfig.load(Environment.of(Map.of(
        "DATABASE_URL", db.databaseUrl(), "DB_MAX_IDLE_CONNS", "1", "DB_MAX_OPEN_CONNS", "3")));

    var settings = config.database().connection().orElseThrow();
    DatabaseConnector.standard().awaitDatabase(settings);
    try (HikariDataSource ds = DataSourceFactory.create(settings, config.database().pool(), "alita-db");
        Connection c = ds.getConnection();
        ResultSet rs = c.createStatement().executeQuery("SELECT current_database()")) {
      rs.next();
      assertEquals(db.database(), rs.getString(1));
      assertEquals(3, ds.getMaximumPoolSize());
    }
  }
}

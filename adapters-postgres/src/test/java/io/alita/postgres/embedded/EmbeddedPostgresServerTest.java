package io.alita.postgres.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

  @TempDir Path dir;

  @Test
  void dataSurvivesARestartOnTheSameDataDirectory() throws Exception {
    Path data = dir.resolve("data/postgres");
    try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(data, 0, "alita")) {
      try (Connection c = connect(first)) {
        c.createStatement().execute("CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)");
      }
    }
    try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(data, 0, "alita");
        Connection c = connect(second);
        ResultSet rs = c.createStatement().executeQuery("SELECT v FROM kept")) {
      rs.next();
      assertEquals(42, rs.getInt(1));
    }
  }

  @Test
  void theKeptDatabaseIsDurable() {
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir.resolve("durable"), 0, "alita")) {
      assertEquals("on", server.setting("fsync"));
      assertEquals("on", server.setting("synchronous_commit"));
    }
  }

  private static Connection connect(EmbeddedPostgresServer s) throws Exception {
    return DriverManager.getConnection(
        "jdbc:postgresql://" + s.host() + ":" + s.port() + "/" + s.database(), EmbeddedPostgresServer.USER, "");
  }
}

package io.alita.postgres.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class TestDatabaseTest {

  @Test
  void everyCallerGetsItsOwnEmptyDatabaseOnARealPostgres() throws Exception {
    TestDatabase.Coordinates a = TestDatabase.create();
    TestDatabase.Coordinates b = TestDatabase.create();
    assertNotEquals(a.database(), b.database());
    try (Connection c = a.connect(); ResultSet rs = c.createStatement().executeQuery(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
      rs.next();
      assertEquals(0, rs.getInt(1));
    }
  }
}

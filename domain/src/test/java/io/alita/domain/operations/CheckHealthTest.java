package io.alita.domain.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.operations.MigrationOverview.Applied;
import io.alita.domain.operations.MigrationOverview.State;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckHealthTest {

  private static DatabaseStatusPort database(boolean reachable, MigrationOverview overview) {
    return new DatabaseStatusPort() {
      @Override
      public boolean isReachable() {
        return reachable;
      }

      @Override
      public MigrationOverview migrations() {
        return overview;
      }
    };
  }

  private static Applied applied(String file, State state) {
    return new Applied(file, LocalDateTime.parse("2026-01-01T00:00:00"), state);
  }

  @Test
  void reachableDatabaseWithEveryFileAppliedIsHealthy() {
    var overview = new MigrationOverview(List.of(applied("1_a.sql", State.OK)), List.of());
    HealthReport report = new CheckHealth(database(true, overview)).check();
    assertTrue(report.healthy());
    assertEquals("", report.detail());
  }

  @Test
  void unreachableDatabaseIsUnhealthy() {
    HealthReport report = new CheckHealth(database(false, null)).check();
    assertFalse(report.healthy());
    assertEquals("database unreachable", report.detail());
  }

  @Test
  void pendingAndModifiedMigrationsAreNamedInTheDetail() {
    var overview = new MigrationOverview(List.of(applied("1_a.sql", State.MODIFIED)), List.of("2_b.sql"));
    HealthReport report = new CheckHealth(database(true, overview)).check();
    assertFalse(report.healthy());
    assertTrue(report.databaseReachable());
    assertEquals("1 pending, 1 modified migration(s)", report.detail());
  }

  @Test
  void aFileDeletedAfterItWasAppliedDoesNotMakeTheSchemaStale() {
    var overview = new MigrationOverview(List.of(applied("1_a.sql", State.MISSING_FILE)), List.of());
    assertTrue(new CheckHealth(database(true, overview)).check().healthy());
  }
}

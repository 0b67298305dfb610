package io.alita.postgres.operations;

import io.alita.domain.operations.DatabaseStatusPort;
import io.alita.domain.operations.MigrationOverview;
import io.alita.postgres.migration.AppliedMigration;
import io.alita.postgres.migration.MigrationRunner;
import io.alita.postgres.migration.MigrationStatus;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** {@link DatabaseStatusPort} on PostgreSQL: a connection check and the migration engine's status. */
public final class PostgresDatabaseStatus implements DatabaseStatusPort {

  private static final int VALIDATION_TIMEOUT_SECONDS = 2;

  private final DataSource dataSource;
  private final MigrationRunner migrations;

  public PostgresDatabaseStatus(DataSource dataSource, MigrationRunner migrations) {
    this.dataSource = dataSource;
    this.migrations = migrations;
  }

  @Override
  public boolean isReachable() {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(VALIDATION_TIMEOUT_SECONDS);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  @Override
  public MigrationOverview migrations() {
    MigrationStatus status = migrations.status();
    return new MigrationOverview(status.applied().stream().map(PostgresDatabaseStatus::toDomain).toList(), status.pending());
  }

  private static MigrationOverview.Applied toDomain(AppliedMigration m) {
    MigrationOverview.State state = switch (m.state()) {
      case OK -> MigrationOverview.State.OK;
      case MODIFIED -> MigrationOverview.State.MODIFIED;
      case FAILED -> MigrationOverview.State.FAILED;
      case MISSING -> MigrationOverview.State.MISSING_FILE;
    };
    return new MigrationOverview.Applied(m.version(), m.executedAt(), state);
  }
}

package io.alita.app;

import io.alita.postgres.connect.Backoff;
import io.alita.postgres.connect.ConnectionOpener;
import io.alita.postgres.connect.DatabaseConnector;
import java.time.Duration;

/** The real connector with two quick attempts, so tests of unreachable databases take milliseconds. */
final class TestConnector {

  private TestConnector() {}

  static DatabaseConnector quick() {
    return new DatabaseConnector(ConnectionOpener.pgjdbc(), new Backoff(2, Duration.ofMillis(1)), d -> { });
  }
}

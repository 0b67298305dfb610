package io.alita.postgres.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * A database of the original Go Alita Robot for adoption tests: its schema after all 36 migrations (with its
 * schema_migrations rows, from /work/shared/reference/go-alita-schema.sql) and, with {@link #withRows()}, rows in every
 * table including the edge cases adoption must report.
 */
public final class GoAlitaDatabase {

  private GoAlitaDatabase() {}

  /** A fresh database holding the Go schema and no rows but its migration history. */
  public static TestDatabase.Coordinates schemaOnly() {
    TestDatabase.Coordinates db = TestDatabase.create();
    // pg_dump's \restrict lines are psql commands, not SQL
    db.execute(resource("go-alita-schema.sql").lines().filter(l -> !l.startsWith("\\"))
        .collect(Collectors.joining("\n")));
    return db;
  }

  /** The Go schema with rows in every table (adopt/go-alita-rows.sql). */
  public static TestDatabase.Coordinates withRows() {
    TestDatabase.Coordinates db = schemaOnly();
    db.execute(resource("go-alita-rows.sql"));
    return db;
  }

  private static String resource(String name) {
    try (InputStream in = GoAlitaDatabase.class.getResourceAsStream("/adopt/" + name)) {
      if (in == null) {
        throw new IllegalStateException("test resource adopt/" + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

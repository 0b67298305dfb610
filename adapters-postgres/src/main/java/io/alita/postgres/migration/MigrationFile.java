package io.alita.postgres.migration;

import java.util.Objects;

/**
 * One migration file as read from its source.
 *
 * @param name the file name, e.g. {@code 20240101120000_initial_schema.sql}; this is what the history records
 * @param version the digits before the first {@code _}, e.g. {@code 20240101120000}
 * @param sql the file's text exactly as written (UTF-8, without a byte order mark), before any cleaning
 */
public record MigrationFile(String name, String version, String sql) {

  public MigrationFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(sql, "sql");
  }
}

/**
 * Database migrations with the original Alita Robot's behaviour on top of Flyway: files named
 * {@code <digits>_<description>.sql} from a folder or from the program itself ({@link
 * io.alita.postgres.migration.MigrationSource}), cleaned of Supabase-specific SQL ({@link
 * io.alita.postgres.migration.SupabaseSqlCleaner}), applied one transaction per file with the seed's log lines, and
 * tracked in Flyway's history table under the seed's name {@code schema_migrations} ({@link
 * io.alita.postgres.migration.MigrationRunner}). Also the status table, recording a file as applied by hand, and the
 * database reset ({@link io.alita.postgres.migration.DatabaseReset}).
 */
package io.alita.postgres.migration;

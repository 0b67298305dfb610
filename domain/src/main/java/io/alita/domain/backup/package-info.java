/**
 * Backups in the original's file format (decision 0032): {@code /export}, {@code /import}, {@code /reset} and the
 * console's download and upload, through one use case ({@link io.alita.domain.backup.ChatBackups}) over the
 * {@link io.alita.domain.backup.BackupStore} port.
 */
package io.alita.domain.backup;

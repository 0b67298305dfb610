/** The backup commands' cooldowns per chat ({@code backup_cooldowns}) in PostgreSQL through one MyBatis mapper. */
package io.alita.postgres.cooldowns;

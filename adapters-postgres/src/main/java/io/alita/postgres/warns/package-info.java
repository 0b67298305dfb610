/** The Warns store on PostgreSQL: {@code warns_settings} and {@code warns_users} through MyBatis. */
package io.alita.postgres.warns;

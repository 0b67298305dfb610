/** The Anti-raid store on PostgreSQL: {@code antiraid_settings}, the raid's end included, through MyBatis. */
package io.alita.postgres.antiraid;

/** The Blacklists store on PostgreSQL: {@code blacklist_settings} and {@code blacklists} through MyBatis. */
package io.alita.postgres.blacklists;

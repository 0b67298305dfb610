/** The Antiflood settings store on PostgreSQL: {@code antiflood_settings} through MyBatis. */
package io.alita.postgres.antiflood;

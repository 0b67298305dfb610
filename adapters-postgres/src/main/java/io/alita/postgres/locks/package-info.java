/** The Locks store on PostgreSQL: {@code locks} through MyBatis. */
package io.alita.postgres.locks;

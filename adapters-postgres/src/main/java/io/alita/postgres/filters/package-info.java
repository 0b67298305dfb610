/** The Filters store on PostgreSQL: {@code filters} through MyBatis. */
package io.alita.postgres.filters;

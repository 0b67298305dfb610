/** Connection and pool settings for PostgreSQL: parsing {@code DATABASE_URL}, the pool limits, and building the HikariCP data source from them. */
package io.alita.postgres.config;

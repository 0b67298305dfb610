/** The pin settings of each chat ({@code pins}) in PostgreSQL through one MyBatis mapper. */
package io.alita.postgres.pins;

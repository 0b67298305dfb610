/** The rules of each chat ({@code rules}) in PostgreSQL through one MyBatis mapper. */
package io.alita.postgres.rules;

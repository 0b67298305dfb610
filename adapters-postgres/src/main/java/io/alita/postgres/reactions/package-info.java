/** The automatic reactions of each chat ({@code reactions}) in PostgreSQL through one MyBatis mapper. */
package io.alita.postgres.reactions;

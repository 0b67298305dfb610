/** The updates kept while they wait to be handled ({@code update_inbox}) in PostgreSQL through one MyBatis mapper. */
package io.alita.postgres.inbox;

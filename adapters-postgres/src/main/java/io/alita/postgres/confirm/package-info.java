/** The Yes/No questions of the confirm dialogs ({@code confirmations}) in PostgreSQL through one MyBatis mapper. */
package io.alita.postgres.confirm;

/** Each chat's greetings ({@code greetings}) in PostgreSQL through one MyBatis mapper. */
package io.alita.postgres.greetings;

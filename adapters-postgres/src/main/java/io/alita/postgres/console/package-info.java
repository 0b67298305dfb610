/** The console's sign-ins on PostgreSQL: login links, sessions, and the chats where a user was seen. */
package io.alita.postgres.console;

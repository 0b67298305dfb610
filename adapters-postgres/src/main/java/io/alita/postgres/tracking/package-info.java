/**
 * What the bot has seen (users, chats, memberships, channels) in PostgreSQL through one MyBatis mapper, and the username
 * lookups that read it.
 */
package io.alita.postgres.tracking;

/** The Disabling store on PostgreSQL: {@code disable} and {@code disable_chat_settings} through MyBatis. */
package io.alita.postgres.disabling;

/** Users' connections ({@code connection}) and each group's {@code /allowconnect} ({@code connection_settings}). */
package io.alita.postgres.connections;

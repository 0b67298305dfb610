/**
 * Connections: a user runs a group's settings from their private chat with the bot ({@code /connect}). The module
 * keeps one connection per user ({@link ConnectionsStore}) and answers, for the dispatcher, where a connection-aware
 * command sent in private acts ({@link ConnectionsModule#resolve}).
 */
package io.alita.domain.connections;

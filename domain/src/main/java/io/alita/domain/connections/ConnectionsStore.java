package io.alita.domain.connections;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import java.util.Optional;

/**
 * Outbound port: users' connections (the {@code connection} table, one row per user) and each group's
 * {@code /allowconnect} switch ({@code connection_settings}). Nothing here is cached: it is read once per command sent
 * over a connection. Writes that may create a row take the user and chat as seen, so that a store keyed on the users
 * and chats tables can record them first; they take part in the caller's transaction when there is one.
 */
public interface ConnectionsStore {

  /** The user's connection, on or off; empty when they never connected. */
  Optional<Connection> find(UserId user);

  /** Connects {@code user} to {@code group}, replacing any earlier connection (one per user). */
  void connect(SeenUser user, SeenChat group);

  /** Turns the user's connection off, keeping its group for {@code /reconnect}; nothing happens without one. */
  void disconnect(UserId user);

  /** Whether members who are not admins may connect to {@code group}; off unless an admin turned it on. */
  boolean allowsMembers(ChatId group);

  /** Sets {@link #allowsMembers}. */
  void setAllowsMembers(SeenChat group, boolean allow);

  /** A group the bot has recorded, with its last seen kind, title and username. */
  Optional<SeenChat> group(ChatId group);

  /** A group the bot has recorded under {@code username} (without the {@code @}, any case). */
  Optional<SeenChat> groupNamed(String username);
}

package io.alita.domain.target;

import java.util.Optional;

/**
 * Port: finds who holds a username. An adapter looks through the users it has seen, then the channels it has seen, then asks
 * Telegram ({@code getChat("@name")}), comparing usernames without regard to case. Any failure to look it up (a timeout,
 * an API error) is answered as "not found": the command then says so instead of acting on the wrong person.
 */
public interface UserDirectory {

  /** The user, or the channel, holding {@code username}; empty when nobody does or it cannot be found out. */
  Optional<Target> findByUsername(Username username);
}

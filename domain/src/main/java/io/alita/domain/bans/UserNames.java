package io.alita.domain.bans;

import io.alita.domain.model.UserId;
import java.util.Optional;

/**
 * Outbound port: the name the bot last saw a user under ({@code users.name}), for replies that mention someone the command
 * named only by id, and for the admin list ({@link io.alita.domain.permission.ChatMember} carries no names).
 */
@FunctionalInterface
public interface UserNames {

  /** Knows nobody: every mention falls back to the user's id. */
  UserNames NONE = user -> Optional.empty();

  /** The user's full name as last seen, or empty when the bot never saw them (or saw no name). */
  Optional<String> nameOf(UserId user);
}

package io.alita.domain.devs;

import io.alita.domain.model.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Outbound port: the bot's team of devs and sudo users ({@code devs}). Writes called inside
 * an event's write ({@link io.alita.domain.dispatch.UnitOfWork#write}) join that update's transaction.
 */
public interface TeamStore {

  /** The user's role, or empty when they are not on the team. */
  Optional<TeamRole> role(UserId user);

  /**
   * Puts {@code user} on the team with {@code role}, replacing any role they had. Works for a user the bot has never
   * seen (their name is then unknown until it sees them).
   */
  void appoint(UserId user, TeamRole role);

  /** Takes {@code user} off the team; nothing happens when they are not on it. */
  void dismiss(UserId user);

  /** Everyone on the team: devs first, then sudo users, each by user id. */
  List<TeamMember> members();
}

package io.alita.domain.devs;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@code /adddev}, {@code /addsudo}, {@code /remdev} and {@code /remsudo} do to a user, as a plain function of
 * the request and the user's current role.
 *
 * <ul>
 *   <li>The owner is never changed: the role comes from configuration.
 *   <li>{@code /adddev} makes a sudo user a dev; {@code /addsudo} refuses a dev rather than quietly demoting them (a dev
 *       already has every sudo power; {@code /remdev} first makes the intent explicit).
 *   <li>{@code /remdev} and {@code /remsudo} only remove the role they name, so a slip of the command cannot remove
 *       a member of the other kind.
 * </ul>
 */
public final class TeamChange {

  /** The four team commands. */
  public enum Request {
    ADD_DEV,
    ADD_SUDO,
    REMOVE_DEV,
    REMOVE_SUDO
  }

  /** Why nothing changes. */
  public enum Refusal {
    IS_OWNER,
    ALREADY_DEV,
    ALREADY_SUDO,
    DEV_NOT_SUDO,
    NOT_DEV,
    NOT_SUDO
  }

  /** The decision: the role to store ({@code empty} = remove from the team), or why nothing changes. */
  public sealed interface Decision {}

  /** Store {@code role} for the user, or take them off the team when it is empty. */
  public record Change(Optional<TeamRole> role) implements Decision {
    public Change {
      Objects.requireNonNull(role, "role");
    }
  }

  /** Nothing changes, for {@code reason}. */
  public record Refused(Refusal reason) implements Decision {}

  private TeamChange() {}

  /**
   * @param isOwner the target is the bot's owner
   * @param current the target's role now; empty when not on the team
   */
  public static Decision decide(Request request, boolean isOwner, Optional<TeamRole> current) {
    if (isOwner) {
      return new Refused(Refusal.IS_OWNER);
    }
    TeamRole role = current.orElse(null);
    return switch (request) {
      case ADD_DEV -> role == TeamRole.DEV ? new Refused(Refusal.ALREADY_DEV) : new Change(Optional.of(TeamRole.DEV));
      case ADD_SUDO -> role == TeamRole.SUDO ? new Refused(Refusal.ALREADY_SUDO)
          : role == TeamRole.DEV ? new Refused(Refusal.DEV_NOT_SUDO) : new Change(Optional.of(TeamRole.SUDO));
      case REMOVE_DEV -> role == TeamRole.DEV ? new Change(Optional.empty()) : new Refused(Refusal.NOT_DEV);
      case REMOVE_SUDO -> role == TeamRole.SUDO ? new Change(Optional.empty()) : new Refused(Refusal.NOT_SUDO);
    };
  }
}

package io.alita.domain.devs;

import io.alita.domain.dispatch.Requirement.TeamLevel;

/**
 * A team member's role. The owner is not a role: it comes from configuration ({@code OWNER_ID}) and cannot be given or
 * taken by a command. A member holds one role at a time; a dev can do everything a sudo user can.
 */
public enum TeamRole {
  DEV,
  SUDO;

  /** True when this role reaches {@code level} (owner > dev > sudo). */
  public boolean reaches(TeamLevel level) {
    return switch (level) {
      case OWNER -> false;
      case DEV -> this == DEV;
      case SUDO -> true;
    };
  }
}

package io.alita.domain.dispatch;

import io.alita.domain.model.UserId;

/** Outbound port: the bot's owner and team (Devs module). */
public interface TeamRoster {

  /** True when {@code user} is the owner, or on the team at {@code level} or above (owner > dev > sudo). */
  boolean has(UserId user, Requirement.TeamLevel level);
}

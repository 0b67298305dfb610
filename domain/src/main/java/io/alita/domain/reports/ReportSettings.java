package io.alita.domain.reports;

import io.alita.domain.model.UserId;
import java.util.Set;

/**
 * A chat's report settings.
 *
 * @param enabled whether members may report in the chat (on unless an admin turned it off)
 * @param blocked the members an admin blocked from reporting
 */
public record ReportSettings(boolean enabled, Set<UserId> blocked) {

  public static final ReportSettings DEFAULT = new ReportSettings(true, Set.of());

  public ReportSettings {
    blocked = Set.copyOf(blocked);
  }

  public boolean isBlocked(UserId user) {
    return blocked.contains(user);
  }
}

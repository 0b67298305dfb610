package io.alita.domain.warns;

import io.alita.domain.action.ChatAction;
import java.util.List;
import java.util.Objects;

/** What one more warn leads to, decided by {@link WarnPolicy}. */
public sealed interface WarnOutcome {

  /** The member's warns, as they stand after the warn. */
  WarnCount warns();

  /** The limit that applied. */
  WarnLimit limit();

  /** True when the member's count goes back to zero. */
  boolean resetsCount();

  /** Still below the limit: the count stands, and admins get a button to take the warn back. */
  record BelowLimit(WarnCount warns, WarnLimit limit) implements WarnOutcome {
    public BelowLimit {
      Objects.requireNonNull(warns, "warns");
      Objects.requireNonNull(limit, "limit");
    }

    @Override
    public boolean resetsCount() {
      return false;
    }
  }

  /**
   * The limit is reached: the penalty is carried out and the count starts again from zero.
   *
   * @param settings the mode (and its duration) that chose the penalty
   * @param penalty the ban, kick or restriction
   */
  record LimitReached(WarnCount warns, WarnSettings settings, ChatAction penalty) implements WarnOutcome {
    public LimitReached {
      Objects.requireNonNull(warns, "warns");
      Objects.requireNonNull(settings, "settings");
      Objects.requireNonNull(penalty, "penalty");
    }

    @Override
    public WarnLimit limit() {
      return settings.limit();
    }

    @Override
    public boolean resetsCount() {
      return true;
    }

    /** Every reason the member collected, oldest first, for the notice. */
    public List<String> reasons() {
      return warns.reasons();
    }
  }
}

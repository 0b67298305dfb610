package io.alita.domain.warns;

import java.util.List;

/**
 * A member's warns in one chat.
 *
 * @param count how many warns count towards the limit
 * @param reasons their reasons, oldest first
 */
public record WarnCount(int count, List<String> reasons) {

  /** A member without warns. */
  public static final WarnCount NONE = new WarnCount(0, List.of());

  public WarnCount {
    if (count < 0) {
      throw new IllegalArgumentException("a warn count is never negative: " + count);
    }
    reasons = List.copyOf(reasons);
  }

  public boolean isEmpty() {
    return count == 0;
  }
}

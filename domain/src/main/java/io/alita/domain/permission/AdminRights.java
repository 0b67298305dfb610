package io.alita.domain.permission;

import java.util.EnumSet;
import java.util.Set;

/**
 * The rights an administrator holds. The creator holds them all.
 *
 * @param anonymous the admin posts as the group (GroupAnonymousBot)
 */
public record AdminRights(Set<Right> rights, boolean anonymous) {

  public static final AdminRights NONE = new AdminRights(Set.of(), false);
  public static final AdminRights ALL = new AdminRights(EnumSet.allOf(Right.class), false);

  public AdminRights {
    rights = rights.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rights));
  }

  public static AdminRights of(Right... rights) {
    return new AdminRights(rights.length == 0 ? Set.of() : EnumSet.of(rights[0], rights), false);
  }

  public boolean has(Right right) {
    return rights.contains(right);
  }

  /** The rights both hold: what a promoter may pass on, given what the bot itself can grant. */
  public AdminRights intersect(AdminRights other) {
    EnumSet<Right> common = rights.isEmpty() ? EnumSet.noneOf(Right.class) : EnumSet.copyOf(rights);
    common.retainAll(other.rights);
    return new AdminRights(common, false);
  }
}

package io.alita.domain.dispatch;

import io.alita.domain.permission.Right;
import java.util.ArrayList;
import java.util.List;

/** The requirements of a command, in the order they are checked (the first failing one is answered). */
public record Gate(List<Requirement> requirements) {

  public static final Gate ANYONE = new Gate(List.of());
  public static final Gate GROUP = new Gate(List.of(new Requirement.InGroup()));
  public static final Gate GROUP_ADMIN = GROUP.then(new Requirement.UserIsAdmin());
  /** The original's standard moderation gate: group, user admin, bot admin, both can restrict. */
  public static final Gate MODERATE = GROUP_ADMIN.then(new Requirement.BotIsAdmin())
      .then(new Requirement.UserCan(Right.RESTRICT_MEMBERS)).then(new Requirement.BotCan(Right.RESTRICT_MEMBERS));
  /** The moderation gate plus delete rights for both (sban, dban, dmute, ...). */
  public static final Gate MODERATE_AND_DELETE = MODERATE.then(new Requirement.UserCan(Right.DELETE_MESSAGES))
      .then(new Requirement.BotCan(Right.DELETE_MESSAGES));

  public Gate {
    requirements = List.copyOf(requirements);
  }

  public Gate then(Requirement r) {
    List<Requirement> more = new ArrayList<>(requirements);
    more.add(r);
    return new Gate(more);
  }

  public Gate userCan(Right right) {
    return then(new Requirement.UserCan(right));
  }

  public Gate botCan(Right right) {
    return then(new Requirement.BotCan(right));
  }

  /** True when any requirement is about the user being an admin: anonymous admins must prove themselves. */
  public boolean needsAdmin() {
    return requirements.stream().anyMatch(r -> r instanceof Requirement.UserIsAdmin
        || r instanceof Requirement.UserCan || r instanceof Requirement.UserIsCreator);
  }
}

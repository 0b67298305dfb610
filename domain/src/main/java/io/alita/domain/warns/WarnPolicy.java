package io.alita.domain.warns;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.time.Instant;
import java.util.Optional;

/** The rule applied after every warn: below the limit nothing happens; at or over it, the chat's warn mode. */
public final class WarnPolicy {

  private WarnPolicy() {}

  /**
   * Decides what the warn that brought {@code user} to {@code warns} leads to.
   *
   * @param now the moment of the warn; a tban or tmute lasts until now plus the mode's duration
   */
  public static WarnOutcome decide(WarnSettings settings, WarnCount warns, ChatId chat, UserId user, Instant now) {
    if (!settings.limit().reachedBy(warns.count())) {
      return new WarnOutcome.BelowLimit(warns, settings.limit());
    }
    Optional<Instant> until = settings.modeDuration().map(now::plus);
    ChatAction penalty = switch (settings.mode()) {
      case BAN -> new ChatAction.Ban(chat, user, Optional.empty());
      case KICK -> new ChatAction.Kick(chat, user);
      case MUTE -> new ChatAction.Restrict(chat, user, ChatPermissions.NOTHING, Optional.empty());
      case TBAN -> new ChatAction.Ban(chat, user, until);
      case TMUTE -> new ChatAction.Restrict(chat, user, ChatPermissions.NOTHING, until);
    };
    return new WarnOutcome.LimitReached(warns, settings, penalty);
  }
}

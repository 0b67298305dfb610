package io.alita.domain.blacklists;

import io.alita.domain.action.ChatAction;
import io.alita.domain.model.UserId;
import io.alita.domain.warns.WarnReason;
import java.util.Objects;

/** What a blacklisted word in a message leads to, decided by {@link BlacklistPolicy}. The message is always deleted. */
public sealed interface BlacklistDecision {

  /** Deletes the offending message (first, before anything else). */
  ChatAction.Delete delete();

  /** Only the message is deleted (action {@code none}, or an action that cannot apply to a channel). */
  record DeleteOnly(ChatAction.Delete delete) implements BlacklistDecision {
    public DeleteOnly {
      Objects.requireNonNull(delete, "delete");
    }
  }

  /**
   * The message is deleted and its sender punished.
   *
   * @param penalty a restriction, kick or ban of the user, or the ban of the channel that posted it
   */
  record Punish(ChatAction.Delete delete, ChatAction penalty) implements BlacklistDecision {
    public Punish {
      Objects.requireNonNull(delete, "delete");
      Objects.requireNonNull(penalty, "penalty");
    }
  }

  /**
   * The message is deleted and its sender warned through the Warns module (whose limit and mode then apply).
   *
   * @param user who is warned
   * @param reason the stored reason, {@code Blacklisted word: '<word>'}
   */
  record Warn(ChatAction.Delete delete, UserId user, WarnReason reason) implements BlacklistDecision {
    public Warn {
      Objects.requireNonNull(delete, "delete");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(reason, "reason");
    }
  }
}

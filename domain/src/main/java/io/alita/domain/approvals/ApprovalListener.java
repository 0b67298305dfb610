package io.alita.domain.approvals;

import io.alita.domain.action.Effects;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;

/**
 * Told when a user is approved, inside the approving update's transaction: the captcha module frees an approved
 * member from a pending captcha this way.
 */
@FunctionalInterface
public interface ApprovalListener {

  ApprovalListener NONE = (chat, user, effects) -> false;

  /** @return whether anything was done for the user */
  boolean approved(ChatId chat, UserId user, Effects effects);
}

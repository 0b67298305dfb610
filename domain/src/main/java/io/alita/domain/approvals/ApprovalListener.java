package io.alita.domain.approvals;

import io.alita.domain.dispatch.HandlingContext;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;

/**
 * Told when a user is approved, as part of the approving event (its writes join that event's transaction): the captcha
 * module frees an approved member from a pending captcha this way.
 */
@FunctionalInterface
public interface ApprovalListener {

  ApprovalListener NONE = (chat, user, ctx) -> false;

  /** @return whether anything was done for the user */
  boolean approved(ChatId chat, UserId user, HandlingContext ctx);
}

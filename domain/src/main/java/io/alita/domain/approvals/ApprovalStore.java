package io.alita.domain.approvals;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Outbound port: each chat's approved members. Called inside
 * an event's write ({@link io.alita.domain.dispatch.UnitOfWork#write}) every write joins the update's transaction. Writes for a
 * chat the store has not seen yet create what they need first; a user needs no record of their own.
 */
public interface ApprovalStore {

  /** Approves a member; false (and nothing changes, the first reason stays) when they were approved already. */
  boolean approve(ChatId chat, Approval approval);

  /** Takes a member's approval back; false when they had none. */
  boolean unapprove(ChatId chat, UserId user);

  /** Takes back every approval in the chat; returns how many there were. */
  int unapproveAll(ChatId chat);

  /** The member's approval, if they have one. */
  Optional<Approval> approval(ChatId chat, UserId user);

  /** Every approval in the chat, oldest first (ties by user id). */
  List<Approval> approvals(ChatId chat);

  /** The ids of the chat's approved members: what the per-message exemption check caches. */
  Set<UserId> approvedUsers(ChatId chat);
}

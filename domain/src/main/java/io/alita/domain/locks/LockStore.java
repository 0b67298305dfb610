package io.alita.domain.locks;

import io.alita.domain.model.ChatId;
import java.util.Set;

/**
 * Outbound port: which lock types each chat has on. Called inside
 * an event's write ({@link io.alita.domain.dispatch.UnitOfWork#write}) every write joins the update's transaction; writes for a
 * chat the store has not seen yet create what they need first.
 */
public interface LockStore {

  /** The chat's locked types; empty when it never locked anything. */
  Set<LockType> locked(ChatId chat);

  /** Locks ({@code locked} true) or unlocks every type in {@code types}, leaving the others as they are. */
  void set(ChatId chat, Set<LockType> types, boolean locked);
}

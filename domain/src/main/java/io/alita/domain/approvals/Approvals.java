package io.alita.domain.approvals;

import io.alita.domain.cache.PerChatCache;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Whether a member is approved, answered from a per-chat cache of the approved ids: locks, blacklists, antiflood,
 * captcha and antiraid ask on every message or join, so an ordinary message costs no database query. Modules that
 * only need the answer take a {@code BiPredicate<ChatId, UserId>}; pass {@code approvals::isApproved} (or this object,
 * which is one).
 *
 * <p>{@link ApprovalsModule} is the only writer in this process and calls {@link #changed} after each committed
 * change; changes made by another process arrive through the dispatcher ({@code Dispatcher#settingsChanges}).
 */
public final class Approvals implements BiPredicate<ChatId, UserId> {

  private final ApprovalStore store;
  private final PerChatCache<Set<UserId>> approved;

  public Approvals(ApprovalStore store) {
    this.store = Objects.requireNonNull(store, "store");
    this.approved = new PerChatCache<>(chat -> Set.copyOf(store.approvedUsers(chat)));
  }

  /** True when {@code user} is approved in {@code chat}. Loads the chat's list once, then answers from memory. */
  public boolean isApproved(ChatId chat, UserId user) {
    return approved.get(chat).contains(user);
  }

  /** Same as {@link #isApproved}. */
  @Override
  public boolean test(ChatId chat, UserId user) {
    return isApproved(chat, user);
  }

  /** Forgets the cached list of {@code chat}; call once a change to its approvals has committed. */
  public void changed(ChatId chat) {
    approved.invalidate(chat);
  }

  /** The per-chat lists, declared by {@link ApprovalsModule} so that changes made elsewhere reach them. */
  PerChatCache<Set<UserId>> cache() {
    return approved;
  }

  ApprovalStore store() {
    return store;
  }
}

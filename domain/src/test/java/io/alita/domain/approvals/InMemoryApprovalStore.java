package io.alita.domain.approvals;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** An {@link ApprovalStore} in maps, for domain tests; counts how often the exemption list is read. */
public final class InMemoryApprovalStore implements ApprovalStore {

  private final Map<ChatId, Map<UserId, Approval>> chats = new LinkedHashMap<>();
  private final AtomicInteger listReads = new AtomicInteger();

  @Override
  public synchronized boolean approve(ChatId chat, Approval approval) {
    return chats.computeIfAbsent(chat, c -> new LinkedHashMap<>()).putIfAbsent(approval.user(), approval) == null;
  }

  @Override
  public synchronized boolean unapprove(ChatId chat, UserId user) {
    return chats.getOrDefault(chat, new LinkedHashMap<>()).remove(user) != null;
  }

  @Override
  public synchronized int unapproveAll(ChatId chat) {
    Map<UserId, Approval> removed = chats.remove(chat);
    return removed == null ? 0 : removed.size();
  }

  @Override
  public synchronized Optional<Approval> approval(ChatId chat, UserId user) {
    return Optional.ofNullable(chats.getOrDefault(chat, Map.of()).get(user));
  }

  @Override
  public synchronized List<Approval> approvals(ChatId chat) {
    return chats.getOrDefault(chat, Map.of()).values().stream()
        .sorted(Comparator.comparing(Approval::approvedAt).thenComparing(a -> a.user().value()))
        .toList();
  }

  @Override
  public synchronized Set<UserId> approvedUsers(ChatId chat) {
    listReads.incrementAndGet();
    return new HashSet<>(chats.getOrDefault(chat, Map.of()).keySet());
  }

  /** How often {@link #approvedUsers} was called. */
  public int listReads() {
    return listReads.get();
  }
}

package io.alita.domain.reports;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A {@link ReportStore} in memory, for tests. */
public final class InMemoryReportStore implements ReportStore {

  private final Map<ChatId, ReportSettings> chats = new HashMap<>();
  private final Map<UserId, Boolean> users = new HashMap<>();

  @Override
  public synchronized ReportSettings chat(ChatId chat) {
    return chats.getOrDefault(chat, ReportSettings.DEFAULT);
  }

  @Override
  public synchronized void setChatEnabled(ChatId chat, boolean enabled) {
    chats.put(chat, new ReportSettings(enabled, chat(chat).blocked()));
  }

  @Override
  public synchronized void block(ChatId chat, UserId user) {
    Set<UserId> blocked = new HashSet<>(chat(chat).blocked());
    blocked.add(user);
    chats.put(chat, new ReportSettings(chat(chat).enabled(), blocked));
  }

  @Override
  public synchronized void unblock(ChatId chat, UserId user) {
    Set<UserId> blocked = new HashSet<>(chat(chat).blocked());
    blocked.remove(user);
    chats.put(chat, new ReportSettings(chat(chat).enabled(), blocked));
  }

  @Override
  public synchronized boolean userEnabled(UserId user) {
    return users.getOrDefault(user, true);
  }

  @Override
  public synchronized void setUserEnabled(UserId user, boolean enabled) {
    users.put(user, enabled);
  }

  @Override
  public synchronized Set<UserId> optedOut(Collection<UserId> among) {
    return among.stream().filter(u -> !userEnabled(u)).collect(Collectors.toSet());
  }
}

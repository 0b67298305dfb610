package io.alita.domain.warns;

import io.alita.domain.penalty.PenaltyMode;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link WarnStore} in maps, for domain tests; every method is synchronized, so it is atomic like the real one. */
public final class InMemoryWarnStore implements WarnStore {

  private record Key(ChatId chat, UserId user) {}

  private final Map<ChatId, WarnSettings> settings = new HashMap<>();
  private final Map<Key, WarnCount> warns = new HashMap<>();

  @Override
  public synchronized WarnSettings settings(ChatId chat) {
    return settings.getOrDefault(chat, WarnSettings.DEFAULTS);
  }

  @Override
  public synchronized void setLimit(ChatId chat, WarnLimit limit) {
    settings.put(chat, settings(chat).withLimit(limit));
  }

  @Override
  public synchronized void setMode(ChatId chat, PenaltyMode mode, Optional<Duration> duration) {
    settings.put(chat, settings(chat).withMode(mode, duration));
  }

  @Override
  public synchronized WarnCount addWarn(ChatId chat, UserId user, WarnReason reason) {
    WarnCount before = warns.getOrDefault(new Key(chat, user), WarnCount.NONE);
    List<String> reasons = new ArrayList<>(before.reasons());
    reasons.add(reason.text());
    WarnCount after = new WarnCount(before.count() + 1, reasons);
    warns.put(new Key(chat, user), after);
    return after;
  }

  @Override
  public synchronized Optional<WarnCount> removeLatest(ChatId chat, UserId user) {
    WarnCount before = warns.get(new Key(chat, user));
    if (before == null || before.isEmpty()) {
      return Optional.empty();
    }
    List<String> reasons = new ArrayList<>(before.reasons());
    if (!reasons.isEmpty()) {
      reasons.remove(reasons.size() - 1);
    }
    WarnCount after = new WarnCount(before.count() - 1, reasons);
    warns.put(new Key(chat, user), after);
    return Optional.of(after);
  }

  @Override
  public synchronized boolean reset(ChatId chat, UserId user) {
    WarnCount removed = warns.remove(new Key(chat, user));
    return removed != null && !removed.isEmpty();
  }

  @Override
  public synchronized int resetAll(ChatId chat) {
    int members = 0;
    var it = warns.entrySet().iterator();
    while (it.hasNext()) {
      var e = it.next();
      if (e.getKey().chat().equals(chat)) {
        members += e.getValue().isEmpty() ? 0 : 1;
        it.remove();
      }
    }
    return members;
  }

  @Override
  public synchronized WarnCount warnsOf(ChatId chat, UserId user) {
    return warns.getOrDefault(new Key(chat, user), WarnCount.NONE);
  }
}

package io.alita.domain.backup;

import io.alita.domain.model.ChatId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link BackupCooldowns} in memory, for module tests. */
public final class InMemoryBackupCooldowns implements BackupCooldowns {

  private record Key(ChatId chat, Kind kind) {}

  private final Map<Key, Instant> rests = new ConcurrentHashMap<>();

  @Override
  public Optional<Instant> until(ChatId chat, Kind kind) {
    return Optional.ofNullable(rests.get(new Key(chat, kind)));
  }

  @Override
  public void restUntil(ChatId chat, Kind kind, Instant until) {
    rests.put(new Key(chat, kind), until);
  }
}

package io.alita.domain.tracking;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Passive tracking of users, chats, memberships and channels, throttled so that an ordinary message costs no database write.
 *
 * <p><b>Two paths.</b> {@link #observe} runs on every message and never touches the database: it compares what the message
 * shows with what it remembers writing and, only for what is new, changed or due for a refresh, queues a row. {@link #flush}
 * writes everything queued as one {@link SeenBatch} (one transaction); the worker calls it every few seconds and once at
 * shutdown. Why not return the rows to the caller of {@code observe}: the caller would then write on the message's own path
 * whenever anything is due, and a burst of new members would cost one transaction each instead of one in all.
 *
 * <p><b>When a key is written.</b> A user, chat, channel or membership is queued when it was never written (or has been
 * forgotten), when its data differs from the last write (name, username, title, kind), or when its last write is
 * {@linkplain #DEFAULT_REFRESH_INTERVAL 5 minutes} old or more, which keeps {@code last_activity} and {@code last_seen}
 * accurate to that interval for the activity statistics. Several sightings between two flushes make one row, the latest.
 *
 * <p><b>Memory.</b> The memory of past writes is a least-recently-used map of at most {@code capacity} keys (a message
 * touches up to five: sender, chat, membership, and one or two channels). An entry costs about 200 bytes (key, map entry,
 * the sighting record and its strings), so the default 100,000 keys take about 20 MB. An evicted key is simply written again
 * at its next sighting. Rows queued between two flushes are held besides, at most one per key.
 *
 * <p><b>Threads.</b> Safe for concurrent use: {@code observe} for different chats proceeds in parallel (the memory is
 * striped), while writes ({@code flush}, {@link #memberLeft}, {@link #chatMigrated}) take turns. Events of one chat are
 * expected in order (a per-chat serial executor), so that a member's leaving is not overtaken by their last message.
 *
 * <p><b>Failures.</b> When a flush fails, its keys are forgotten and the exception propagates: the next sighting of each
 * writes it again, and nothing grows while the database is away.
 */
public final class ActivityTracker {

  /** How old a write may grow before an unchanged sighting is written again (the original bot's interval). */
  public static final Duration DEFAULT_REFRESH_INTERVAL = Duration.ofMinutes(5);

  /** How many keys the memory of past writes holds by default (about 20 MB). */
  public static final int DEFAULT_CAPACITY = 100_000;

  private final SeenStore store;
  private final Clock clock;
  private final long refreshMillis;
  private final RecentWrites recent;
  private final Map<Key, Stamped<?>> pending = new ConcurrentHashMap<>();
  private final ReentrantLock writing = new ReentrantLock();

  public ActivityTracker(SeenStore store, Clock clock) {
    this(store, clock, DEFAULT_REFRESH_INTERVAL, DEFAULT_CAPACITY);
  }

  /**
   * @param refreshInterval how old a write may grow before an unchanged sighting is written again; positive
   * @param capacity how many keys to remember at most; at least 1
   */
  public ActivityTracker(SeenStore store, Clock clock, Duration refreshInterval, int capacity) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (refreshInterval.isNegative() || refreshInterval.isZero()) {
      throw new IllegalArgumentException("refreshInterval must be positive, not " + refreshInterval);
    }
    this.refreshMillis = refreshInterval.toMillis();
    this.recent = new RecentWrites(capacity);
  }

  /**
   * Notes what a message shows: the chat (and, for a channel, the channel), the sender, their membership of a group (not for
   * the stand-ins Telegram uses for anonymous admins and linked-channel posts, which are no members), the sender channel
   * (unless it is the chat itself) and the channel forwarded from. Never writes to the database; queues what is due for the next {@link #flush}.
   */
  public void observe(Sighting sighting) {
    Objects.requireNonNull(sighting, "sighting");
    Instant now = clock.instant();
    SeenChat chat = sighting.chat();
    note(new ChatKey(chat.id()), chat, now);
    if (chat.kind() == ChatKind.CHANNEL) {
      note(new ChannelKey(chat.id()), new SeenChannel(chat.id(), chat.title(), chat.username()), now);
    }
    sighting.sender().ifPresent(user -> {
      note(new UserKey(user.id()), user, now);
      if (chat.kind().hasMembers() && !user.id().isAnonymousAdminProxy()) {
        note(new MemberKey(chat.id(), user.id()), new Membership(chat.id(), user.id()), now);
      }
    });
    // An anonymous admin posts as the group itself, and a channel post names its own channel: neither is another channel.
    sighting.senderChat()
        .filter(channel -> !channel.id().equals(chat.id()))
        .ifPresent(channel -> note(new ChannelKey(channel.id()), channel, now));
    sighting.forwardedFrom().ifPresent(channel -> note(new ChannelKey(channel.id()), channel, now));
  }

  /**
   * Writes every queued row in one batch.
   *
   * @return the number of rows written (0 without touching the store when nothing is queued)
   * @throws RuntimeException whatever the store threw; the batch's keys are then forgotten, so they are written again at
   *     their next sighting
   */
  public int flush() {
    writing.lock();
    try {
      return flushQueued();
    } finally {
      writing.unlock();
    }
  }

  /**
   * A member left or was removed: forgets their membership, in the store and here (so that if they come back and speak, the
   * membership is written again at once). Any membership row still queued for them is dropped, not written afterwards.
   */
  public void memberLeft(ChatId chat, UserId user) {
    MemberKey key = new MemberKey(Objects.requireNonNull(chat, "chat"), Objects.requireNonNull(user, "user"));
    writing.lock();
    try {
      pending.remove(key);
      recent.forget(key);
      store.forgetMembership(chat, user);
    } finally {
      writing.unlock();
    }
  }

  /**
   * A group became a supergroup: writes what is queued (so the old group's latest rows exist to be moved), then moves the chat
   * with {@link SeenStore#migrateChat}. Rows for the old id that are queued after that are dropped: written, they would bring
   * back a ghost of the old group.
   */
  public void chatMigrated(ChatId from, ChatId to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    writing.lock();
    try {
      flushQueued();
      store.migrateChat(from, to);
      pending.keySet().removeIf(key -> key.concerns(from));
    } finally {
      writing.unlock();
    }
  }

  /** Rows waiting for the next flush. */
  public int pendingRows() {
    return pending.size();
  }

  /** Keys in the memory of past writes (at most the capacity). */
  public int rememberedKeys() {
    return recent.size();
  }

  private void note(Key key, Object seen, Instant now) {
    recent.markIfDue(key, seen, now.toEpochMilli(), refreshMillis, () -> pending.put(key, new Stamped<>(seen, now)));
  }

  private int flushQueued() {
    SeenBatch.Builder batch = SeenBatch.builder();
    List<Key> keys = new ArrayList<>();
    for (Key key : pending.keySet()) {
      Stamped<?> row = pending.remove(key);
      if (row == null) {
        continue;
      }
      keys.add(key);
      Object seen = row.value();
      if (seen instanceof SeenUser user) {
        batch.user(user, row.at());
      } else if (seen instanceof SeenChat chat) {
        batch.chat(chat, row.at());
      } else if (seen instanceof SeenChannel channel) {
        batch.channel(channel, row.at());
      } else if (seen instanceof Membership membership) {
        batch.membership(membership, row.at());
      }
    }
    SeenBatch built = batch.build();
    if (built.isEmpty()) {
      return 0;
    }
    try {
      store.record(built);
    } catch (RuntimeException e) {
      keys.forEach(recent::forget);
      throw e;
    }
    return built.size();
  }

  /** What the memory and the queue are keyed by: one row of one table. */
  private sealed interface Key {
    default boolean concerns(ChatId chat) {
      return false;
    }
  }

  private record UserKey(UserId user) implements Key {}

  private record ChannelKey(ChatId channel) implements Key {}

  private record ChatKey(ChatId chat) implements Key {
    @Override
    public boolean concerns(ChatId other) {
      return chat.equals(other);
    }
  }

  private record MemberKey(ChatId chat, UserId user) implements Key {
    @Override
    public boolean concerns(ChatId other) {
      return chat.equals(other);
    }
  }
}

package io.alita.domain.tracking;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.target.Target;
import io.alita.domain.target.UserDirectory;
import io.alita.domain.target.Username;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link SeenStore} over maps, held to the same {@link SeenStoreContract} as the PostgreSQL adapter. It also keeps every
 * batch it was given ({@link #recorded()}), so tracker tests can see exactly what was written and when, can be told to fail
 * its next write, and offers the {@link UserDirectory} view of what it holds.
 */
public final class InMemorySeenStore implements SeenStore, SeenStoreProbe {

  private final Clock clock;
  private final Map<UserId, StoredUser> users = new HashMap<>();
  private final Map<ChatId, StoredChat> chats = new HashMap<>();
  private final Map<ChatId, StoredChannel> channels = new HashMap<>();
  private final Map<Membership, Instant> memberships = new HashMap<>();
  private final List<SeenBatch> recorded = new ArrayList<>();
  private RuntimeException nextFailure;

  public InMemorySeenStore() {
    this(Clock.systemUTC());
  }

  /** @param clock the time a migration is stamped with (the one write that carries no sighting) */
  public InMemorySeenStore(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Every batch written so far, oldest first. */
  public synchronized List<SeenBatch> recorded() {
    return List.copyOf(recorded);
  }

  /** Makes the next {@link #record} throw {@code failure} without writing anything. */
  public synchronized void failNextRecord(RuntimeException failure) {
    nextFailure = failure;
  }

  /** Username lookups over what this store holds: users first, then channels, as the PostgreSQL directory does. */
  public UserDirectory directory() {
    return this::findByUsername;
  }

  @Override
  public synchronized void record(SeenBatch batch) {
    if (nextFailure != null) {
      RuntimeException failure = nextFailure;
      nextFailure = null;
      throw failure;
    }
    recorded.add(batch);
    for (Stamped<SeenUser> u : batch.users()) {
      takeUsername(u.value().username(), u.at(), u.value().id(), null);
    }
    for (Stamped<SeenChannel> c : batch.channels()) {
      takeUsername(c.value().username(), c.at(), null, c.value().id());
    }
    batch.users().forEach(this::upsertUser);
    batch.chats().forEach(this::upsertChat);
    batch.channels().forEach(this::upsertChannel);
    for (Stamped<Membership> m : batch.memberships()) {
      Membership key = m.value();
      if (users.containsKey(key.user()) && chats.containsKey(key.chat())) {
        memberships.merge(key, m.at(), InMemorySeenStore::later);
      }
    }
  }

  @Override
  public synchronized void forgetMembership(ChatId chat, UserId user) {
    memberships.remove(new Membership(chat, user));
  }

  @Override
  public synchronized void migrateChat(ChatId from, ChatId to) {
    StoredChat old = chats.remove(from);
    if (old == null) {
      return;
    }
    StoredChat already = chats.remove(to);
    Instant now = clock.instant();
    StoredChat moved = already == null
        ? new StoredChat(ChatKind.SUPERGROUP, old.title(), old.username(), now, old.lastActivity())
        : new StoredChat(ChatKind.SUPERGROUP, firstNonNull(already.title(), old.title()),
            firstNonNull(already.username(), old.username()), now, later(old.lastActivity(), already.lastActivity()));
    chats.put(to, moved);
    for (Membership m : List.copyOf(memberships.keySet())) {
      if (m.chat().equals(from)) {
        Instant lastSeen = memberships.remove(m);
        memberships.merge(new Membership(to, m.user()), lastSeen, InMemorySeenStore::later);
      }
    }
  }

  @Override
  public synchronized Optional<StoredUser> user(UserId id) {
    return Optional.ofNullable(users.get(id));
  }

  @Override
  public synchronized Optional<StoredChat> chat(ChatId id) {
    return Optional.ofNullable(chats.get(id));
  }

  @Override
  public synchronized Optional<StoredChannel> channel(ChatId id) {
    return Optional.ofNullable(channels.get(id));
  }

  @Override
  public synchronized Optional<Instant> membershipLastSeen(ChatId chat, UserId user) {
    return Optional.ofNullable(memberships.get(new Membership(chat, user)));
  }

  private synchronized Optional<Target> findByUsername(Username username) {
    Optional<Target> user = users.entrySet().stream()
        .filter(e -> username.canonical().equalsIgnoreCase(String.valueOf(e.getValue().username())))
        .max(Comparator.comparing(e -> e.getValue().lastActivity()))
        .map(e -> new Target.User(e.getKey()));
    if (user.isPresent()) {
      return user;
    }
    return channels.entrySet().stream()
        .filter(e -> username.canonical().equalsIgnoreCase(String.valueOf(e.getValue().username())))
        .findFirst()
        .map(e -> new Target.Channel(e.getKey()));
  }

  /** Takes {@code username} from every user and channel except its new holder (one of {@code user}, {@code channel}). */
  private void takeUsername(String username, Instant at, UserId user, ChatId channel) {
    if (username == null) {
      return;
    }
    users.replaceAll((id, row) -> username.equalsIgnoreCase(row.username()) && !id.equals(user)
        ? new StoredUser(row.name(), null, at, row.lastActivity())
        : row);
    channels.replaceAll((id, row) -> username.equalsIgnoreCase(row.username()) && !id.equals(channel)
        ? new StoredChannel(row.title(), null, at)
        : row);
  }

  private void upsertUser(Stamped<SeenUser> seen) {
    SeenUser u = seen.value();
    StoredUser old = users.get(u.id());
    if (old == null) {
      users.put(u.id(), new StoredUser(u.fullName(), u.username(), seen.at(), seen.at()));
      return;
    }
    boolean changed = !Objects.equals(old.name(), u.fullName()) || !Objects.equals(old.username(), u.username());
    users.put(u.id(), new StoredUser(u.fullName(), u.username(), changed ? seen.at() : old.updatedAt(),
        later(old.lastActivity(), seen.at())));
  }

  private void upsertChat(Stamped<SeenChat> seen) {
    SeenChat c = seen.value();
    StoredChat old = chats.get(c.id());
    if (old == null) {
      chats.put(c.id(), new StoredChat(c.kind(), c.title(), c.username(), seen.at(), seen.at()));
      return;
    }
    boolean changed = old.kind() != c.kind() || !Objects.equals(old.title(), c.title())
        || !Objects.equals(old.username(), c.username());
    chats.put(c.id(), new StoredChat(c.kind(), c.title(), c.username(), changed ? seen.at() : old.updatedAt(),
        later(old.lastActivity(), seen.at())));
  }

  private void upsertChannel(Stamped<SeenChannel> seen) {
    SeenChannel c = seen.value();
    StoredChannel old = channels.get(c.id());
    if (old == null || !Objects.equals(old.title(), c.title()) || !Objects.equals(old.username(), c.username())) {
      channels.put(c.id(), new StoredChannel(c.title(), c.username(), seen.at()));
    }
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static <T> T firstNonNull(T preferred, T fallback) {
    return preferred != null ? preferred : fallback;
  }
}

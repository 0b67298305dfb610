package io.alita.domain.tracking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything one flush writes: users, chats, channels and memberships, each with the moment it was seen.
 *
 * <p>The constructor puts the batch into the shape a store can write in one statement per table:
 * <ul>
 *   <li>one entry per key (user id, chat id, channel id, chat and user): the latest sighting wins, and on a tie the later entry;
 *   <li>one holder per username, compared without regard to case, across users and channels alike (Telegram usernames are
 *       unique across all accounts): the latest sighting keeps it and the other entries lose it, because their holder has
 *       evidently given it up since. On a tie channels are taken as later than users.
 * </ul>
 */
public record SeenBatch(
    List<Stamped<SeenUser>> users,
    List<Stamped<SeenChat>> chats,
    List<Stamped<SeenChannel>> channels,
    List<Stamped<Membership>> memberships) {

  /** A batch with nothing in it. */
  public static final SeenBatch EMPTY = new SeenBatch(List.of(), List.of(), List.of(), List.of());

  public SeenBatch {
    users = latestPerKey(users, SeenUser::id);
    chats = latestPerKey(chats, SeenChat::id);
    channels = latestPerKey(channels, SeenChannel::id);
    memberships = latestPerKey(memberships, Function.identity());

    Map<String, Instant> holderSince = new LinkedHashMap<>();
    Map<String, Object> holder = new LinkedHashMap<>();
    for (Stamped<SeenUser> u : users) {
      claim(holderSince, holder, u.value().username(), u.at(), u.value());
    }
    for (Stamped<SeenChannel> c : channels) {
      claim(holderSince, holder, c.value().username(), c.at(), c.value());
    }
    users = users.stream()
        .map(u -> holds(holder, u.value().username(), u.value()) ? u : new Stamped<>(u.value().withoutUsername(), u.at()))
        .toList();
    channels = channels.stream()
        .map(c -> holds(holder, c.value().username(), c.value()) ? c : new Stamped<>(c.value().withoutUsername(), c.at()))
        .toList();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The number of rows the batch writes. */
  public int size() {
    return users.size() + chats.size() + channels.size() + memberships.size();
  }

  public boolean isEmpty() {
    return size() == 0;
  }

  private static <T, K> List<Stamped<T>> latestPerKey(List<Stamped<T>> entries, Function<T, K> key) {
    Map<K, Stamped<T>> latest = new LinkedHashMap<>();
    for (Stamped<T> entry : Objects.requireNonNull(entries, "entries")) {
      latest.merge(key.apply(entry.value()), entry, (old, now) -> now.at().isBefore(old.at()) ? old : now);
    }
    return List.copyOf(latest.values());
  }

  private static void claim(Map<String, Instant> since, Map<String, Object> holder, String username, Instant at, Object who) {
    if (username == null) {
      return;
    }
    String key = username.toLowerCase(Locale.ROOT);
    Instant previous = since.get(key);
    if (previous == null || !at.isBefore(previous)) {
      since.put(key, at);
      holder.put(key, who);
    }
  }

  private static boolean holds(Map<String, Object> holder, String username, Object who) {
    return username == null || who.equals(holder.get(username.toLowerCase(Locale.ROOT)));
  }

  /** Collects a batch; not thread-safe. */
  public static final class Builder {
    private final List<Stamped<SeenUser>> users = new ArrayList<>();
    private final List<Stamped<SeenChat>> chats = new ArrayList<>();
    private final List<Stamped<SeenChannel>> channels = new ArrayList<>();
    private final List<Stamped<Membership>> memberships = new ArrayList<>();

    private Builder() {}

    public Builder user(SeenUser user, Instant at) {
      users.add(new Stamped<>(user, at));
      return this;
    }

    public Builder chat(SeenChat chat, Instant at) {
      chats.add(new Stamped<>(chat, at));
      return this;
    }

    public Builder channel(SeenChannel channel, Instant at) {
      channels.add(new Stamped<>(channel, at));
      return this;
    }

    public Builder membership(Membership membership, Instant at) {
      memberships.add(new Stamped<>(membership, at));
      return this;
    }

    public SeenBatch build() {
      return new SeenBatch(users, chats, channels, memberships);
    }
  }
}

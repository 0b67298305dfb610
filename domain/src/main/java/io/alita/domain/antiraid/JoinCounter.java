package io.alita.domain.antiraid;

import io.alita.domain.dispatch.EventKey;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Recent joins per chat, in process memory: how many distinct members joined within the sliding {@link #WINDOW}.
 * A member is counted once per window, so the two updates Telegram sends for one join (the service message and the
 * {@code chat_member} update) count once; the same event recorded again (a retry after the database failed) is still
 * the first. Chats without recent joins are dropped every {@link #SWEEP_EVERY}.
 * Safe for use by several threads.
 */
public final class JoinCounter {

  /** How far back joins count towards the automatic trigger. */
  public static final Duration WINDOW = Duration.ofSeconds(60);
  /** How often chats without recent joins are dropped. */
  public static final Duration SWEEP_EVERY = Duration.ofMinutes(5);

  /** What came of recording a join. */
  public record Join(boolean firstInWindow, int joinsInWindow) {}

  private record Seen(Instant at, EventKey event) {}

  private final Map<ChatId, Map<UserId, Seen>> chats = new ConcurrentHashMap<>();
  private final Clock clock;
  private final AtomicReference<Instant> nextSweep;

  public JoinCounter(Clock clock) {
    this.clock = clock;
    this.nextSweep = new AtomicReference<>(clock.instant().plus(SWEEP_EVERY));
  }

  /** Records that {@code user} joined {@code chat} now, as seen in {@code event}. */
  public Join record(ChatId chat, UserId user, EventKey event) {
    Instant now = clock.instant();
    sweepWhenDue(now);
    AtomicReference<Join> result = new AtomicReference<>();
    chats.compute(chat, (c, before) -> {
      Map<UserId, Seen> joins = before == null ? new LinkedHashMap<>() : before;
      // insertion order is time order: the expired joins are at the head
      Instant cutoff = now.minus(WINDOW);
      for (var it = joins.values().iterator(); it.hasNext() && !it.next().at().isAfter(cutoff); ) {
        it.remove();
      }
      Seen earlier = joins.putIfAbsent(user, new Seen(now, event));
      boolean first = earlier == null || earlier.event().equals(event);
      result.set(new Join(first, joins.size()));
      return joins;
    });
    return result.get();
  }

  /** Forgets the chat's joins (a raid started or ended: the count starts again). */
  public void reset(ChatId chat) {
    chats.remove(chat);
  }

  /** Chats with joins held. */
  public int size() {
    return chats.size();
  }

  private void sweepWhenDue(Instant now) {
    Instant due = nextSweep.get();
    if (now.isBefore(due) || !nextSweep.compareAndSet(due, now.plus(SWEEP_EVERY))) {
      return;
    }
    Instant cutoff = now.minus(WINDOW);
    for (ChatId chat : chats.keySet()) {
      // inside computeIfPresent: the chat's map is never read while a join changes it
      chats.computeIfPresent(chat,
          (c, joins) -> joins.values().stream().anyMatch(seen -> seen.at().isAfter(cutoff)) ? joins : null);
    }
  }
}

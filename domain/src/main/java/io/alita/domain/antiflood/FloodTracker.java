package io.alita.domain.antiflood;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Every sender's {@link FloodWindow}, per chat, in process memory (a restart forgets a flood in progress, which costs a
 * flooder at most one more minute). Windows of senders silent for longer than {@link FloodRule#WINDOW} hold nothing
 * that counts; they are dropped every {@link #SWEEP_EVERY}, so memory follows the members active in the last minutes,
 * not every member ever seen. Safe for use by several threads.
 */
public final class FloodTracker {

  /** How often idle windows are dropped. */
  public static final Duration SWEEP_EVERY = Duration.ofMinutes(5);

  private record Key(ChatId chat, Flooder sender) {}

  private final Map<Key, FloodWindow> windows = new ConcurrentHashMap<>();
  /** Each sender's latest flood, so that the message which crossed the limit, counted again, floods again. */
  private final Map<Key, FloodDecision.Flood> floods = new ConcurrentHashMap<>();
  private final Clock clock;
  private final AtomicReference<Instant> nextSweep;

  public FloodTracker(Clock clock) {
    this.clock = clock;
    this.nextSweep = new AtomicReference<>(clock.instant().plus(SWEEP_EVERY));
  }

  /**
   * Counts one message; on a flood the sender's window starts again from empty. The same message counted again (its
   * event tried again after the database failed) gets the same decision: a flood stays a flood, and is not counted
   * twice.
   *
   * @param at when the message was sent
   * @param mediaGroup its album id, empty when none
   */
  public FloodDecision record(ChatId chat, Flooder sender, FloodLimit limit, MessageId message, Instant at,
      String mediaGroup) {
    sweepWhenDue();
    Key key = new Key(chat, sender);
    AtomicReference<FloodDecision> decided = new AtomicReference<>();
    windows.compute(key, (k, before) -> {
      FloodDecision.Flood latest = floods.get(k);
      if (latest != null && latest.last().equals(message)) {
        decided.set(latest);
        return before;
      }
      FloodDecision d = FloodRule.decide(limit, before == null ? FloodWindow.EMPTY : before, message, at, mediaGroup);
      decided.set(d);
      if (d instanceof FloodDecision.Flood flood) {
        floods.put(k, flood);
        return null;
      }
      return ((FloodDecision.Quiet) d).window();
    });
    return decided.get();
  }

  /** Forgets the sender's window (an exempt sender who crossed the limit starts again). */
  public void forget(ChatId chat, Flooder sender) {
    windows.remove(new Key(chat, sender));
    floods.remove(new Key(chat, sender));
  }

  /** Forgets every window of the chat (its limit changed). */
  public void forgetChat(ChatId chat) {
    windows.keySet().removeIf(k -> k.chat().equals(chat));
    floods.keySet().removeIf(k -> k.chat().equals(chat));
  }

  /** Drops the windows whose latest message is older than {@link FloodRule#WINDOW} before {@code now}. */
  public void sweep(Instant now) {
    Instant cutoff = now.minus(FloodRule.WINDOW);
    windows.entrySet().removeIf(e -> e.getValue().lastAt().map(t -> !t.isAfter(cutoff)).orElse(true));
    // a flood's message comes again only while its event is retried: within moments, never a minute later
    floods.keySet().removeIf(k -> !windows.containsKey(k));
  }

  /** How many senders are tracked. */
  public int size() {
    return windows.size();
  }

  private void sweepWhenDue() {
    Instant now = clock.instant();
    Instant due = nextSweep.get();
    if (now.isBefore(due) || !nextSweep.compareAndSet(due, now.plus(SWEEP_EVERY))) {
      return;
    }
    sweep(now);
  }
}

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
  private final Clock clock;
  private final AtomicReference<Instant> nextSweep;

  public FloodTracker(Clock clock) {
    this.clock = clock;
    this.nextSweep = new AtomicReference<>(clock.instant().plus(SWEEP_EVERY));
  }

  /**
   * Counts one message; on a flood the sender's window starts again from empty.
   *
   * @param at when the message was sent
   * @param mediaGroup its album id, empty when none
   */
  public FloodDecision record(ChatId chat, Flooder sender, FloodLimit limit, MessageId message, Instant at,
      String mediaGroup) {
    sweepWhenDue();
    AtomicReference<FloodDecision> decided = new AtomicReference<>();
    windows.compute(new Key(chat, sender), (key, before) -> {
      FloodDecision d = FloodRule.decide(limit, before == null ? FloodWindow.EMPTY : before, message, at, mediaGroup);
      decided.set(d);
      return d instanceof FloodDecision.Quiet q ? q.window() : null;
    });
    return decided.get();
  }

  /** Forgets the sender's window (an exempt sender who crossed the limit starts again). */
  public void forget(ChatId chat, Flooder sender) {
    windows.remove(new Key(chat, sender));
  }

  /** Forgets every window of the chat (its limit changed). */
  public void forgetChat(ChatId chat) {
    windows.keySet().removeIf(k -> k.chat().equals(chat));
  }

  /** Drops the windows whose latest message is older than {@link FloodRule#WINDOW} before {@code now}. */
  public void sweep(Instant now) {
    Instant cutoff = now.minus(FloodRule.WINDOW);
    windows.entrySet().removeIf(e -> e.getValue().lastAt().map(t -> !t.isAfter(cutoff)).orElse(true));
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

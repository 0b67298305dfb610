package io.alita.domain.testing;

import io.alita.domain.action.Effects;
import io.alita.domain.dispatch.Timers;
import io.alita.domain.timer.Timer;
import io.alita.domain.update.Incoming;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The worker's timer queue as a test drives it: keeps what is scheduled (by a start hook, a periodic job, or an
 * event's {@link Effects#scheduled()} after it was carried out) and brings timers back as {@link Incoming.Due} only
 * when the test says their time has come. Not thread-safe.
 */
public final class ManualTimers implements Timers {

  /** One timer waiting. */
  public record Waiting(Instant due, Timer timer) {}

  private final List<Waiting> waiting = new ArrayList<>();

  @Override
  public void schedule(Instant due, Timer timer) {
    waiting.add(new Waiting(due, timer));
  }

  /** Schedules what {@code effects} asked for: call it after carrying them out, as the pipeline does. */
  public void scheduleAll(Effects effects) {
    effects.scheduled().forEach(s -> schedule(s.due(), s.timer()));
  }

  /** What is waiting, earliest first. */
  public List<Waiting> waiting() {
    return waiting.stream().sorted(Comparator.comparing(Waiting::due)).toList();
  }

  /** When the waiting timers are due, earliest first. */
  public List<Instant> times() {
    return waiting().stream().map(Waiting::due).toList();
  }

  public int size() {
    return waiting.size();
  }

  /** Takes the earliest timer due at {@code now}, if any. */
  public Optional<Timer> takeDue(Instant now) {
    Optional<Waiting> next = waiting.stream().filter(w -> !w.due().isAfter(now))
        .min(Comparator.comparing(Waiting::due));
    next.ifPresent(waiting::remove);
    return next.map(Waiting::timer);
  }

  /**
   * Hands every timer due at {@code now} to {@code fire}, earliest first, including timers that those schedule and
   * that are due by then too.
   *
   * @return how many were fired
   */
  public int fireDue(Instant now, Consumer<Incoming.Due> fire) {
    int fired = 0;
    for (Optional<Timer> t = takeDue(now); t.isPresent(); t = takeDue(now)) {
      fire.accept(new Incoming.Due(t.get()));
      fired++;
    }
    return fired;
  }

  /** Forgets everything waiting: what a restart of the worker leaves. */
  public void clear() {
    waiting.clear();
  }
}

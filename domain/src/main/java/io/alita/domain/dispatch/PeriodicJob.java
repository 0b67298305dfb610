package io.alita.domain.dispatch;

/**
 * Background work a module declares with a period (a flush of what it collected in memory, a sweep for timers lost in
 * between). A job decides nothing for a chat itself: what it finds due it hands to {@code timers}, and the decision is
 * made in the chat's order like any event's.
 */
@FunctionalInterface
public interface PeriodicJob {
  void run(Timers timers);
}

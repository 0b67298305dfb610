package io.alita.domain.dispatch;

/**
 * What a module does once when the worker starts, before the first update is taken: picks up after a restart, e.g.
 * reschedules the timers its stored state implies (a timer already due comes back at once, as an event).
 */
@FunctionalInterface
public interface StartHook {
  void start(Timers timers);
}

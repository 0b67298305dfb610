package io.alita.domain.dispatch;

import io.alita.domain.timer.Timer;

/** Decides what a due {@link Timer} of one type leads to. */
@FunctionalInterface
public interface TimerHandler<T extends Timer> {
  void fire(TimerContext<T> ctx);
}

package io.alita.domain.dispatch;

import io.alita.domain.timer.Timer;
import java.time.Instant;

/**
 * Outbound port: brings a {@link Timer} back as an event of its chat when it is due (a time already past: as soon as
 * possible). Implemented by the worker, which hands due timers to the same per-chat lanes as updates. Must not block.
 * Handlers do not call it: they schedule through their event's effects ({@link HandlingContext#later}), which the
 * pipeline passes here after the commit; start hooks and periodic jobs get it directly.
 */
@FunctionalInterface
public interface Timers {

  void schedule(Instant due, Timer timer);
}

package io.alita.domain.dispatch;

import io.alita.domain.update.Incoming;

/**
 * Inbound port: decides one event in its unit of work ({@link Dispatcher#handle}); the pipeline that delivers events
 * in chat order and carries out their effects calls it. Never throws for a handler's failure.
 */
@FunctionalInterface
public interface EventHandler {
  Outcome handle(Incoming event);
}

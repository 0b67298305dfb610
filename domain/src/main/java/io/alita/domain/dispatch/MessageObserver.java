package io.alita.domain.dispatch;

import io.alita.domain.update.IncomingMessage;

/** Sees every message before anything else, and cannot stop it (passive tracking). Must be cheap. */
@FunctionalInterface
public interface MessageObserver {
  void observe(IncomingMessage message);
}

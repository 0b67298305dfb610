package io.alita.domain.action;

import java.util.concurrent.CompletableFuture;

/**
 * Outbound port: carries out one action in Telegram. Implemented by the Telegram adapter through its rate limiter;
 * expected refusals come back as {@link ActionResult.Refused}, never as exceptions.
 */
public interface ChatActionPort {

  /** Carries {@code action} out, waiting for Telegram's answer. */
  ActionResult execute(ChatAction action);

  /**
   * Carries {@code action} out without holding the calling thread while it waits for its turn (the Telegram adapter
   * waits out flood limits on a scheduler). The future never fails. By default the action is carried out at once.
   */
  default CompletableFuture<ActionResult> executeLater(ChatAction action) {
    return CompletableFuture.completedFuture(execute(action));
  }
}

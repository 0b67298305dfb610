package io.alita.domain.purges;

import io.alita.domain.action.ChatAction;
import java.time.Duration;

/**
 * Outbound port: carries out an action later, e.g. deletes a status message a few seconds after it was sent. Implemented
 * by the composition root with a scheduled executor that hands the action to the same rate-limited sender as every other
 * action. Best effort: an action still waiting when the process stops is lost, which for a self-deleting notice only
 * means that the notice stays.
 *
 * <p>Called from the follow-ups of {@link io.alita.domain.action.Effects} (once a message's id is known), so it must not
 * block.
 */
@FunctionalInterface
public interface ActionScheduler {

  /** Carries out {@code action} once {@code delay} has passed ({@link Duration#ZERO}: as soon as possible). */
  void schedule(Duration delay, ChatAction action);
}

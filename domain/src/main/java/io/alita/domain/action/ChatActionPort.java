package io.alita.domain.action;

/**
 * Outbound port: carries out one action in Telegram. Implemented by the Telegram adapter through its rate limiter;
 * expected refusals come back as {@link ActionResult.Refused}, never as exceptions.
 */
public interface ChatActionPort {

  ActionResult execute(ChatAction action);
}

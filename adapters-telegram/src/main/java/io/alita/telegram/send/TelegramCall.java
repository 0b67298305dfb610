package io.alita.telegram.send;

import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * One Bot API request, typically {@code () -> client.execute(method)}. It may be executed more than once: after a 429
 * Telegram guarantees the request was not carried out, so repeating it cannot duplicate a message.
 *
 * @param <T> the request's result
 */
@FunctionalInterface
public interface TelegramCall<T> {

  /** Performs the request. */
  T execute() throws TelegramApiException;
}

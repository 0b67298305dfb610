package io.alita.telegram.send;

import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The classification hook of {@link OutboundRateLimiter}: turns a failed call's exception into an {@link ErrorVerdict}.
 * {@link #standard()} knows Telegram's flood answer and the everyday refusals; a caller may wrap it to add its own.
 */
@FunctionalInterface
public interface TelegramErrorClassifier {

  /** Decides what to do about {@code error}. Never returns null. */
  ErrorVerdict classify(TelegramApiException error);

  /** Telegram's 429 and the refusals listed in {@link RefusalReason}, matched on error code and description. */
  static TelegramErrorClassifier standard() {
    return StandardTelegramErrors::classify;
  }
}

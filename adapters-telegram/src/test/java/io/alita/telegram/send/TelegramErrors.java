package io.alita.telegram.send;

import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** Real {@link TelegramApiRequestException}s, made by TelegramBots itself from Bot API answers. */
final class TelegramErrors {

  private TelegramErrors() {}

  /** The exception TelegramBots throws for this answer body. */
  static TelegramApiRequestException fromAnswer(String json) {
    try {
      new SendMessage("1", "x").deserializeResponse(json);
    } catch (TelegramApiRequestException e) {
      return e;
    }
    throw new AssertionError("not an error answer: " + json);
  }

  /** {@code {"ok":false,"error_code":code,"description":description}}. */
  static TelegramApiRequestException error(int code, String description) {
    return fromAnswer("{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description + "\"}");
  }

  /** Telegram's flood-control answer. */
  static TelegramApiRequestException tooManyRequests(int retryAfter) {
    return fromAnswer("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after " + retryAfter
        + "\",\"parameters\":{\"retry_after\":" + retryAfter + "}}");
  }
}

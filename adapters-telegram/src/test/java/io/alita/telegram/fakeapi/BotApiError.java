package io.alita.telegram.fakeapi;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An error answer in Telegram's exact shape. Thrown inside the fake to end a request early; answered with the HTTP
 * status equal to {@code error_code}, as Telegram does.
 *
 * @param retryAfterSeconds only for 429, else null
 */
record BotApiError(int errorCode, String description, Integer retryAfterSeconds) {

  static BotApiError of(int errorCode, String description) {
    return new BotApiError(errorCode, description, null);
  }

  static BotApiError tooManyRequests(int retryAfterSeconds) {
    return new BotApiError(429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds);
  }

  ObjectNode toJson() {
    ObjectNode node = Json.object().put("ok", false).put("error_code", errorCode).put("description", description);
    if (retryAfterSeconds != null) {
      node.putObject("parameters").put("retry_after", retryAfterSeconds);
    }
    return node;
  }

  /** Carries a {@link BotApiError} out of a method handler. */
  static final class Raised extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient BotApiError error;

    Raised(BotApiError error) {
      super(error.description(), null, false, false);
      this.error = error;
    }
  }

  Raised raise() {
    return new Raised(this);
  }
}

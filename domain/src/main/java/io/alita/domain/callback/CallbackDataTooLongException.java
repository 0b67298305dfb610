package io.alita.domain.callback;

/**
 * Thrown when a button's callback data would exceed Telegram's 64-byte limit. Telegram refuses the whole message in that
 * case (the original bot dropped the button silently), so this is a programming error to fix where the button is built.
 */
public final class CallbackDataTooLongException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  CallbackDataTooLongException(String encoded, int bytes) {
    super("callback data '" + encoded + "' is " + bytes + " bytes, over Telegram's limit of " + CallbackData.MAX_BYTES
        + "; shorten the keys or values, or keep user text behind a short token and put only the token in the button");
  }
}

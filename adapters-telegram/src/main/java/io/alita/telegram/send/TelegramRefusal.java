package io.alita.telegram.send;

import java.util.Objects;
import java.util.OptionalLong;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Telegram declined a call for an expected, everyday {@link RefusalReason} (the bot lost its rights, was kicked, the
 * message is already gone...). Checked on purpose, so that every caller decides what a refusal means for it; callers
 * log it at INFO or WARN, never as an error with a stack trace.
 */
public final class TelegramRefusal extends Exception {

  private static final long serialVersionUID = 1L;

  private final RefusalReason reason;
  private final int errorCode;
  private final String description;
  private final Long migrateToChatId;

  /** Wraps the request exception that was classified as {@code reason}. */
  public TelegramRefusal(RefusalReason reason, TelegramApiException cause) {
    super(reason + ": " + describe(cause), cause, false, false);
    this.reason = Objects.requireNonNull(reason, "reason");
    if (cause instanceof TelegramApiRequestException request) {
      this.errorCode = request.getErrorCode() == null ? 0 : request.getErrorCode();
      this.description = request.getApiResponse();
      ResponseParameters parameters = request.getParameters();
      this.migrateToChatId = parameters == null ? null : parameters.getMigrateToChatId();
    } else {
      this.errorCode = 0;
      this.description = cause == null ? null : cause.getMessage();
      this.migrateToChatId = null;
    }
  }

  public RefusalReason reason() {
    return reason;
  }

  /** Telegram's {@code error_code} (400, 403...), or 0 when the cause carried none. */
  public int errorCode() {
    return errorCode;
  }

  /** Telegram's {@code description}, e.g. "Bad Request: chat not found". */
  public String description() {
    return description;
  }

  /** The supergroup's new id, for {@link RefusalReason#CHAT_MIGRATED}. */
  public OptionalLong migrateToChatId() {
    return migrateToChatId == null ? OptionalLong.empty() : OptionalLong.of(migrateToChatId);
  }

  private static String describe(TelegramApiException cause) {
    if (cause instanceof TelegramApiRequestException request) {
      return "[" + request.getErrorCode() + "] " + request.getApiResponse();
    }
    return cause == null ? "no cause" : String.valueOf(cause.getMessage());
  }
}

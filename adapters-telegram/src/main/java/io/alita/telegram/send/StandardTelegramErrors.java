package io.alita.telegram.send;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * {@link TelegramErrorClassifier#standard()}. Telegram has no machine-readable error reasons beyond the HTTP-like
 * {@code error_code}, so refusals are recognised by fragments of the {@code description}, which have been stable for
 * years and are matched case-insensitively.
 */
final class StandardTelegramErrors {

  /** Used only if a 429 ever arrived without {@code parameters.retry_after} or a number in its description. */
  static final Duration FALLBACK_RETRY_AFTER = Duration.ofSeconds(1);

  private static final Pattern RETRY_AFTER_IN_TEXT = Pattern.compile("retry after (\\d+)");

  private record Rule(int errorCode, String fragment, RefusalReason reason) {}

  // Order matters only where fragments overlap; the more specific rule comes first.
  private static final List<Rule> RULES = List.of(
      new Rule(400, "not enough rights", RefusalReason.NOT_ENOUGH_RIGHTS),
      new Rule(400, "have no rights", RefusalReason.NOT_ENOUGH_RIGHTS),
      new Rule(400, "chat_admin_required", RefusalReason.NOT_ENOUGH_RIGHTS),
      new Rule(403, "not enough rights", RefusalReason.NOT_ENOUGH_RIGHTS),
      new Rule(400, "user is an administrator of the chat", RefusalReason.TARGET_IS_ADMIN),
      new Rule(400, "can't remove chat owner", RefusalReason.TARGET_IS_ADMIN),
      new Rule(400, "chat not found", RefusalReason.CHAT_NOT_FOUND),
      new Rule(403, "bot was kicked", RefusalReason.BOT_KICKED),
      new Rule(403, "bot is not a member", RefusalReason.BOT_NOT_MEMBER),
      new Rule(403, "bot was blocked by the user", RefusalReason.BOT_BLOCKED),
      new Rule(403, "bot can't initiate conversation", RefusalReason.BOT_BLOCKED),
      new Rule(403, "user is deactivated", RefusalReason.USER_DEACTIVATED),
      new Rule(400, "message to delete not found", RefusalReason.MESSAGE_TO_DELETE_NOT_FOUND),
      new Rule(400, "message can't be deleted", RefusalReason.MESSAGE_CANT_BE_DELETED),
      new Rule(400, "message to edit not found", RefusalReason.MESSAGE_TO_EDIT_NOT_FOUND),
      new Rule(400, "message is not modified", RefusalReason.MESSAGE_NOT_MODIFIED),
      new Rule(400, "message to be replied not found", RefusalReason.REPLY_TARGET_NOT_FOUND),
      new Rule(400, "query is too old", RefusalReason.CALLBACK_QUERY_EXPIRED),
      new Rule(400, "query id is invalid", RefusalReason.CALLBACK_QUERY_EXPIRED),
      new Rule(400, "wrong file identifier", RefusalReason.FILE_REFUSED),
      new Rule(400, "wrong remote file identifier", RefusalReason.FILE_REFUSED),
      new Rule(400, "failed to get http url content", RefusalReason.FILE_REFUSED),
      new Rule(400, "wrong type of the web page content", RefusalReason.FILE_REFUSED),
      new Rule(400, "type of file mismatch", RefusalReason.FILE_REFUSED),
      new Rule(400, "can't use file of type", RefusalReason.FILE_REFUSED));

  private StandardTelegramErrors() {}

  static ErrorVerdict classify(TelegramApiException error) {
    if (!(error instanceof TelegramApiRequestException request) || request.getErrorCode() == null) {
      // No Telegram answer at all (I/O failure, unparseable body, our own RateLimitedException): the request may or may
      // not have been executed, so it must not be repeated blindly.
      return ErrorVerdict.PROPAGATE;
    }
    int code = request.getErrorCode();
    String description = request.getApiResponse() == null ? "" : request.getApiResponse().toLowerCase(Locale.ROOT);
    ResponseParameters parameters = request.getParameters();
    if (code == 429) {
      return new ErrorVerdict.RetryAfter(retryAfter(parameters, description));
    }
    if (parameters != null && parameters.getMigrateToChatId() != null) {
      return new ErrorVerdict.Refused(RefusalReason.CHAT_MIGRATED);
    }
    for (Rule rule : RULES) {
      if (rule.errorCode() == code && description.contains(rule.fragment())) {
        return new ErrorVerdict.Refused(rule.reason());
      }
    }
    return ErrorVerdict.PROPAGATE;
  }

  private static Duration retryAfter(ResponseParameters parameters, String description) {
    if (parameters != null && parameters.getRetryAfter() != null) {
      return Duration.ofSeconds(Math.max(0, parameters.getRetryAfter()));
    }
    Matcher matcher = RETRY_AFTER_IN_TEXT.matcher(description);
    return matcher.find() ? Duration.ofSeconds(Long.parseLong(matcher.group(1))) : FALLBACK_RETRY_AFTER;
  }
}

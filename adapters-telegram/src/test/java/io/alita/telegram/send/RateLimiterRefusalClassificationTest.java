package io.alita.telegram.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The standard classifier on exceptions TelegramBots builds from real Bot API error answers. */
class RateLimiterRefusalClassificationTest {

  private final TelegramErrorClassifier classifier = TelegramErrorClassifier.standard();

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      400 | Bad Request: not enough rights to restrict/unrestrict chat member | NOT_ENOUGH_RIGHTS
      400 | Bad Request: not enough rights to send text messages to the chat  | NOT_ENOUGH_RIGHTS
      400 | Bad Request: have no rights to send a message                      | NOT_ENOUGH_RIGHTS
      400 | Bad Request: CHAT_ADMIN_REQUIRED                                   | NOT_ENOUGH_RIGHTS
      400 | Bad Request: user is an administrator of the chat                  | TARGET_IS_ADMIN
      400 | Bad Request: can't remove chat owner                               | TARGET_IS_ADMIN
      400 | Bad Request: chat not found                                        | CHAT_NOT_FOUND
      403 | Forbidden: bot was kicked from the group chat                      | BOT_KICKED
      403 | Forbidden: bot was kicked from the supergroup chat                 | BOT_KICKED
      403 | Forbidden: bot is not a member of the supergroup chat              | BOT_NOT_MEMBER
      403 | Forbidden: bot was blocked by the user                             | BOT_BLOCKED
      403 | Forbidden: bot can't initiate conversation with a user             | BOT_BLOCKED
      403 | Forbidden: user is deactivated                                     | USER_DEACTIVATED
      400 | Bad Request: message to delete not found                           | MESSAGE_TO_DELETE_NOT_FOUND
      400 | Bad Request: message can't be deleted                              | MESSAGE_CANT_BE_DELETED
      400 | Bad Request: message can't be deleted for everyone                 | MESSAGE_CANT_BE_DELETED
      400 | Bad Request: message to edit not found                             | MESSAGE_TO_EDIT_NOT_FOUND
      400 | Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message | MESSAGE_NOT_MODIFIED
      400 | Bad Request: message to be replied not found                       | REPLY_TARGET_NOT_FOUND
      400 | Bad Request: query is too old and response timeout expired or query ID is invalid | CALLBACK_QUERY_EXPIRED
      400 | Bad Request: wrong file identifier/HTTP URL specified                | FILE_REFUSED
      400 | Bad Request: wrong remote file identifier specified: Wrong padding in the string | FILE_REFUSED
      400 | Bad Request: failed to get HTTP URL content                        | FILE_REFUSED
      400 | Bad Request: wrong type of the web page content                    | FILE_REFUSED
      400 | Bad Request: type of file mismatch                                 | FILE_REFUSED
      400 | Bad Request: can't use file of type Photo as Sticker               | FILE_REFUSED
      """)
  void everydayRefusalsAreRecognised(int code, String description, RefusalReason expected) {
    TelegramApiRequestException error = TelegramErrors.error(code, description);

    assertEquals(new ErrorVerdict.Refused(expected), classifier.classify(error));
    TelegramRefusal refusal = new TelegramRefusal(expected, error);
    assertEquals(code, refusal.errorCode());
    assertEquals(description, refusal.description());
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      400 | Bad Request: can't parse entities: Unsupported start tag "b" at byte offset 0
      400 | Bad Request: message text is empty
      401 | Unauthorized
      409 | Conflict: terminated by other getUpdates request; make sure that only one bot instance is running
      500 | Internal Server Error
      502 | Bad Gateway
      """)
  void everythingElsePropagates(int code, String description) {
    ErrorVerdict verdict = classifier.classify(TelegramErrors.error(code, description));

    assertSame(ErrorVerdict.PROPAGATE, verdict, "our own bugs and Telegram outages must stay loud");
  }

  @Test
  void floodControlUsesRetryAfterFromTheParameters() {
    assertEquals(new ErrorVerdict.RetryAfter(Duration.ofSeconds(2)), classifier.classify(TelegramErrors.tooManyRequests(2)));
  }

  @Test
  void floodControlFallsBackToTheNumberInTheDescription() {
    TelegramApiRequestException withoutParameters = TelegramErrors.error(429, "Too Many Requests: retry after 17");

    assertEquals(new ErrorVerdict.RetryAfter(Duration.ofSeconds(17)), classifier.classify(withoutParameters));
  }

  @Test
  void upgradedGroupIsARefusalCarryingTheNewChatId() {
    TelegramApiRequestException migrated = TelegramErrors.fromAnswer("""
        {"ok":false,"error_code":400,"description":"Bad Request: group chat was upgraded to a supergroup chat",
         "parameters":{"migrate_to_chat_id":-1001234567890}}""");

    assertEquals(new ErrorVerdict.Refused(RefusalReason.CHAT_MIGRATED), classifier.classify(migrated));
    assertEquals(OptionalLong.of(-1001234567890L), new TelegramRefusal(RefusalReason.CHAT_MIGRATED, migrated).migrateToChatId());
  }

  @Test
  void failuresWithoutATelegramAnswerPropagate() {
    assertSame(ErrorVerdict.PROPAGATE, classifier.classify(new TelegramApiException("Unable to execute sendmessage method")));
    assertSame(ErrorVerdict.PROPAGATE, classifier.classify(new TelegramApiRequestException("Unable to deserialize response")));
  }
}

package io.alita.telegram.update;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Small Bot API updates for intake tests, built as JSON and read the way TelegramBots reads them. */
final class TestUpdates {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TestUpdates() {}

  /** A text message in the supergroup {@code chatId} (negative) from user 111. */
  static Update text(int updateId, long chatId, String text) {
    return read("""
        {"update_id": %d, "message": {"message_id": %d, "date": 1764150000,
          "from": {"id": 111, "is_bot": false, "first_name": "Alice"},
          "chat": {"id": %d, "title": "Group %d", "type": "supergroup"},
          "text": "%s"}}""".formatted(updateId, updateId % 100_000, chatId, chatId, text));
  }

  /** An update of a kind the bot does not act on. */
  static Update poll(int updateId) {
    return read("""
        {"update_id": %d, "poll": {"id": "1", "question": "?", "options": [], "total_voter_count": 0,
          "is_closed": false, "is_anonymous": true, "type": "regular", "allows_multiple_answers": false}}"""
        .formatted(updateId));
  }

  /** The update as JSON, as the intake keeps it in the inbox. */
  static String json(Update update) {
    try {
      return UpdateIntake.updateJson().writeValueAsString(update);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Update read(String json) {
    try {
      return JSON.readValue(json, Update.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

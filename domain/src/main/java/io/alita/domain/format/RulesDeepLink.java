package io.alita.domain.format;

import io.alita.domain.model.ChatId;
import java.util.Objects;
import java.util.regex.Pattern;

/** The button that {@code {rules}} adds: it opens the bot in private with {@code /start rules_<chatId>}. */
public final class RulesDeepLink {

  /** The button text when the chat has not set one with /rulesbutton. */
  public static final String DEFAULT_BUTTON_TEXT = "Rules";

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_]{1,32}");

  private RulesDeepLink() {}

  /** {@code https://t.me/<bot>?start=rules_<chatId>}; a leading '@' on the bot username is ignored. */
  public static String url(String botUsername, ChatId chat) {
    Objects.requireNonNull(botUsername, "botUsername");
    Objects.requireNonNull(chat, "chat");
    String bot = botUsername.startsWith("@") ? botUsername.substring(1) : botUsername;
    if (!USERNAME.matcher(bot).matches()) {
      throw new IllegalArgumentException(
          "bot username '" + botUsername + "' is not a Telegram username (letters, digits and '_', at most 32)");
    }
    return "https://t.me/" + bot + "?start=rules_" + chat.value();
  }

  /** The rules button, labelled {@code buttonText} or {@link #DEFAULT_BUTTON_TEXT} when that is null or blank. */
  public static UrlButton button(String botUsername, ChatId chat, String buttonText) {
    String text = buttonText == null || buttonText.isBlank() ? DEFAULT_BUTTON_TEXT : buttonText.strip();
    return new UrlButton(text, url(botUsername, chat));
  }
}

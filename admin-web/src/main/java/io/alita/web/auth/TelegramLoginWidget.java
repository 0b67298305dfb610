package io.alita.web.auth;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The Telegram Login Widget on the login page: which bot's button to show, and the check of what it sends back. Only
 * set up when the console has an https address (the widget works only on the domain linked to the bot with
 * BotFather's {@code /setdomain}), the bot's token (to check the signature) and its username ({@code BOT_USERNAME}).
 *
 * @param botUsername the bot's username, without {@code @}
 */
public record TelegramLoginWidget(String botUsername, TelegramLoginCheck check) {

  /** Telegram usernames: 5 to 32 letters, digits and underscores; a bot's ends with "bot". */
  private static final Pattern BOT_USERNAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{3,31}");

  public TelegramLoginWidget {
    Objects.requireNonNull(check, "check");
    if (!isBotUsername(botUsername)) {
      throw new IllegalArgumentException("not a bot username: " + botUsername);
    }
  }

  /** True for a plausible bot username (no {@code @}): letters, digits, underscores, 5 to 32, ending in "bot". */
  public static boolean isBotUsername(String name) {
    return name != null && BOT_USERNAME.matcher(name).matches()
        && name.toLowerCase(java.util.Locale.ROOT).endsWith("bot");
  }
}

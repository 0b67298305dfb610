package io.alita.app.config;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Telegram bot token as @BotFather hands it out: the bot's numeric id, a colon, and about 35 letters, digits,
 * {@code _} or {@code -}. {@link #toString()} shows only the (public) bot id.
 *
 * @param value the whole token; a secret
 */
public record BotToken(String value) {

  private static final Pattern FORM = Pattern.compile("([0-9]{1,20}):[A-Za-z0-9_-]{30,64}");

  /** Checks the form; the message never repeats the token. */
  public BotToken {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(problem(value));
    }
  }

  private static String problem(String value) {
    String form = "use the token from @BotFather, <bot id>:<about 35 letters, digits, _ or ->, "
        + "e.g. 123456789:AAE...";
    if (value.regionMatches(true, 0, "bot", 0, 3) && FORM.matcher(value.substring(3)).matches()) {
      return "starts with 'bot'; remove it, the token itself begins with the bot's numeric id";
    }
    return "does not look like a bot token; " + form;
  }

  /** The bot's user id: the part before the colon, which is public. */
  public long botId() {
    return Long.parseLong(value.substring(0, value.indexOf(':')));
  }

  /** {@code <bot id>:***}. */
  @Override
  public String toString() {
    return botId() + ":***";
  }
}

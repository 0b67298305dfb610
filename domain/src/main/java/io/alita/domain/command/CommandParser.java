package io.alita.domain.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a command at the start of a message's text (or a media caption) for one bot.
 *
 * <p>Only the {@code /} prefix is a command: the original bot registers its handlers with gotgbot's default trigger, which is
 * {@code /} alone, and Telegram clients only offer completion and highlighting for {@code /}. Accepting {@code !} would also turn
 * ordinary chat ("!important") into commands.
 *
 * <p>{@code /cmd@OurBot} is ours, compared without regard to case as Telegram usernames are; {@code /cmd@OtherBot} is for another
 * bot in the same group and is not a command for us.
 */
public final class CommandParser {

  private static final Pattern COMMAND_NAME = Pattern.compile("[A-Za-z0-9_]{1,32}");
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

  private final String botUsername;

  /**
   * @param botUsername this bot's username as reported by {@code getMe}, with or without the leading {@code @}
   * @throws IllegalArgumentException if it is not a Telegram username
   */
  public CommandParser(String botUsername) {
    Objects.requireNonNull(botUsername, "botUsername");
    String bare = botUsername.startsWith("@") ? botUsername.substring(1) : botUsername;
    if (!USERNAME.matcher(bare).matches()) {
      throw new IllegalArgumentException("bot username '" + botUsername
          + "' is not a Telegram username: use the username getMe reports, letters, digits and underscores only (e.g. AlitaRobot)");
    }
    this.botUsername = bare;
  }

  /**
   * The command in {@code text}, if the text starts with one addressed to this bot.
   *
   * @param text the message text or caption; empty when the message has none
   * @param entities the entities of that same text, offsets in UTF-16 code units
   * @return empty when the text is not a command, is malformed ({@code /}, {@code /bad-name}), or is for another bot
   */
  public Optional<Command> parse(String text, List<MessageEntity> entities) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entities, "entities");
    if (text.isEmpty() || text.charAt(0) != '/') {
      return Optional.empty();
    }
    int tokenEnd = 1;
    while (tokenEnd < text.length() && !Words.isSeparator(text.charAt(tokenEnd))) {
      tokenEnd++;
    }
    String token = text.substring(1, tokenEnd);
    int at = token.indexOf('@');
    String name = at < 0 ? token : token.substring(0, at);
    if (at >= 0 && !token.substring(at + 1).equalsIgnoreCase(botUsername)) {
      return Optional.empty();
    }
    if (!COMMAND_NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    int argumentStart = Words.leadingSeparators(text, tokenEnd);
    List<MessageEntity> relative = new ArrayList<>();
    for (MessageEntity entity : entities) {
      entity.within(argumentStart, text.length()).ifPresent(relative::add);
    }
    return Optional.of(new Command(name, text.substring(argumentStart), relative));
  }
}

package io.alita.domain.command;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A bot command addressed to us, e.g. {@code /ban @spammer flooding}.
 *
 * @param name the command without its slash or bot suffix, lowercase ({@code ban})
 * @param argumentText everything after the command with leading white space removed; the rest is exactly as sent, newlines
 *     and trailing white space included (notes, welcomes and rules depend on their layout)
 * @param entities the message's entities that fall inside the argument text, with offsets relative to {@code argumentText}
 *     (in UTF-16 code units, like Java string indexes); an entity crossing the start of the arguments is cut there
 */
public record Command(String name, String argumentText, List<MessageEntity> entities) {

  private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,32}");

  public Command {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(argumentText, "argumentText");
    name = name.toLowerCase(Locale.ROOT);
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("command name must be 1 to 32 letters, digits or underscores, got '" + name + "'");
    }
    entities = List.copyOf(entities);
    for (MessageEntity entity : entities) {
      if (entity.end() > argumentText.length()) {
        throw new IllegalArgumentException("entity " + entity + " reaches past the argument text (" + argumentText.length() + " units)");
      }
    }
  }

  /** A command without entities, e.g. built by the console sandbox or a test. */
  public static Command of(String name, String argumentText) {
    return new Command(name, argumentText, List.of());
  }

  /** True when anything other than white space follows the command. */
  public boolean hasArguments() {
    return !Words.isBlank(argumentText);
  }

  /** The argument text split into tokens; see {@link Arguments} for quoting. */
  public Arguments args() {
    return Arguments.tokenize(argumentText);
  }

  /** The first entity of {@code type} that starts exactly at {@code offset} of the argument text. */
  public Optional<MessageEntity> entityAt(int offset, EntityType type) {
    return entities.stream().filter(e -> e.type() == type && e.offset() == offset).findFirst();
  }
}

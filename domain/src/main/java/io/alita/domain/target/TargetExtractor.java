package io.alita.domain.target;

import io.alita.domain.command.AsciiInteger;
import io.alita.domain.command.Command;
import io.alita.domain.command.EntityType;
import io.alita.domain.command.MessageEntity;
import io.alita.domain.command.Words;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Finds whom a command is aimed at, trying in this order:
 * <ol>
 *   <li>a {@code text_mention} entity right at the start of the arguments (a user without a username, picked from the mention
 *       list); the reason is the text after the mention, so the mentioned name may be several words;</li>
 *   <li>an {@code @username} first word, looked up through {@link UserDirectory} (users, then channels, then Telegram);</li>
 *   <li>a numeric first word: a positive number is a user id, a number below -10<sup>12</sup> a channel id;</li>
 *   <li>the sender of the replied-to message, with the whole argument text as the reason.</li>
 * </ol>
 * A first word that looks like a username or an id but cannot be one is reported as {@link TargetOutcome.Invalid} rather
 * than passed over for the replied-to sender: acting on someone other than the person the admin named would be worse than
 * asking again.
 */
public final class TargetExtractor {

  // Channel and supergroup ids are -100 followed by at least ten digits; anything from here up is a basic group.
  private static final long CHANNEL_ID_CEILING = -1_000_000_000_000L;

  private final UserDirectory directory;

  public TargetExtractor(UserDirectory directory) {
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  /** The target of a command that does not reply to anything. */
  public TargetOutcome extract(Command command) {
    return extract(command, Optional.empty());
  }

  /** The target of {@code command}, which may reply to {@code replyTo}. */
  public TargetOutcome extract(Command command, Optional<RepliedMessage> replyTo) {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(replyTo, "replyTo");
    String text = command.argumentText();

    Optional<MessageEntity> mention = command.entityAt(0, EntityType.TEXT_MENTION);
    if (mention.isPresent()) {
      UserId user = mention.get().mentionedUser().orElseThrow();
      return new TargetOutcome.Found(new Target.User(user), Words.strip(text.substring(mention.get().end())));
    }

    Words.Split split = Words.splitFirst(text);
    String word = split.first();
    String reason = Words.strip(split.rest());
    if (word.startsWith("@")) {
      return byUsername(word, reason);
    }
    if (AsciiInteger.looksSigned(word)) {
      return byId(word, reason);
    }
    return replyTo.flatMap(RepliedMessage::sender)
        .<TargetOutcome>map(target -> new TargetOutcome.Found(target, Words.strip(text)))
        .orElseGet(TargetOutcome.None::new);
  }

  private TargetOutcome byUsername(String word, String reason) {
    Optional<Username> username = Username.parse(word);
    if (username.isEmpty()) {
      return new TargetOutcome.Invalid(word, TargetOutcome.Invalid.Problem.USERNAME);
    }
    return directory.findByUsername(username.get())
        .<TargetOutcome>map(target -> new TargetOutcome.Found(target, reason))
        .orElseGet(() -> new TargetOutcome.NotFound(username.get()));
  }

  private static TargetOutcome byId(String word, String reason) {
    OptionalLong id = AsciiInteger.parseSigned(word);
    if (id.isPresent() && id.getAsLong() > 0) {
      return new TargetOutcome.Found(new Target.User(UserId.of(id.getAsLong())), reason);
    }
    if (id.isPresent() && id.getAsLong() < CHANNEL_ID_CEILING) {
      return new TargetOutcome.Found(new Target.Channel(ChatId.of(id.getAsLong())), reason);
    }
    return new TargetOutcome.Invalid(word, TargetOutcome.Invalid.Problem.ID);
  }
}

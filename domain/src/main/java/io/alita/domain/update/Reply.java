package io.alita.domain.update;

import io.alita.domain.command.MessageEntity;
import io.alita.domain.model.MessageId;
import io.alita.domain.target.RepliedMessage;
import io.alita.domain.tracking.SeenUser;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The message a message replies to.
 *
 * @param sender who sent it, for picking a command's target
 * @param fromUser the user as Telegram showed them, when a user sent it
 * @param text its text, or the caption of a media message; empty when it has neither (e.g. {@code /setrules} as a
 *     reply takes the rules from here)
 * @param entities the formatting of {@code text} (so a note saved from a reply keeps its bold and links)
 * @param media the file it carries, when the bot can send it again ({@code /save name} as a reply to a photo)
 * @param forwardOrigin where it was forwarded from, when it is a forward ({@code /id} shows it)
 */
public record Reply(MessageId id, RepliedMessage sender, Optional<SeenUser> fromUser, String text,
    List<MessageEntity> entities, Optional<Media> media, Optional<ForwardOrigin> forwardOrigin) {
  public Reply {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(fromUser, "fromUser");
    text = text == null ? "" : text;
    entities = List.copyOf(entities);
    Objects.requireNonNull(media, "media");
    Objects.requireNonNull(forwardOrigin, "forwardOrigin");
  }

  /** A reply that is not a forward (or whose origin does not matter). */
  public Reply(MessageId id, RepliedMessage sender, Optional<SeenUser> fromUser, String text,
      List<MessageEntity> entities, Optional<Media> media) {
    this(id, sender, fromUser, text, entities, media, Optional.empty());
  }

  /** A reply with a plain text (or none) and no file. */
  public Reply(MessageId id, RepliedMessage sender, Optional<SeenUser> fromUser, String text) {
    this(id, sender, fromUser, text, List.of(), Optional.empty());
  }

  /** A reply whose text does not matter. */
  public Reply(MessageId id, RepliedMessage sender, Optional<SeenUser> fromUser) {
    this(id, sender, fromUser, "");
  }
}

package io.alita.domain.tracking;

import java.util.Objects;
import java.util.Optional;

/**
 * What one message shows the bot about who is where: the chat, the sender (absent for channel posts), the channel it was sent
 * on behalf of, and the channel it was forwarded from. A join is a sighting of the new member in the group.
 *
 * @param senderChat a channel posting in the group as itself ({@code sender_chat} of kind channel); not the group itself,
 *     which is what anonymous admins post as
 * @param forwardedFrom the channel of {@code forward_origin} when it is a channel
 */
public record Sighting(SeenChat chat, Optional<SeenUser> sender, Optional<SeenChannel> senderChat,
    Optional<SeenChannel> forwardedFrom) {

  public Sighting {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(senderChat, "senderChat");
    Objects.requireNonNull(forwardedFrom, "forwardedFrom");
  }

  /** A message from {@code sender} in {@code chat}. */
  public static Sighting of(SeenChat chat, SeenUser sender) {
    return new Sighting(chat, Optional.of(sender), Optional.empty(), Optional.empty());
  }

  /** A post in a channel, which has no sender. */
  public static Sighting channelPost(SeenChat channel) {
    return new Sighting(channel, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public Sighting withSenderChat(SeenChannel channel) {
    return new Sighting(chat, sender, Optional.of(channel), forwardedFrom);
  }

  public Sighting withForwardedFrom(SeenChannel channel) {
    return new Sighting(chat, sender, senderChat, Optional.of(channel));
  }
}

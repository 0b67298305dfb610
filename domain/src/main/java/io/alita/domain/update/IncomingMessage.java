package io.alita.domain.update;

import io.alita.domain.command.MessageEntity;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.tracking.SeenChannel;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A message (or an edited one) as the domain sees it: plain values, no Telegram library types.
 *
 * @param from the sender; empty for channel posts (GroupAnonymousBot or 777000 for anonymous admins and linked posts)
 * @param senderChat the chat it was sent on behalf of: a channel, or the group itself for an anonymous admin
 * @param text the text, or the caption of a media message; empty when there is neither
 * @param entities of the text or the caption
 * @param forwardedFrom the channel a forward came from, if any
 * @param forwarded any kind of forward
 * @param mediaGroupId empty unless the message is part of an album
 * @param newMembers users added to the chat (a join service message)
 * @param leftMember a user who left or was removed (a service message)
 * @param migratedTo set on the service message of a group upgraded to a supergroup
 * @param media the file it carries, when the bot can send it again by file id
 * @param threadId the forum topic it was sent in ({@code message_thread_id} of a topic message); empty outside topics
 */
public record IncomingMessage(
    MessageId id,
    SeenChat chat,
    Optional<SeenUser> from,
    Optional<SeenChannel> senderChat,
    Instant date,
    boolean edited,
    MessageKind kind,
    String text,
    List<MessageEntity> entities,
    Optional<Reply> replyTo,
    boolean forwarded,
    Optional<SeenChannel> forwardedFrom,
    String mediaGroupId,
    List<SeenUser> newMembers,
    Optional<SeenUser> leftMember,
    Optional<ChatId> migratedTo,
    Optional<Media> media,
    Optional<Integer> threadId) {

  public IncomingMessage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(senderChat, "senderChat");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    text = text == null ? "" : text;
    entities = List.copyOf(entities);
    Objects.requireNonNull(replyTo, "replyTo");
    Objects.requireNonNull(forwardedFrom, "forwardedFrom");
    mediaGroupId = mediaGroupId == null ? "" : mediaGroupId;
    newMembers = List.copyOf(newMembers);
    Objects.requireNonNull(leftMember, "leftMember");
    Objects.requireNonNull(migratedTo, "migratedTo");
    Objects.requireNonNull(media, "media");
    Objects.requireNonNull(threadId, "threadId");
  }

  /** The message as it was before media and topics were read (tests and older callers). */
  public IncomingMessage(MessageId id, SeenChat chat, Optional<SeenUser> from, Optional<SeenChannel> senderChat,
      Instant date, boolean edited, MessageKind kind, String text, List<MessageEntity> entities, Optional<Reply> replyTo,
      boolean forwarded, Optional<SeenChannel> forwardedFrom, String mediaGroupId, List<SeenUser> newMembers,
      Optional<SeenUser> leftMember, Optional<ChatId> migratedTo) {
    this(id, chat, from, senderChat, date, edited, kind, text, entities, replyTo, forwarded, forwardedFrom, mediaGroupId,
        newMembers, leftMember, migratedTo, Optional.empty(), Optional.empty());
  }

  public ChatId chatId() {
    return chat.id();
  }

  public boolean isPrivate() {
    return chat.kind() == io.alita.domain.tracking.ChatKind.PRIVATE;
  }

  public boolean isGroup() {
    return chat.kind().hasMembers();
  }

  /** A plain text message from a user: the shape most tests build. */
  public static IncomingMessage text(MessageId id, SeenChat chat, SeenUser from, Instant date, String text,
      List<MessageEntity> entities, Optional<Reply> replyTo) {
    return new IncomingMessage(id, chat, Optional.of(from), Optional.empty(), date, false, MessageKind.TEXT, text,
        entities, replyTo, false, Optional.empty(), "", List.of(), Optional.empty(), Optional.empty());
  }
}

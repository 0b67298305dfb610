package io.alita.telegram.update;

import io.alita.domain.command.EntityType;
import io.alita.domain.command.MessageEntity;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.target.RepliedMessage;
import io.alita.domain.tracking.SeenChannel;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.ForwardOrigin;
import io.alita.domain.update.IncomingMessage;
import io.alita.domain.update.MessageKind;
import io.alita.domain.update.Reply;
import io.alita.telegram.mapping.Parties;
import java.time.Instant;
import io.alita.domain.content.ContentType;
import io.alita.domain.update.Media;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.messageorigin.MessageOrigin;
import org.telegram.telegrambots.meta.api.objects.messageorigin.MessageOriginChannel;
import org.telegram.telegrambots.meta.api.objects.messageorigin.MessageOriginChat;
import org.telegram.telegrambots.meta.api.objects.messageorigin.MessageOriginHiddenUser;
import org.telegram.telegrambots.meta.api.objects.messageorigin.MessageOriginUser;

/** One TelegramBots {@link Message} as an {@link IncomingMessage}. */
final class MessageMapper {

  IncomingMessage map(Message m, boolean edited) {
    SeenChat chat = Parties.chat(m.getChat());
    // Text and caption are exclusive in the Bot API; entities are read directly because Message.isCommand() and
    // friends depend on getEntities() having been called first.
    boolean hasText = m.getText() != null;
    String text = hasText ? m.getText() : m.getCaption();
    List<org.telegram.telegrambots.meta.api.objects.MessageEntity> entities =
        hasText ? m.getEntities() : m.getCaptionEntities();
    return new IncomingMessage(
        MessageId.of(m.getMessageId()),
        chat,
        Optional.ofNullable(m.getFrom()).map(Parties::user),
        Parties.senderChat(m.getSenderChat()),
        Instant.ofEpochSecond(m.getDate() == null ? 0 : m.getDate()),
        edited,
        kind(m),
        text,
        entities(entities),
        reply(m, chat.id()),
        isForward(m),
        forwardedFrom(m),
        m.getMediaGroupId(),
        users(m.getNewChatMembers()),
        Optional.ofNullable(m.getLeftChatMember()).map(Parties::user),
        Optional.ofNullable(m.getMigrateToChatId()).map(ChatId::of),
        media(m),
        Boolean.TRUE.equals(m.getIsTopicMessage()) ? Optional.ofNullable(m.getMessageThreadId()) : Optional.empty());
  }

  /** The file a message carries, as the bot can send it again; for a photo, its largest size. */
  static Optional<Media> media(Message m) {
    MessageKind kind = kind(m);
    Optional<ContentType> type = ContentType.of(kind).filter(ContentType::isMedia);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    String fileId = switch (kind) {
      case ANIMATION -> m.getAnimation().getFileId();
      case PHOTO -> m.getPhoto().stream()
          .max(Comparator.comparingLong(p -> (long) nz(p.getWidth()) * nz(p.getHeight())))
          .map(p -> p.getFileId()).orElse(null);
      case VIDEO -> m.getVideo().getFileId();
      case AUDIO -> m.getAudio().getFileId();
      case VOICE -> m.getVoice().getFileId();
      case DOCUMENT -> m.getDocument().getFileId();
      case STICKER -> m.getSticker().getFileId();
      case VIDEO_NOTE -> m.getVideoNote().getFileId();
      default -> null;
    };
    return fileId == null || fileId.isBlank() ? Optional.empty() : Optional.of(new Media(type.get(), fileId));
  }

  private static int nz(Integer value) {
    return value == null ? 0 : value;
  }

  private static Optional<Reply> reply(Message m, ChatId chat) {
    Message replied = m.getReplyToMessage();
    if (replied == null) {
      return Optional.empty();
    }
    // In a forum every message of a topic "replies" to the topic's creation message; that is not a reply to its author.
    if (Boolean.TRUE.equals(m.getIsTopicMessage()) && replied.getForumTopicCreated() != null) {
      return Optional.empty();
    }
    User from = replied.getFrom();
    Optional<ChatId> senderChat = Optional.ofNullable(replied.getSenderChat()).map(c -> ChatId.of(c.getId()));
    RepliedMessage sender = new RepliedMessage(chat, Optional.ofNullable(from).map(u -> UserId.of(u.getId())), senderChat);
    // With a sender chat, "from" is only Telegram's placeholder (GroupAnonymousBot, 777000, Channel_Bot), not a person.
    Optional<SeenUser> fromUser = senderChat.isPresent() ? Optional.empty() : Optional.ofNullable(from).map(Parties::user);
    boolean hasText = replied.getText() != null;
    String text = hasText ? replied.getText() : replied.getCaption();
    List<MessageEntity> entities = entities(hasText ? replied.getEntities() : replied.getCaptionEntities());
    return Optional.of(new Reply(MessageId.of(replied.getMessageId()), sender, fromUser, text, entities,
        media(replied), forwardOrigin(replied)));
  }

  /** Where a forward came from: {@code forward_origin}, or before Bot API 7.0 the {@code forward_*} fields. */
  static Optional<ForwardOrigin> forwardOrigin(Message m) {
    MessageOrigin origin = m.getForwardOrigin();
    if (origin instanceof MessageOriginUser user && user.getSenderUser() != null) {
      return Optional.of(new ForwardOrigin.User(Parties.user(user.getSenderUser())));
    }
    if (origin instanceof MessageOriginHiddenUser hidden) {
      return Optional.of(new ForwardOrigin.HiddenUser(hidden.getSenderUserName()));
    }
    if (origin instanceof MessageOriginChannel channel) {
      return Parties.senderChat(channel.getChat()).map(c -> new ForwardOrigin.Chat(c, true));
    }
    if (origin instanceof MessageOriginChat chat) {
      return Parties.senderChat(chat.getSenderChat()).map(c -> new ForwardOrigin.Chat(c, false));
    }
    if (m.getForwardFrom() != null) {
      return Optional.of(new ForwardOrigin.User(Parties.user(m.getForwardFrom())));
    }
    if (m.getForwardFromChat() != null) {
      boolean channel = "channel".equalsIgnoreCase(m.getForwardFromChat().getType());
      return Parties.senderChat(m.getForwardFromChat()).map(c -> new ForwardOrigin.Chat(c, channel));
    }
    if (m.getForwardSenderName() != null) {
      return Optional.of(new ForwardOrigin.HiddenUser(m.getForwardSenderName()));
    }
    return Optional.empty();
  }

  private static boolean isForward(Message m) {
    return m.getForwardOrigin() != null || m.getForwardDate() != null || m.getForwardFrom() != null
        || m.getForwardFromChat() != null || m.getForwardSenderName() != null;
  }

  private static Optional<SeenChannel> forwardedFrom(Message m) {
    MessageOrigin origin = m.getForwardOrigin();
    if (origin instanceof MessageOriginChannel channel) {
      return Parties.channel(channel.getChat());
    }
    // Bot API before 7.0 (a self-hosted server may still be that old) said it with forward_from_chat.
    return Parties.channel(m.getForwardFromChat());
  }

  private static List<MessageEntity> entities(List<org.telegram.telegrambots.meta.api.objects.MessageEntity> entities) {
    if (entities == null) {
      return List.of();
    }
    List<MessageEntity> mapped = new ArrayList<>(entities.size());
    for (var e : entities) {
      if (e.getOffset() == null || e.getLength() == null || e.getOffset() < 0 || e.getLength() < 1) {
        continue; // not a span the domain could use; Telegram never sends these
      }
      EntityType type = EntityType.fromApiName(e.getType());
      if (type == EntityType.TEXT_LINK && e.getUrl() != null) {
        mapped.add(MessageEntity.textLink(e.getOffset(), e.getLength(), e.getUrl()));
      } else if (type == EntityType.TEXT_MENTION && e.getUser() != null) {
        mapped.add(MessageEntity.textMention(e.getOffset(), e.getLength(), UserId.of(e.getUser().getId())));
      } else if (type == EntityType.TEXT_LINK || type == EntityType.TEXT_MENTION) {
        // Missing its url or user: keep the span but not a claim the domain would trust.
        mapped.add(MessageEntity.of(EntityType.OTHER, e.getOffset(), e.getLength()));
      } else {
        mapped.add(MessageEntity.of(type, e.getOffset(), e.getLength()));
      }
    }
    return mapped;
  }

  private static List<SeenUser> users(List<User> users) {
    return users == null ? List.of() : users.stream().map(Parties::user).toList();
  }

  /** What the message carries; checked most specific first (an animation also has a document, a venue a location). */
  static MessageKind kind(Message m) {
    if (m.getText() != null) {
      return MessageKind.TEXT;
    }
    if (m.getAnimation() != null) {
      return MessageKind.ANIMATION;
    }
    if (m.getPhoto() != null && !m.getPhoto().isEmpty()) {
      return MessageKind.PHOTO;
    }
    if (m.getVideo() != null) {
      return MessageKind.VIDEO;
    }
    if (m.getAudio() != null) {
      return MessageKind.AUDIO;
    }
    if (m.getVoice() != null) {
      return MessageKind.VOICE;
    }
    if (m.getDocument() != null) {
      return MessageKind.DOCUMENT;
    }
    if (m.getSticker() != null) {
      return MessageKind.STICKER;
    }
    if (m.getVideoNote() != null) {
      return MessageKind.VIDEO_NOTE;
    }
    if (m.getContact() != null) {
      return MessageKind.CONTACT;
    }
    if (m.getVenue() != null) {
      return MessageKind.VENUE;
    }
    if (m.getLocation() != null) {
      return MessageKind.LOCATION;
    }
    if (m.getPoll() != null) {
      return MessageKind.POLL;
    }
    if (m.getDice() != null) {
      return MessageKind.DICE;
    }
    if (m.getGame() != null) {
      return MessageKind.GAME;
    }
    return isService(m) ? MessageKind.SERVICE : MessageKind.OTHER;
  }

  private static boolean isService(Message m) {
    return (m.getNewChatMembers() != null && !m.getNewChatMembers().isEmpty())
        || m.getLeftChatMember() != null
        || m.getNewChatTitle() != null
        || m.getNewChatPhoto() != null
        || Boolean.TRUE.equals(m.getDeleteChatPhoto())
        || Boolean.TRUE.equals(m.getGroupchatCreated())
        || Boolean.TRUE.equals(m.getSuperGroupCreated())
        || Boolean.TRUE.equals(m.getChannelChatCreated())
        || m.getMigrateToChatId() != null
        || m.getMigrateFromChatId() != null
        || m.getPinnedMessage() != null
        || m.getMessageAutoDeleteTimerChanged() != null
        || m.getVideoChatStarted() != null
        || m.getVideoChatEnded() != null
        || m.getVideoChatScheduled() != null
        || m.getVideoChatParticipantsInvited() != null
        || m.getForumTopicCreated() != null
        || m.getForumTopicEdited() != null
        || m.getForumTopicClosed() != null
        || m.getForumTopicReopened() != null
        || m.getGeneralForumTopicHidden() != null
        || m.getGeneralForumTopicUnhidden() != null
        || m.getWriteAccessAllowed() != null
        || m.getBoostAdded() != null
        || m.getProximityAlertTriggered() != null
        || m.getChatBackgroundSet() != null;
  }
}

package io.alita.domain.testing;

import io.alita.domain.action.Button;
import io.alita.domain.command.EntityType;
import io.alita.domain.content.ContentType;
import io.alita.domain.command.MessageEntity;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.target.RepliedMessage;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChannel;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.ButtonPress;
import io.alita.domain.update.Incoming;
import io.alita.domain.update.IncomingMessage;
import io.alita.domain.update.JoinRequest;
import io.alita.domain.update.Media;
import io.alita.domain.update.MemberChange;
import io.alita.domain.update.MessageKind;
import io.alita.domain.update.Reply;
import io.alita.domain.update.UpdateId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one factory of the events module tests feed to a dispatcher: messages (plain text, commands, replies, join and
 * leave service messages, or anything else through {@link #message}), button presses, member changes and join
 * requests. Every event gets the next update id and every message the next message id, so a test never repeats an
 * update by accident; to deliver an update again, dispatch the same event twice.
 *
 * <p>Messages are dated by the clock given, so a {@link MutableClock} dates them as the test moves it.
 */
public final class TestMessages {

  /** The first update id handed out unless a test asks for another. */
  public static final long FIRST_UPDATE = 1000;
  /** The first message id handed out unless a test asks for another. */
  public static final int FIRST_MESSAGE = 100;

  private final Clock clock;
  private final AtomicLong updates;
  private final AtomicInteger messages;

  public TestMessages(Clock clock) {
    this(clock, FIRST_UPDATE, FIRST_MESSAGE);
  }

  /** Ids start at {@code firstUpdate} and {@code firstMessage}. */
  public TestMessages(Clock clock, long firstUpdate, int firstMessage) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.updates = new AtomicLong(firstUpdate);
    this.messages = new AtomicInteger(firstMessage);
  }

  /** A fresh update id. */
  public UpdateId nextUpdate() {
    return new UpdateId(updates.getAndIncrement());
  }

  /** A fresh message id. */
  public MessageId nextMessage() {
    return MessageId.of(messages.getAndIncrement());
  }

  /** The id the next message will get, without taking it. */
  public MessageId upcomingMessage() {
    return MessageId.of(messages.get());
  }

  // ------------------------------------------------------------------------------------------------ chats, replies

  /** {@code user}'s private chat with the bot. */
  public static SeenChat privateChat(SeenUser user) {
    return new SeenChat(ChatId.of(user.id().value()), ChatKind.PRIVATE, null, null);
  }

  /** What a reply to message {@code id}, sent by {@code author} in {@code chat}, carries. */
  public static Reply replyTo(SeenChat chat, int id, SeenUser author) {
    return new Reply(MessageId.of(id), RepliedMessage.fromUser(chat.id(), author.id()), Optional.of(author));
  }

  /** {@link #replyTo(SeenChat, int, SeenUser)} with the replied-to message's text. */
  public static Reply replyTo(SeenChat chat, int id, SeenUser author, String text) {
    return new Reply(MessageId.of(id), RepliedMessage.fromUser(chat.id(), author.id()), Optional.of(author), text);
  }

  /** A reply to message {@code id}: {@code author}'s file with {@code caption}. */
  public static Reply replyToMedia(SeenChat chat, int id, SeenUser author, ContentType type, String fileId,
      String caption) {
    return new Reply(MessageId.of(id), RepliedMessage.fromUser(chat.id(), author.id()), Optional.of(author), caption,
        List.of(), Optional.of(new Media(type, fileId)));
  }

  /** What a reply to message {@code id}, posted in {@code chat} on behalf of {@code channel}, carries. */
  public static Reply replyToChannelPost(SeenChat chat, int id, SeenChannel channel) {
    return new Reply(MessageId.of(id), RepliedMessage.fromSenderChat(chat.id(), UserId.of(136817688), channel.id()),
        Optional.empty());
  }

  // ------------------------------------------------------------------------------------------------ messages

  /** A message of any shape: set what the test needs, then {@link Draft#build} or {@link Draft#incoming}. */
  public Draft message(SeenChat chat, SeenUser from) {
    return new Draft(nextMessage(), chat, Optional.of(from));
  }

  /** A message an anonymous admin sends: from GroupAnonymousBot on behalf of {@code chat} itself. */
  public Draft messageFromAnonymousAdmin(SeenChat chat) {
    return new Draft(nextMessage(), chat, Optional.empty()).anonymousAdmin();
  }

  /** A message with no {@code from} (a channel post). */
  public Draft messageWithoutSender(SeenChat chat) {
    return new Draft(nextMessage(), chat, Optional.empty());
  }

  /** {@code from} writes {@code text} in {@code chat}: no entities, no reply. Commands are recognised by text alone. */
  public Incoming.Message text(SeenChat chat, SeenUser from, String text) {
    return message(chat, from).text(text).incoming();
  }

  /** {@code from} sends {@code text} with the {@code bot_command} entity on its first word, as Telegram marks it. */
  public Incoming.Message command(SeenChat chat, SeenUser from, String text) {
    return message(chat, from).command(text).incoming();
  }

  /** {@code from} writes {@code text} in reply to message {@code repliedMessage} that {@code author} sent. */
  public Incoming.Message reply(SeenChat chat, SeenUser from, String text, SeenUser author, int repliedMessage) {
    return reply(chat, from, text, replyTo(chat, repliedMessage, author));
  }

  /** {@code from} writes {@code text} in reply to {@code reply}. */
  public Incoming.Message reply(SeenChat chat, SeenUser from, String text, Reply reply) {
    return message(chat, from).text(text).replyTo(reply).incoming();
  }

  /** The service message of {@code members} joining {@code chat} by themselves (the first one is its sender). */
  public Incoming.Message joined(SeenChat chat, SeenUser... members) {
    return added(chat, members[0], members);
  }

  /** The service message of {@code by} adding {@code members} to {@code chat}. */
  public Incoming.Message added(SeenChat chat, SeenUser by, SeenUser... members) {
    return message(chat, by).kind(MessageKind.SERVICE).newMembers(members).incoming();
  }

  /** The service message of {@code member} leaving {@code chat}. */
  public Incoming.Message left(SeenChat chat, SeenUser member) {
    return message(chat, member).kind(MessageKind.SERVICE).leftMember(member).incoming();
  }

  // ------------------------------------------------------------------------------------------------ other events

  /** {@code from} presses a button carrying {@code data} on message {@code on}; the callback id is unique. */
  public Incoming.Button press(SeenChat chat, SeenUser from, MessageId on, String data) {
    UpdateId update = nextUpdate();
    return new Incoming.Button(update, new ButtonPress("cb-" + update.value(), from, chat, on, data));
  }

  /** {@code from} presses {@code button} (a callback button) on message {@code on}. */
  public Incoming.Button press(SeenChat chat, SeenUser from, MessageId on, Button button) {
    if (!(button instanceof Button.Callback callback)) {
      throw new IllegalArgumentException("only callback buttons can be pressed, not " + button);
    }
    return press(chat, from, on, callback.data());
  }

  /** {@code user}'s status in {@code chat} changes from {@code before} to {@code after}, by {@code by}. */
  public Incoming.Member memberChange(SeenChat chat, SeenUser by, SeenUser user, ChatMember before,
      ChatMember after) {
    return new Incoming.Member(nextUpdate(), new MemberChange(chat, by, user, before, after, false));
  }

  /** The {@code chat_member} update of {@code user} joining {@code chat}. */
  public Incoming.Member memberJoined(SeenChat chat, SeenUser user) {
    return memberChange(chat, user, user, ChatMember.of(user.id(), MemberStatus.LEFT),
        ChatMember.of(user.id(), MemberStatus.MEMBER));
  }

  /** The {@code chat_member} update of {@code user} leaving {@code chat}. */
  public Incoming.Member memberLeft(SeenChat chat, SeenUser user) {
    return memberChange(chat, user, user, ChatMember.of(user.id(), MemberStatus.MEMBER),
        ChatMember.of(user.id(), MemberStatus.LEFT));
  }

  /** {@code user} asks to join {@code chat}. */
  public Incoming.Join joinRequest(SeenChat chat, SeenUser user) {
    return new Incoming.Join(nextUpdate(), new JoinRequest(chat, user));
  }

  // ------------------------------------------------------------------------------------------------ draft

  /** One message being put together; starts as an empty text message dated now. */
  public final class Draft {
    private MessageId id;
    private final SeenChat chat;
    private Optional<SeenUser> from;
    private Optional<SeenChannel> senderChat = Optional.empty();
    private Instant date = clock.instant();
    private boolean edited;
    private MessageKind kind = MessageKind.TEXT;
    private String text = "";
    private List<MessageEntity> entities = List.of();
    private Optional<Reply> replyTo = Optional.empty();
    private boolean forwarded;
    private Optional<SeenChannel> forwardedFrom = Optional.empty();
    private String mediaGroupId = "";
    private List<SeenUser> newMembers = List.of();
    private Optional<SeenUser> leftMember = Optional.empty();
    private Optional<ChatId> migratedTo = Optional.empty();

    private Draft(MessageId id, SeenChat chat, Optional<SeenUser> from) {
      this.id = id;
      this.chat = Objects.requireNonNull(chat, "chat");
      this.from = from;
    }

    public Draft id(int value) {
      this.id = MessageId.of(value);
      return this;
    }

    public Draft text(String value) {
      this.text = value;
      return this;
    }

    /** The text with the {@code bot_command} entity on its first word. */
    public Draft command(String value) {
      int end = value.indexOf(' ') < 0 ? value.length() : value.indexOf(' ');
      List<MessageEntity> withCommand = new ArrayList<>();
      withCommand.add(MessageEntity.of(EntityType.BOT_COMMAND, 0, end));
      withCommand.addAll(entities);
      this.text = value;
      this.entities = withCommand;
      return this;
    }

    public Draft entities(List<MessageEntity> value) {
      this.entities = List.copyOf(value);
      return this;
    }

    public Draft entities(MessageEntity... value) {
      return entities(List.of(value));
    }

    private Optional<Media> media = Optional.empty();
    private Optional<Integer> threadId = Optional.empty();

    public Draft kind(MessageKind value) {
      this.kind = value;
      return this;
    }

    public Draft replyTo(Reply value) {
      this.replyTo = Optional.of(value);
      return this;
    }

    /** A reply to message {@code repliedMessage} that {@code author} sent in this chat. */
    public Draft replyTo(int repliedMessage, SeenUser author) {
      return replyTo(TestMessages.replyTo(chat, repliedMessage, author));
    }

    /** Sent on behalf of {@code channel} (a linked channel, or the group itself for an anonymous admin). */
    public Draft senderChat(SeenChannel value) {
      this.senderChat = Optional.of(value);
      return this;
    }

    /** Sent by an anonymous admin: from GroupAnonymousBot on behalf of the group itself. */
    public Draft anonymousAdmin() {
      this.from = Optional.of(new SeenUser(UserId.GROUP_ANONYMOUS_BOT, "Group", null, "GroupAnonymousBot", true));
      this.senderChat = Optional.of(new SeenChannel(chat.id(), chat.title(), chat.username()));
      return this;
    }

    public Draft edited() {
      this.edited = true;
      return this;
    }

    public Draft at(Instant value) {
      this.date = value;
      return this;
    }

    /** Forwarded from a user or a hidden sender. */
    public Draft forwarded() {
      this.forwarded = true;
      return this;
    }

    /** Forwarded from {@code channel}. */
    public Draft forwardedFrom(SeenChannel channel) {
      this.forwarded = true;
      this.forwardedFrom = Optional.of(channel);
      return this;
    }

    public Draft mediaGroup(String value) {
      this.mediaGroupId = value;
      return this;
    }

    public Draft newMembers(SeenUser... members) {
      this.newMembers = List.of(members);
      return this;
    }

    public Draft leftMember(SeenUser member) {
      this.leftMember = Optional.of(member);
      return this;
    }

    public Draft migratedTo(ChatId value) {
      this.migratedTo = Optional.of(value);
      return this;
    }

    /** Carries a file: the kind follows the type; the text, if any, is its caption. */
    public Draft media(ContentType type, String fileId) {
      this.media = Optional.of(new Media(type, fileId));
      this.kind = switch (type) {
        case STICKER -> MessageKind.STICKER;
        case DOCUMENT -> MessageKind.DOCUMENT;
        case PHOTO -> MessageKind.PHOTO;
        case AUDIO -> MessageKind.AUDIO;
        case VOICE -> MessageKind.VOICE;
        case VIDEO -> MessageKind.VIDEO;
        case VIDEO_NOTE -> MessageKind.VIDEO_NOTE;
        case ANIMATION -> MessageKind.ANIMATION;
        case TEXT -> MessageKind.TEXT;
      };
      return this;
    }

    /** Sent in forum topic {@code value}. */
    public Draft inThread(int value) {
      this.threadId = Optional.of(value);
      return this;
    }

    public IncomingMessage build() {
      return new IncomingMessage(id, chat, from, senderChat, date, edited, kind, text, entities, replyTo, forwarded,
          forwardedFrom, mediaGroupId, newMembers, leftMember, migratedTo, media, threadId);
    }

    /** The message as the next update. */
    public Incoming.Message incoming() {
      return new Incoming.Message(nextUpdate(), build());
    }

    /** The message as update {@code update}. */
    public Incoming.Message incoming(UpdateId update) {
      return new Incoming.Message(update, build());
    }
  }
}

package io.alita.domain.locks;

import static io.alita.domain.locks.LockType.ALL;
import static io.alita.domain.locks.LockType.ANONCHANNEL;
import static io.alita.domain.locks.LockType.AUDIO;
import static io.alita.domain.locks.LockType.BOTS;
import static io.alita.domain.locks.LockType.COMMENTS;
import static io.alita.domain.locks.LockType.CONTACT;
import static io.alita.domain.locks.LockType.DOCUMENT;
import static io.alita.domain.locks.LockType.FORWARD;
import static io.alita.domain.locks.LockType.GAME;
import static io.alita.domain.locks.LockType.GIF;
import static io.alita.domain.locks.LockType.LOCATION;
import static io.alita.domain.locks.LockType.MEDIA;
import static io.alita.domain.locks.LockType.MESSAGES;
import static io.alita.domain.locks.LockType.OTHER;
import static io.alita.domain.locks.LockType.PHOTO;
import static io.alita.domain.locks.LockType.PREVIEWS;
import static io.alita.domain.locks.LockType.RTL;
import static io.alita.domain.locks.LockType.STICKER;
import static io.alita.domain.locks.LockType.URL;
import static io.alita.domain.locks.LockType.VIDEO;
import static io.alita.domain.locks.LockType.VIDEONOTE;
import static io.alita.domain.locks.LockType.VOICE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.command.EntityType;
import io.alita.domain.command.MessageEntity;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChannel;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.IncomingMessage;
import io.alita.domain.update.MessageKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which lock types each kind of message falls under. */
class LockDetectorTest {

  private static final ChatId CHAT_ID = ChatId.of(-1001234567890L);
  private static final SeenChat CHAT = new SeenChat(CHAT_ID, ChatKind.SUPERGROUP, "Engines", null);
  private static final SeenUser MEMBER = new SeenUser(UserId.of(3), "Max", null, null, false);
  private static final SeenUser TELEGRAM = new SeenUser(UserId.TELEGRAM, "Telegram", null, null, false);
  private static final SeenChannel NEWS = new SeenChannel(ChatId.of(-1009876543210L), "News", "news");

  private final TestMessages messages = new TestMessages(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

  /** What each kind of message falls under, sent by a member with a caption or text free of links and Arabic. */
  private static final Map<MessageKind, Set<LockType>> BY_KIND = Map.ofEntries(
      Map.entry(MessageKind.TEXT, EnumSet.of(ALL, MESSAGES, COMMENTS)),
      Map.entry(MessageKind.PHOTO, EnumSet.of(ALL, PHOTO, MEDIA, MESSAGES, COMMENTS)),
      Map.entry(MessageKind.VIDEO, EnumSet.of(ALL, VIDEO, MEDIA, MESSAGES, COMMENTS)),
      Map.entry(MessageKind.ANIMATION, EnumSet.of(ALL, GIF, MEDIA, OTHER, MESSAGES, COMMENTS)),
      Map.entry(MessageKind.AUDIO, EnumSet.of(ALL, AUDIO, MEDIA, MESSAGES, COMMENTS)),
      Map.entry(MessageKind.VOICE, EnumSet.of(ALL, VOICE, MEDIA, MESSAGES, COMMENTS)),
      Map.entry(MessageKind.DOCUMENT, EnumSet.of(ALL, DOCUMENT, MEDIA, MESSAGES, COMMENTS)),
      Map.entry(MessageKind.STICKER, EnumSet.of(ALL, STICKER, OTHER, MESSAGES, COMMENTS)),
      Map.entry(MessageKind.VIDEO_NOTE, EnumSet.of(ALL, VIDEONOTE, MEDIA, MESSAGES, COMMENTS)),
      Map.entry(MessageKind.CONTACT, EnumSet.of(ALL, CONTACT, MESSAGES, COMMENTS)),
      Map.entry(MessageKind.LOCATION, EnumSet.of(ALL, LOCATION, MESSAGES, COMMENTS)),
      Map.entry(MessageKind.VENUE, EnumSet.of(ALL, LOCATION, MESSAGES, COMMENTS)),
      Map.entry(MessageKind.POLL, EnumSet.of(ALL)),
      Map.entry(MessageKind.DICE, EnumSet.of(ALL)),
      Map.entry(MessageKind.GAME, EnumSet.of(ALL, GAME, OTHER, MESSAGES, COMMENTS)),
      Map.entry(MessageKind.SERVICE, EnumSet.of(ALL)),
      Map.entry(MessageKind.OTHER, EnumSet.of(ALL)));

  private IncomingMessage message(MessageKind kind, String text, List<MessageEntity> entities) {
    return messages.message(CHAT, MEMBER).kind(kind).text(text).entities(entities).build();
  }

  private IncomingMessage text(String text) {
    return message(MessageKind.TEXT, text, List.of());
  }

  @ParameterizedTest
  @EnumSource(MessageKind.class)
  void eachKindOfMessageFallsUnderItsOwnTypesAndTheGroupsItBelongsTo(MessageKind kind) {
    String text = kind == MessageKind.TEXT ? "hello" : "";

    assertEquals(BY_KIND.get(kind), LockDetector.detect(message(kind, text, List.of())), kind.name());
  }

  @Test
  void everyKindIsCovered() {
    assertEquals(EnumSet.allOf(MessageKind.class), EnumSet.copyOf(BY_KIND.keySet()));
  }

  @Test
  void aUrlEntityIsALinkAndAPreview() {
    IncomingMessage m = message(MessageKind.TEXT, "see example.com", List.of(MessageEntity.of(EntityType.URL, 4, 11)));

    assertEquals(EnumSet.of(ALL, MESSAGES, COMMENTS, URL, PREVIEWS), LockDetector.detect(m));
  }

  @Test
  void aTextLinkIsALinkToo() {
    IncomingMessage m = message(MessageKind.TEXT, "click here",
        List.of(MessageEntity.textLink(0, 5, "https://example.com")));

    assertEquals(EnumSet.of(ALL, MESSAGES, COMMENTS, URL, PREVIEWS), LockDetector.detect(m));
  }

  @Test
  void aLinkInAPhotoCaptionCounts() {
    IncomingMessage m = message(MessageKind.PHOTO, "example.com", List.of(MessageEntity.of(EntityType.URL, 0, 11)));

    assertEquals(EnumSet.of(ALL, PHOTO, MEDIA, MESSAGES, COMMENTS, URL, PREVIEWS), LockDetector.detect(m));
  }

  @Test
  void otherEntitiesAreNoLinks() {
    IncomingMessage m = message(MessageKind.TEXT, "@someone mail@example.com #tag", List.of(
        MessageEntity.of(EntityType.MENTION, 0, 8), MessageEntity.of(EntityType.EMAIL, 9, 16),
        MessageEntity.of(EntityType.HASHTAG, 26, 4)));

    assertEquals(EnumSet.of(ALL, MESSAGES, COMMENTS), LockDetector.detect(m));
  }

  @Test
  void arabicScriptIsRtl() {
    assertEquals(EnumSet.of(ALL, MESSAGES, COMMENTS, RTL), LockDetector.detect(text("hello مرحبا")));
  }

  @Test
  void theEdgesOfTheArabicBlockCountAndItsNeighboursDoNot() {
    assertEquals(true, LockDetector.hasArabicScript("\u0600"));
    assertEquals(true, LockDetector.hasArabicScript("\u06FF"));
    assertEquals(false, LockDetector.hasArabicScript("\u05FF\u0700 Hebrew שלום"));
  }

  @Test
  void anArabicCaptionIsRtlToo() {
    assertEquals(EnumSet.of(ALL, PHOTO, MEDIA, MESSAGES, COMMENTS, RTL),
        LockDetector.detect(message(MessageKind.PHOTO, "صورة", List.of())));
  }

  @Test
  void aForwardIsAForward() {
    IncomingMessage m = messages.message(CHAT, MEMBER).text("fwd").forwardedFrom(NEWS).build();

    assertEquals(EnumSet.of(ALL, MESSAGES, COMMENTS, FORWARD), LockDetector.detect(m));
  }

  @Test
  void aChannelPostingInTheGroupIsAnAnonymousChannel() {
    IncomingMessage m = messages.message(CHAT, MEMBER).senderChat(NEWS).text("from the channel").build();

    assertEquals(EnumSet.of(ALL, MESSAGES, COMMENTS, ANONCHANNEL), LockDetector.detect(m));
  }

  @Test
  void theLinkedChannelsAutomaticForwardIsAnAnonymousChannelButNoComment() {
    IncomingMessage m = messages.message(CHAT, TELEGRAM).senderChat(NEWS).forwardedFrom(NEWS).text("new post").build();

    assertEquals(EnumSet.of(ALL, MESSAGES, FORWARD, ANONCHANNEL), LockDetector.detect(m));
  }

  @Test
  void anAnonymousAdminPostsAsTheGroupWhichIsNoChannel() {
    IncomingMessage m = messages.messageFromAnonymousAdmin(CHAT).text("hi").build();

    assertEquals(EnumSet.of(ALL, MESSAGES, COMMENTS), LockDetector.detect(m));
  }

  @Test
  void aJoinMessageAddingABotIsBotsAndAddingPeopleIsNot() {
    SeenUser someBot = new SeenUser(UserId.of(4242), "Spam", null, "spam_bot", true);
    IncomingMessage withBot = messages.added(CHAT, MEMBER, MEMBER, someBot).message();
    IncomingMessage withPeople = messages.joined(CHAT, MEMBER).message();

    assertEquals(EnumSet.of(ALL, BOTS), LockDetector.detect(withBot));
    assertEquals(EnumSet.of(ALL), LockDetector.detect(withPeople));
  }

  @Test
  void everyTypeHasItsWordAndIsFoundByItRegardlessOfCase() {
    assertEquals(22, LockType.values().length);
    for (LockType type : LockType.values()) {
      assertEquals(Optional.of(type), LockType.of(type.word().toUpperCase(java.util.Locale.ROOT)));
    }
    assertEquals(Optional.empty(), LockType.of("stickers"));
  }
}

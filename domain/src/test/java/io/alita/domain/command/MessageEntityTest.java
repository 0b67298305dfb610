package io.alita.domain.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.alita.domain.model.UserId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessageEntityTest {

  @Test
  void textMentionCarriesTheMentionedUser() {
    MessageEntity mention = MessageEntity.textMention(3, 5, UserId.of(9));
    assertEquals(EntityType.TEXT_MENTION, mention.type());
    assertEquals(Optional.of(UserId.of(9)), mention.mentionedUser());
    assertEquals(8, mention.end());
  }

  @Test
  void textLinkCarriesItsUrl() {
    assertEquals(Optional.of("https://t.me"), MessageEntity.textLink(0, 1, "https://t.me").url());
  }

  @Test
  void textInReturnsTheCoveredUtf16Span() {
    String text = "👍 ok";
    assertEquals("👍", MessageEntity.of(EntityType.BOLD, 0, 2).textIn(text));
    assertEquals("ok", MessageEntity.of(EntityType.BOLD, 3, 2).textIn(text));
  }

  @Test
  void textInClipsToShortText() {
    assertEquals("k", MessageEntity.of(EntityType.BOLD, 1, 10).textIn("ok"));
    assertEquals("", MessageEntity.of(EntityType.BOLD, 5, 1).textIn("ok"));
  }

  @Test
  void negativeOffsetIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> MessageEntity.of(EntityType.BOLD, -1, 2));
  }

  @Test
  void emptyLengthIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> MessageEntity.of(EntityType.BOLD, 0, 0));
  }

  @Test
  void endBeyondIntegerRangeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> MessageEntity.of(EntityType.BOLD, Integer.MAX_VALUE, 1));
  }

  @Test
  void textMentionWithoutUserIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> MessageEntity.of(EntityType.TEXT_MENTION, 0, 1));
  }

  @Test
  void userOnAnotherTypeIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new MessageEntity(EntityType.MENTION, 0, 1, Optional.empty(), Optional.of(UserId.of(1))));
  }

  @Test
  void textLinkWithoutUrlIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> MessageEntity.of(EntityType.TEXT_LINK, 0, 1));
  }

  @Test
  void apiNamesMapToTypesAndUnknownOnesToOther() {
    assertEquals(EntityType.TEXT_MENTION, EntityType.fromApiName("text_mention"));
    assertEquals(EntityType.EXPANDABLE_BLOCKQUOTE, EntityType.fromApiName("expandable_blockquote"));
    assertEquals(EntityType.OTHER, EntityType.fromApiName("date_time"));
    assertEquals(EntityType.OTHER, EntityType.fromApiName("other"));
    assertEquals(EntityType.OTHER, EntityType.fromApiName("TEXT_MENTION"));
    assertEquals(EntityType.OTHER, EntityType.fromApiName(null));
  }

  @Test
  void everyKnownTypeRoundTripsThroughItsApiName() {
    for (EntityType type : EntityType.values()) {
      if (type != EntityType.OTHER) {
        assertEquals(type, EntityType.fromApiName(type.apiName()));
      }
    }
  }
}

package io.alita.domain.purges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.alita.domain.action.ChatAction;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PurgeRangeTest {

  private static final ChatId CHAT = ChatId.of(-100);

  @Test
  void aRangeBetweenTwoMessagesRunsFromTheOlderToTheNewer() {
    assertEquals(new PurgeRange(MessageId.of(5), MessageId.of(9)), PurgeRange.between(MessageId.of(9), MessageId.of(5)));
    assertEquals(5, PurgeRange.between(MessageId.of(5), MessageId.of(9)).size());
  }

  @Test
  void aBackwardsRangeCannotBeBuilt() {
    assertThrows(IllegalArgumentException.class, () -> new PurgeRange(MessageId.of(9), MessageId.of(5)));
  }

  @Test
  void aSingleMessageIsOneDeletionOfOneId() {
    assertEquals(List.of(ChatAction.Delete.one(CHAT, MessageId.of(7))),
        PurgeRange.between(MessageId.of(7), MessageId.of(7)).deletions(CHAT));
  }

  @Test
  void exactlyAHundredIdsFitOneCall() {
    List<ChatAction.Delete> deletions = PurgeRange.between(MessageId.of(1), MessageId.of(100)).deletions(CHAT);

    assertEquals(1, deletions.size());
    assertEquals(100, deletions.get(0).messages().size());
  }

  @Test
  void aHundredAndOneIdsTakeTwoCalls() {
    List<ChatAction.Delete> deletions = PurgeRange.between(MessageId.of(1), MessageId.of(101)).deletions(CHAT);

    assertEquals(List.of(100, 1), deletions.stream().map(d -> d.messages().size()).toList());
    assertEquals(List.of(MessageId.of(101)), deletions.get(1).messages());
  }
}

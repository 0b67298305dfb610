package io.alita.domain.antiflood;

import io.alita.domain.penalty.PenaltyMode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The flood rule and the penalty as plain functions. */
class FloodRuleTest {

  private static final Instant T0 = Instant.parse("2026-03-04T05:06:07Z");
  private static final FloodLimit FIVE = new FloodLimit(5);
  private static final ChatId CHAT = ChatId.of(-100);

  /** Sends messages 1..n, one every {@code gap}, and returns the last decision. */
  private static FloodDecision send(int n, Duration gap) {
    FloodWindow window = FloodWindow.EMPTY;
    FloodDecision d = null;
    for (int i = 1; i <= n; i++) {
      d = FloodRule.decide(FIVE, window, MessageId.of(i), T0.plus(gap.multipliedBy(i)), "");
      if (d instanceof FloodDecision.Quiet q) {
        window = q.window();
      }
    }
    return d;
  }

  @Test
  void theFifthMessageWithinAMinuteIsStillQuiet() {
    assertInstanceOf(FloodDecision.Quiet.class, send(5, Duration.ofSeconds(1)));
  }

  @Test
  void theSixthMessageWithinAMinuteIsAFloodOfAllSix() {
    FloodDecision d = send(6, Duration.ofSeconds(1));

    assertEquals(new FloodDecision.Flood(IntStream.rangeClosed(1, 6).mapToObj(MessageId::of).toList()), d);
  }

  @Test
  void messagesSpreadOverMoreThanAMinuteAreConversationNotFlood() {
    // six messages, 13 s apart: the first is 65 s before the sixth
    assertInstanceOf(FloodDecision.Quiet.class, send(6, Duration.ofSeconds(13)));
    assertInstanceOf(FloodDecision.Quiet.class, send(50, Duration.ofSeconds(50)));
  }

  @Test
  void aMessageExactlyOneWindowOldNoLongerCounts() {
    FloodWindow window = FloodWindow.EMPTY;
    for (int i = 1; i <= 5; i++) {
      window = ((FloodDecision.Quiet) FloodRule.decide(FIVE, window, MessageId.of(i), T0, "")).window();
    }

    assertInstanceOf(FloodDecision.Quiet.class, FloodRule.decide(FIVE, window, MessageId.of(6), T0.plusSeconds(60), ""));
    assertInstanceOf(FloodDecision.Flood.class, FloodRule.decide(FIVE, window, MessageId.of(6), T0.plusSeconds(59), ""));
  }

  @Test
  void laterPartsOfAnAlbumAreTrackedButNotCounted() {
    FloodWindow window = FloodWindow.EMPTY;
    for (int i = 1; i <= 10; i++) {
      window = ((FloodDecision.Quiet) FloodRule.decide(FIVE, window, MessageId.of(i), T0, "album-1")).window();
    }

    assertEquals(1, window.count());
    assertEquals(10, window.ids().size());
  }

  @Test
  void aSecondAlbumCountsAgain() {
    FloodWindow window = ((FloodDecision.Quiet) FloodRule.decide(FIVE, FloodWindow.EMPTY, MessageId.of(1), T0, "a"))
        .window();
    window = ((FloodDecision.Quiet) FloodRule.decide(FIVE, window, MessageId.of(2), T0, "b")).window();

    assertEquals(2, window.count());
  }

  @Test
  void theSameMessageDeliveredTwiceCountsOnce() {
    FloodWindow window = ((FloodDecision.Quiet) FloodRule.decide(FIVE, FloodWindow.EMPTY, MessageId.of(1), T0, ""))
        .window();

    FloodDecision again = FloodRule.decide(FIVE, window, MessageId.of(1), T0, "");

    assertEquals(1, ((FloodDecision.Quiet) again).window().count());
  }

  @Test
  void limitsOutsideThreeToAHundredAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new FloodLimit(2));
    assertThrows(IllegalArgumentException.class, () -> new FloodLimit(101));
    assertEquals(Optional.empty(), FloodLimit.parse("2"));
    assertEquals(Optional.empty(), FloodLimit.parse("101"));
    assertEquals(Optional.empty(), FloodLimit.parse("-5"));
    assertEquals(Optional.empty(), FloodLimit.parse("99999999999"));
    assertEquals(Optional.of(new FloodLimit(3)), FloodLimit.parse("3"));
    assertEquals(Optional.of(new FloodLimit(100)), FloodLimit.parse("100"));
  }

  @Test
  void aTmuteLastsFromNowForItsDuration() {
    FloodSettings tmute = FloodSettings.DEFAULTS.withMode(PenaltyMode.TMUTE, Optional.of(Duration.ofMinutes(30)));

    assertEquals(new ChatAction.Restrict(CHAT, UserId.of(7), ChatPermissions.NOTHING,
        Optional.of(T0.plus(Duration.ofMinutes(30)))), FloodPenalty.against(tmute, CHAT, new Flooder.Member(UserId.of(7)),
        T0));
  }

  @Test
  void aChannelIsBannedAsAChannelWhateverTheMode() {
    assertEquals(new ChatAction.BanSenderChat(CHAT, ChatId.of(-1005)), FloodPenalty.against(
        FloodSettings.DEFAULTS.withMode(PenaltyMode.KICK, Optional.empty()), CHAT, new Flooder.Channel(ChatId.of(-1005)),
        T0));
  }

  @Test
  void aLongFloodIsDeletedInBatchesOfAHundred() {
    List<MessageId> ids = IntStream.rangeClosed(1, 150).mapToObj(MessageId::of).toList();
    FloodSettings deleting = FloodSettings.DEFAULTS.withDeleteFlood(true);

    List<ChatAction.Delete> batches = FloodPenalty.deletions(deleting, CHAT, new FloodDecision.Flood(ids));

    assertEquals(List.of(new ChatAction.Delete(CHAT, ids.subList(0, 100)), new ChatAction.Delete(CHAT, ids.subList(100, 150))),
        batches);
  }

  @Test
  void withoutDeletionOnlyTheLastMessageGoes() {
    List<MessageId> ids = IntStream.rangeClosed(1, 6).mapToObj(MessageId::of).toList();

    assertEquals(List.of(ChatAction.Delete.one(CHAT, MessageId.of(6))),
        FloodPenalty.deletions(FloodSettings.DEFAULTS, CHAT, new FloodDecision.Flood(ids)));
  }
}

package io.alita.domain.blacklists;

import io.alita.domain.penalty.PenaltyMode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChannel;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.IncomingMessage;
import io.alita.domain.warns.WarnReason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The decision for a message holding a blacklisted word, as a plain function. */
class BlacklistPolicyTest {

  private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");
  private static final ChatId CHAT_ID = ChatId.of(-1001);
  private static final SeenChat CHAT = new SeenChat(CHAT_ID, ChatKind.SUPERGROUP, "Engines", null);
  private static final SeenUser MAX = new SeenUser(UserId.of(3), "Max", null, null, false);
  private static final SeenChannel NEWS = new SeenChannel(ChatId.of(-1009), "News", null);
  private static final BlacklistWord SPAM = new BlacklistWord("spam");
  private static final ChatAction.Delete DELETE = ChatAction.Delete.one(CHAT_ID, MessageId.of(50));

  private static IncomingMessage from(Optional<SeenUser> user, Optional<SeenChannel> channel) {
    TestMessages messages = new TestMessages(Clock.fixed(NOW, ZoneOffset.UTC));
    TestMessages.Draft m = user.map(u -> messages.message(CHAT, u)).orElseGet(() -> messages.messageWithoutSender(CHAT))
        .id(50).text("spam");
    channel.ifPresent(m::senderChat);
    return m.build();
  }

  private static BlacklistDecision decide(BlacklistAction action, IncomingMessage message) {
    return BlacklistPolicy.decide(new BlacklistHit(SPAM, action), message, NOW);
  }

  private static BlacklistDecision forMax(BlacklistAction action) {
    return decide(action, from(Optional.of(MAX), Optional.empty()));
  }

  @Test
  void everyActionOnAMember() {
    assertEquals(new BlacklistDecision.DeleteOnly(DELETE), forMax(BlacklistAction.NONE));
    assertEquals(new BlacklistDecision.Warn(DELETE, MAX.id(), new WarnReason("Blacklisted word: 'spam'")),
        forMax(BlacklistAction.WARN));
    assertEquals(new BlacklistDecision.Punish(DELETE,
            new ChatAction.Restrict(CHAT_ID, MAX.id(), ChatPermissions.NOTHING, Optional.empty())),
        forMax(BlacklistAction.punish(PenaltyMode.MUTE)));
    assertEquals(new BlacklistDecision.Punish(DELETE,
            new ChatAction.Restrict(CHAT_ID, MAX.id(), ChatPermissions.NOTHING, Optional.of(NOW.plusSeconds(30)))),
        forMax(BlacklistAction.punish(PenaltyMode.TMUTE, Duration.ofSeconds(30))));
    assertEquals(new BlacklistDecision.Punish(DELETE, new ChatAction.Kick(CHAT_ID, MAX.id())),
        forMax(BlacklistAction.punish(PenaltyMode.KICK)));
    assertEquals(new BlacklistDecision.Punish(DELETE, new ChatAction.Ban(CHAT_ID, MAX.id(), Optional.empty())),
        forMax(BlacklistAction.punish(PenaltyMode.BAN)));
    assertEquals(new BlacklistDecision.Punish(DELETE,
            new ChatAction.Ban(CHAT_ID, MAX.id(), Optional.of(NOW.plus(Duration.ofDays(366))))),
        forMax(BlacklistAction.punish(PenaltyMode.TBAN, Duration.ofDays(366))));
  }

  @Test
  void aChannelIsBannedAsAChannelOrOnlyHasItsPostDeleted() {
    IncomingMessage post = from(Optional.of(new SeenUser(UserId.of(136817688), "Channel", null, null, true)),
        Optional.of(NEWS));

    for (BlacklistAction action : List.of(BlacklistAction.punish(PenaltyMode.BAN),
        BlacklistAction.punish(PenaltyMode.TBAN, Duration.ofHours(1)))) {
      assertEquals(new BlacklistDecision.Punish(DELETE, new ChatAction.BanSenderChat(CHAT_ID, NEWS.id())),
          decide(action, post));
    }
    for (BlacklistAction action : List.of(BlacklistAction.NONE, BlacklistAction.WARN,
        BlacklistAction.punish(PenaltyMode.MUTE), BlacklistAction.punish(PenaltyMode.KICK))) {
      assertEquals(new BlacklistDecision.DeleteOnly(DELETE), decide(action, post));
    }
    assertEquals(new BlacklistDecision.DeleteOnly(DELETE),
        decide(BlacklistAction.punish(PenaltyMode.TMUTE, Duration.ofHours(1)), post));
  }

  @Test
  void aMessageFromNobodyCannotOffend() {
    assertThrows(IllegalArgumentException.class,
        () -> decide(BlacklistAction.DEFAULT, from(Optional.empty(), Optional.empty())));
  }

  @Test
  void aVeryLongWordStillMakesAValidReason() {
    BlacklistWord longest = new BlacklistWord("🙂".repeat(BlacklistWord.MAX_LENGTH));

    assertEquals("Blacklisted word: '" + longest.value() + "'", BlacklistPolicy.reason(longest).text());
  }
}

package io.alita.domain.warns;

import io.alita.domain.penalty.PenaltyMode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WarnPolicyTest {

  private static final ChatId CHAT = ChatId.of(-1001);
  private static final UserId USER = UserId.of(42);
  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

  private static WarnSettings settings(int limit, PenaltyMode mode, Duration duration) {
    return new WarnSettings(new WarnLimit(limit), mode, Optional.ofNullable(duration));
  }

  private static WarnCount count(int n) {
    return new WarnCount(n, java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> "reason " + i).toList());
  }

  private static WarnOutcome decide(WarnSettings settings, int warns) {
    return WarnPolicy.decide(settings, count(warns), CHAT, USER, NOW);
  }

  @Test
  void belowTheLimitNothingHappensAndTheCountStands() {
    WarnOutcome outcome = decide(WarnSettings.DEFAULTS, 2);

    WarnOutcome.BelowLimit below = assertInstanceOf(WarnOutcome.BelowLimit.class, outcome);
    assertEquals(2, below.warns().count());
    assertEquals(new WarnLimit(3), below.limit());
    assertFalse(below.resetsCount());
  }

  @Test
  void exactlyAtTheLimitTheDefaultModeMutesWithoutEnd() {
    WarnOutcome outcome = decide(WarnSettings.DEFAULTS, 3);

    WarnOutcome.LimitReached reached = assertInstanceOf(WarnOutcome.LimitReached.class, outcome);
    assertEquals(new ChatAction.Restrict(CHAT, USER, ChatPermissions.NOTHING, Optional.empty()), reached.penalty());
  }

  @Test
  void overTheLimitActsToo() {
    // a limit lowered below a member's count acts on their next warn
    WarnOutcome outcome = decide(settings(2, PenaltyMode.KICK, null), 5);

    assertEquals(new ChatAction.Kick(CHAT, USER), ((WarnOutcome.LimitReached) outcome).penalty());
  }

  @Test
  void reachingTheLimitResetsTheCountAndListsEveryReason() {
    WarnOutcome outcome = decide(settings(3, PenaltyMode.BAN, null), 3);

    assertTrue(outcome.resetsCount());
    assertEquals(List.of("reason 1", "reason 2", "reason 3"), ((WarnOutcome.LimitReached) outcome).reasons());
  }

  @Test
  void banModeBansForGood() {
    assertEquals(new ChatAction.Ban(CHAT, USER, Optional.empty()),
        ((WarnOutcome.LimitReached) decide(settings(1, PenaltyMode.BAN, null), 1)).penalty());
  }

  @Test
  void kickModeKicks() {
    assertEquals(new ChatAction.Kick(CHAT, USER),
        ((WarnOutcome.LimitReached) decide(settings(1, PenaltyMode.KICK, null), 1)).penalty());
  }

  @Test
  void muteModeTakesEveryPermissionForGood() {
    assertEquals(new ChatAction.Restrict(CHAT, USER, ChatPermissions.NOTHING, Optional.empty()),
        ((WarnOutcome.LimitReached) decide(settings(1, PenaltyMode.MUTE, null), 1)).penalty());
  }

  @Test
  void tbanModeBansUntilNowPlusItsDuration() {
    assertEquals(new ChatAction.Ban(CHAT, USER, Optional.of(NOW.plus(Duration.ofHours(6)))),
        ((WarnOutcome.LimitReached) decide(settings(1, PenaltyMode.TBAN, Duration.ofHours(6)), 1)).penalty());
  }

  @Test
  void tmuteModeMutesUntilNowPlusItsDuration() {
    assertEquals(new ChatAction.Restrict(CHAT, USER, ChatPermissions.NOTHING, Optional.of(NOW.plus(Duration.ofDays(2)))),
        ((WarnOutcome.LimitReached) decide(settings(1, PenaltyMode.TMUTE, Duration.ofDays(2)), 1)).penalty());
  }
}

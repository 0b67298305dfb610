package io.alita.domain.captcha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The captcha's state machine, decision by decision. */
class CaptchaRulesTest {

  private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");
  private static final ChatId CHAT = ChatId.of(-100);
  private static final UserId ADA = UserId.of(7);
  private static final UserId EVE = UserId.of(8);

  private static CaptchaAttempt attempt(int refreshes, Instant changedAt) {
    return new CaptchaAttempt(new AttemptId(5), CHAT, ADA, "Ada", "12", 0, refreshes, Optional.of(MessageId.of(9)),
        NOW, changedAt, NOW.plusSeconds(120));
  }

  private static final CaptchaAttempt PENDING = attempt(0, NOW);

  @Test
  void theRightOptionSolvesIt() {
    CaptchaRules.Press p = CaptchaRules.answer(ChallengeButton.answer(PENDING, "12"), CHAT, ADA,
        Optional.of(PENDING), NOW.plusSeconds(30));

    assertEquals(new CaptchaRules.Press.Correct(PENDING), p);
  }

  @Test
  void anotherOptionIsWrong() {
    CaptchaRules.Press p = CaptchaRules.answer(ChallengeButton.answer(PENDING, "13"), CHAT, ADA,
        Optional.of(PENDING), NOW);

    assertEquals(new CaptchaRules.Press.Wrong(PENDING), p);
  }

  @Test
  void wrongAnswersLeaveAttemptsUntilTheMaximumFails() {
    MaxAttempts three = new MaxAttempts(3);

    assertEquals(new CaptchaRules.AfterWrong.TryAgain(2), CaptchaRules.afterWrong(1, three));
    assertEquals(new CaptchaRules.AfterWrong.TryAgain(1), CaptchaRules.afterWrong(2, three));
    assertEquals(new CaptchaRules.AfterWrong.Failed(), CaptchaRules.afterWrong(3, three));
    assertEquals(new CaptchaRules.AfterWrong.Failed(), CaptchaRules.afterWrong(1, new MaxAttempts(1)));
  }

  @Test
  void aPressAtOrAfterTheTimeoutIsTooLateEvenWhenRight() {
    CaptchaRules.Press p = CaptchaRules.answer(ChallengeButton.answer(PENDING, "12"), CHAT, ADA,
        Optional.of(PENDING), NOW.plusSeconds(120));

    assertEquals(new CaptchaRules.Press.Expired(PENDING), p);
  }

  @Test
  void onlyTheMemberMayPress() {
    assertInstanceOf(CaptchaRules.Press.NotYours.class, CaptchaRules.answer(ChallengeButton.answer(PENDING, "12"),
        CHAT, EVE, Optional.of(PENDING), NOW));
    assertInstanceOf(CaptchaRules.Refresh.NotYours.class, CaptchaRules.refresh(ChallengeButton.refresh(PENDING),
        CHAT, EVE, Optional.of(PENDING), CaptchaMode.MATH, NOW.plusSeconds(10)));
  }

  @Test
  void aButtonOfAGoneOrForeignOrReplacedChallengeIsStale() {
    ChallengeButton button = ChallengeButton.answer(PENDING, "12");
    CaptchaAttempt refreshed = attempt(1, NOW);
    CaptchaAttempt otherId = new CaptchaAttempt(new AttemptId(6), CHAT, ADA, "Ada", "12", 0, 0, Optional.empty(), NOW,
        NOW, NOW.plusSeconds(120));

    assertInstanceOf(CaptchaRules.Press.Stale.class, CaptchaRules.answer(button, CHAT, ADA, Optional.empty(), NOW));
    assertInstanceOf(CaptchaRules.Press.Stale.class,
        CaptchaRules.answer(button, ChatId.of(-200), ADA, Optional.of(PENDING), NOW));
    assertInstanceOf(CaptchaRules.Press.Stale.class,
        CaptchaRules.answer(button, CHAT, ADA, Optional.of(refreshed), NOW));
    assertInstanceOf(CaptchaRules.Press.Stale.class,
        CaptchaRules.answer(button, CHAT, ADA, Optional.of(otherId), NOW));
  }

  @Test
  void aRefreshIsAllowedAfterTheCooldownUpToThreeTimes() {
    assertEquals(new CaptchaRules.Refresh.Allowed(PENDING), CaptchaRules.refresh(ChallengeButton.refresh(PENDING),
        CHAT, ADA, Optional.of(PENDING), CaptchaMode.TEXT, NOW.plusSeconds(5)));
    CaptchaAttempt thrice = attempt(3, NOW);
    assertInstanceOf(CaptchaRules.Refresh.LimitReached.class, CaptchaRules.refresh(ChallengeButton.refresh(thrice),
        CHAT, ADA, Optional.of(thrice), CaptchaMode.TEXT, NOW.plusSeconds(60)));
  }

  @Test
  void aRefreshWithinFiveSecondsOfTheLastChallengeMustWait() {
    CaptchaAttempt justRefreshed = attempt(1, NOW.plusSeconds(10));

    CaptchaRules.Refresh r = CaptchaRules.refresh(ChallengeButton.refresh(justRefreshed), CHAT, ADA,
        Optional.of(justRefreshed), CaptchaMode.MATH, NOW.plusSeconds(12));

    assertEquals(new CaptchaRules.Refresh.CoolingDown(Duration.ofSeconds(3)), r);
  }

  @Test
  void theButtonChallengeCannotBeRefreshedAndAnExpiredOneFails() {
    assertInstanceOf(CaptchaRules.Refresh.LimitReached.class, CaptchaRules.refresh(ChallengeButton.refresh(PENDING),
        CHAT, ADA, Optional.of(PENDING), CaptchaMode.BUTTON, NOW.plusSeconds(10)));
    assertEquals(new CaptchaRules.Refresh.Expired(PENDING), CaptchaRules.refresh(ChallengeButton.refresh(PENDING),
        CHAT, ADA, Optional.of(PENDING), CaptchaMode.MATH, NOW.plusSeconds(500)));
  }

  @Test
  void buttonDataRoundTripsWithinSixtyFourBytesAndRejectsMalformedFields() {
    CaptchaAttempt big = new CaptchaAttempt(new AttemptId(Long.MAX_VALUE / 10), CHAT, UserId.of(9_999_999_999L), "",
        "abcd", 0, 3, Optional.empty(), NOW, NOW, NOW.plusSeconds(60));
    ChallengeButton answer = ChallengeButton.answer(big, "abcd");
    String encoded = answer.data().encode();

    assertEquals(Optional.of(answer), io.alita.domain.callback.CallbackData.decode(encoded)
        .flatMap(ChallengeButton::of));
    assertEquals(Optional.of(ChallengeButton.refresh(big)),
        ChallengeButton.of(ChallengeButton.refresh(big).data()));
    assertEquals(Optional.empty(), ChallengeButton.of(answer.data().with("a", "-1")));
    assertEquals(Optional.empty(), ChallengeButton.of(answer.data().with("u", "x")));
    assertEquals(Optional.empty(), ChallengeButton.of(ChallengeButton.refresh(big).data().with("s", "abcd")));
  }
}

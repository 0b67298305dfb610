package io.alita.domain.captcha;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The captcha's state machine as plain functions: given a press, the captcha it names (as stored) and the time, what
 * happens. The module carries the decisions out; the tests assert on them.
 */
public final class CaptchaRules {

  /** How often a member may ask for a new challenge. */
  public static final int MAX_REFRESHES = 3;
  /** How long after a challenge was made another may be asked for. */
  public static final Duration REFRESH_COOLDOWN = Duration.ofSeconds(5);

  private CaptchaRules() {}

  /** What an answer press leads to. */
  public sealed interface Press {
    /** Someone other than the member pressed. */
    record NotYours() implements Press {}

    /** The captcha is gone, belongs elsewhere, or the challenge was replaced since the button was made. */
    record Stale() implements Press {}

    /** The time ran out before the press: the member fails. */
    record Expired(CaptchaAttempt attempt) implements Press {}

    record Correct(CaptchaAttempt attempt) implements Press {}

    /** A wrong answer: count it, then see {@link #afterWrong}. */
    record Wrong(CaptchaAttempt attempt) implements Press {}
  }

  /** What a wrong answer leads to, once counted. */
  public sealed interface AfterWrong {
    record TryAgain(int attemptsLeft) implements AfterWrong {}

    record Failed() implements AfterWrong {}
  }

  /** What a refresh press leads to. */
  public sealed interface Refresh {
    record NotYours() implements Refresh {}

    record Stale() implements Refresh {}

    record Expired(CaptchaAttempt attempt) implements Refresh {}

    /** {@link #MAX_REFRESHES} reached, or the challenge cannot be replaced (the button challenge). */
    record LimitReached() implements Refresh {}

    record CoolingDown(Duration remaining) implements Refresh {}

    record Allowed(CaptchaAttempt attempt) implements Refresh {}
  }

  /**
   * Judges an answer.
   *
   * @param chat where the press happened
   * @param presser who pressed
   * @param attempt the captcha the button names, as stored now (empty when gone)
   */
  public static Press answer(ChallengeButton button, ChatId chat, UserId presser, Optional<CaptchaAttempt> attempt,
      Instant now) {
    if (!presser.equals(button.user())) {
      return new Press.NotYours();
    }
    if (!current(button, chat, attempt)) {
      return new Press.Stale();
    }
    CaptchaAttempt a = attempt.get();
    if (a.expiredAt(now)) {
      return new Press.Expired(a);
    }
    return button.option().equals(a.answer()) ? new Press.Correct(a) : new Press.Wrong(a);
  }

  /** After a wrong answer was counted: {@code wrongAnswers} is the new count. */
  public static AfterWrong afterWrong(int wrongAnswers, MaxAttempts max) {
    return wrongAnswers >= max.value() ? new AfterWrong.Failed() : new AfterWrong.TryAgain(max.value() - wrongAnswers);
  }

  /** Judges a refresh press in a chat whose challenges are of {@code mode}. */
  public static Refresh refresh(ChallengeButton button, ChatId chat, UserId presser, Optional<CaptchaAttempt> attempt,
      CaptchaMode mode, Instant now) {
    if (!presser.equals(button.user())) {
      return new Refresh.NotYours();
    }
    if (!current(button, chat, attempt)) {
      return new Refresh.Stale();
    }
    CaptchaAttempt a = attempt.get();
    if (a.expiredAt(now)) {
      return new Refresh.Expired(a);
    }
    if (!mode.refreshable() || a.refreshes() >= MAX_REFRESHES) {
      return new Refresh.LimitReached();
    }
    Instant allowedFrom = a.changedAt().plus(REFRESH_COOLDOWN);
    if (now.isBefore(allowedFrom)) {
      return new Refresh.CoolingDown(Duration.between(now, allowedFrom));
    }
    return new Refresh.Allowed(a);
  }

  private static boolean current(ChallengeButton button, ChatId chat, Optional<CaptchaAttempt> attempt) {
    return attempt.isPresent() && attempt.get().id().equals(button.attempt()) && attempt.get().chat().equals(chat)
        && attempt.get().user().equals(button.user()) && attempt.get().refreshes() == button.refreshes();
  }
}

package io.alita.domain.captcha;

import io.alita.domain.callback.CallbackData;
import io.alita.domain.callback.CallbackNamespace;
import io.alita.domain.model.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * What an answer or refresh button carries: {@code captcha_verify|v1|a=<attempt>&r=<refreshes>&u=<user>&s=<option>}
 * ({@code captcha_refresh} without {@code s}). The refresh count makes the buttons of a replaced challenge stale; the
 * user lets the bot turn away anyone else without a database read.
 *
 * @param option the option pressed; empty for a refresh
 */
public record ChallengeButton(AttemptId attempt, int refreshes, UserId user, String option) {

  public ChallengeButton {
    Objects.requireNonNull(attempt, "attempt");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(option, "option");
  }

  public static ChallengeButton answer(CaptchaAttempt attempt, String option) {
    return new ChallengeButton(attempt.id(), attempt.refreshes(), attempt.user(), option);
  }

  public static ChallengeButton refresh(CaptchaAttempt attempt) {
    return new ChallengeButton(attempt.id(), attempt.refreshes(), attempt.user(), "");
  }

  /** The callback data of an answer button ({@code s} set) or of the refresh button. */
  public CallbackData data() {
    CallbackData data = CallbackData.of(option.isEmpty() ? CallbackNamespace.CAPTCHA_REFRESH
        : CallbackNamespace.CAPTCHA_VERIFY).with("a", attempt.value()).with("r", refreshes).with("u", user.value());
    return option.isEmpty() ? data : data.with("s", option);
  }

  /** The button behind {@code data}, or empty when a field is missing or malformed. */
  public static Optional<ChallengeButton> of(CallbackData data) {
    Optional<Long> attempt = data.field("a").flatMap(ChallengeButton::number).filter(n -> n > 0);
    Optional<Long> refreshes = data.field("r").flatMap(ChallengeButton::number).filter(n -> n <= Integer.MAX_VALUE);
    Optional<Long> user = data.field("u").flatMap(ChallengeButton::number).filter(n -> n > 0);
    String option = data.field("s").orElse("");
    boolean verify = data.is(CallbackNamespace.CAPTCHA_VERIFY);
    if (attempt.isEmpty() || refreshes.isEmpty() || user.isEmpty() || verify == option.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ChallengeButton(new AttemptId(attempt.get()), refreshes.get().intValue(),
        UserId.of(user.get()), option));
  }

  private static Optional<Long> number(String s) {
    if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(s));
  }
}

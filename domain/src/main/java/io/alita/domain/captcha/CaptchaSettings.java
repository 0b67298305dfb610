package io.alita.domain.captcha;

import java.util.Objects;

/**
 * A chat's captcha settings.
 *
 * @param enabled whether new members are challenged
 * @param mode the kind of challenge
 * @param timeout how long they have
 * @param action what happens when they fail
 * @param maxAttempts wrong answers that fail the captcha
 */
public record CaptchaSettings(boolean enabled, CaptchaMode mode, CaptchaTimeout timeout, FailureAction action,
    MaxAttempts maxAttempts) {

  /** A chat that never changed anything: off, math, 2 minutes, kick, 3 attempts. */
  public static final CaptchaSettings DEFAULTS =
      new CaptchaSettings(false, CaptchaMode.MATH, CaptchaTimeout.DEFAULT, FailureAction.KICK, MaxAttempts.DEFAULT);

  public CaptchaSettings {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(maxAttempts, "maxAttempts");
  }
}

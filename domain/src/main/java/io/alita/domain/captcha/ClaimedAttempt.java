package io.alita.domain.captcha;

import java.util.Objects;

/**
 * A captcha taken out of the store by whoever resolves it (answer, timeout, release): only one of them gets it.
 *
 * @param storedMessages how many of the member's messages were held back meanwhile
 */
public record ClaimedAttempt(CaptchaAttempt attempt, int storedMessages) {
  public ClaimedAttempt {
    Objects.requireNonNull(attempt, "attempt");
  }
}

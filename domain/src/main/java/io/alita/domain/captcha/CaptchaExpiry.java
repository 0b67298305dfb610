package io.alita.domain.captcha;

import io.alita.domain.model.ChatId;
import io.alita.domain.timer.Timer;
import java.util.Objects;

/** A captcha's time may be up: the member fails unless they answered meanwhile (see {@link CaptchaModule}). */
record CaptchaExpiry(ChatId chat, AttemptId attempt) implements Timer {

  CaptchaExpiry {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(attempt, "attempt");
  }

  @Override
  public String id() {
    return "captcha-expiry:" + attempt.value();
  }
}

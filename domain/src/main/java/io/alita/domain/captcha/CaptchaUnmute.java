package io.alita.domain.captcha;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.time.Instant;
import java.util.Objects;

/** The 24-hour mute of a failed captcha ends (see {@link CaptchaModule}). */
record CaptchaUnmute(ChatId chat, UserId user, Instant until) implements io.alita.domain.timer.Timer {

  CaptchaUnmute {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(until, "until");
  }

  static CaptchaUnmute of(CaptchaMute mute) {
    return new CaptchaUnmute(mute.chat(), mute.user(), mute.unmuteAt());
  }

  @Override
  public String id() {
    return "captcha-unmute:" + chat.value() + ":" + user.value() + ":" + until.toEpochMilli();
  }
}

package io.alita.domain.captcha;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.time.Instant;
import java.util.Objects;

/** A member muted for failing the captcha, until {@code unmuteAt}. */
public record CaptchaMute(ChatId chat, UserId user, Instant unmuteAt) {
  public CaptchaMute {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(unmuteAt, "unmuteAt");
  }
}

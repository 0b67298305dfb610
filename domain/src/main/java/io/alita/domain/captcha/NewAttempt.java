package io.alita.domain.captcha;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A captcha about to be created.
 *
 * @param userName the member's name, kept for notices when the store has none yet
 */
public record NewAttempt(ChatId chat, UserId user, String userName, String answer, Instant createdAt,
    Instant expiresAt) {

  public NewAttempt {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(user, "user");
    userName = userName == null ? "" : userName;
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("a captcha must expire after it was created");
    }
  }
}

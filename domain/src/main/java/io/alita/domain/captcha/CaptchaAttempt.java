package io.alita.domain.captcha;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A member's pending captcha.
 *
 * @param userName the member's name as last seen, for notices; empty when unknown
 * @param answer the right option
 * @param wrongAnswers wrong answers so far
 * @param refreshes how often the challenge was replaced by a new one
 * @param message the challenge message, once sent; empty while it is being sent (or if sending failed)
 * @param changedAt when it was created or last refreshed (the refresh cooldown counts from here)
 */
public record CaptchaAttempt(AttemptId id, ChatId chat, UserId user, String userName, String answer, int wrongAnswers,
    int refreshes, Optional<MessageId> message, Instant createdAt, Instant changedAt, Instant expiresAt) {

  public CaptchaAttempt {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(user, "user");
    userName = userName == null ? "" : userName;
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(changedAt, "changedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** True once the time to answer has run out. */
  public boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}

package io.alita.domain.confirm;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A question waiting for Yes or No, as stored: a button carries only its {@code token}, so what the question is about
 * (a note's new text, say) never has to fit in callback data, and survives a restart.
 *
 * @param token random, unguessable: the button's only reference to the question
 * @param dialog which dialog asked ({@link ConfirmDialog}'s namespace)
 * @param payload what the dialog needs to carry out a Yes (may be empty)
 * @param askedBy who asked
 * @param expires after this, both buttons only say the question expired
 */
public record Confirmation(String token, ChatId chat, String dialog, String payload, UserId askedBy, Instant expires) {

  public Confirmation {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(dialog, "dialog");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(askedBy, "askedBy");
    Objects.requireNonNull(expires, "expires");
  }

  public boolean expiredAt(Instant now) {
    return !now.isBefore(expires);
  }
}

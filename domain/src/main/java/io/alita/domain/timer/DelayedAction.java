package io.alita.domain.timer;

import io.alita.domain.action.ChatAction;
import io.alita.domain.model.ChatId;
import java.util.Objects;

/**
 * The dispatcher's own timer: carry out {@code action} when due (a self-deleting notice). Needs no module: the
 * dispatcher turns it into the action when it comes back.
 *
 * @param id what makes it unique, e.g. {@code delete:<chat>:<message>}
 */
public record DelayedAction(ChatId chat, String id, ChatAction action) implements Timer {

  public DelayedAction {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(action, "action");
  }

  /** Deletes {@code message} of {@code chat} when due. */
  public static DelayedAction delete(ChatId chat, io.alita.domain.model.MessageId message) {
    return new DelayedAction(chat, "delete:" + chat.value() + ":" + message.value(), ChatAction.Delete.one(chat, message));
  }
}

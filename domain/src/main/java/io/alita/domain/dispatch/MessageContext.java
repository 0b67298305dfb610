package io.alita.domain.dispatch;

import io.alita.domain.action.Effects;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.update.IncomingMessage;
import java.util.Objects;

/** What a {@link MessageFilter} gets: the message, and the event's writes and effects. */
public final class MessageContext extends HandlingContext {

  private final IncomingMessage message;

  public MessageContext(EventKey key, IncomingMessage message, UnitOfWork work, Effects effects, Messages messages) {
    super(key, work, effects, messages);
    this.message = Objects.requireNonNull(message, "message");
  }

  public IncomingMessage message() {
    return message;
  }

  public ChatId chat() {
    return message.chatId();
  }
}

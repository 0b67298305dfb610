package io.alita.domain.dispatch;

import io.alita.domain.action.Effects;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.update.JoinRequest;
import java.util.Objects;

/** What a {@link JoinRequestListener} gets: the request, and the event's writes and effects. */
public final class JoinContext extends HandlingContext {

  private final JoinRequest request;

  public JoinContext(EventKey key, JoinRequest request, UnitOfWork work, Effects effects, Messages messages) {
    super(key, work, effects, messages);
    this.request = Objects.requireNonNull(request, "request");
  }

  public JoinRequest request() {
    return request;
  }

  public ChatId chat() {
    return request.chat().id();
  }
}

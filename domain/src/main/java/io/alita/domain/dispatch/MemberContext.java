package io.alita.domain.dispatch;

import io.alita.domain.action.Effects;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.update.MemberChange;
import java.util.Objects;

/** What a {@link MemberListener} gets: the change, and the event's writes and effects. */
public final class MemberContext extends HandlingContext {

  private final MemberChange change;

  public MemberContext(EventKey key, MemberChange change, UnitOfWork work, Effects effects, Messages messages) {
    super(key, work, effects, messages);
    this.change = Objects.requireNonNull(change, "change");
  }

  public MemberChange change() {
    return change;
  }

  public ChatId chat() {
    return change.chat().id();
  }
}

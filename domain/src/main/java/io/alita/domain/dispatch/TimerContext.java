package io.alita.domain.dispatch;

import io.alita.domain.action.Effects;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.timer.Timer;
import java.util.Objects;

/** What a {@link TimerHandler} gets: the timer that came due, and the event's writes and effects. */
public final class TimerContext<T extends Timer> extends HandlingContext {

  private final T timer;

  public TimerContext(EventKey key, T timer, UnitOfWork work, Effects effects, Messages messages) {
    super(key, work, effects, messages);
    this.timer = Objects.requireNonNull(timer, "timer");
  }

  public T timer() {
    return timer;
  }

  public ChatId chat() {
    return timer.chat();
  }
}

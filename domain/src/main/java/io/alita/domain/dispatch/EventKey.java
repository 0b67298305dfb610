package io.alita.domain.dispatch;

import io.alita.domain.timer.Timer;
import io.alita.domain.update.UpdateId;
import java.util.Objects;

/**
 * What makes one event recognisable when it comes again: its writes are applied once per key. A Telegram update is
 * keyed by its {@code update_id}; a timer by what it is about (see {@link Timer#id()}), so the same timeout fired twice
 * (a restart's recovery and the periodic sweep, say) changes the chat once.
 *
 * @param value at most 200 characters; {@code u<id>} for an update, {@code t:<timer id>} for a timer
 */
public record EventKey(String value) {

  public EventKey {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty() || value.length() > 200) {
      throw new IllegalArgumentException("an event key is 1 to 200 characters, got " + value.length());
    }
  }

  public static EventKey update(UpdateId id) {
    return new EventKey("u" + id.value());
  }

  public static EventKey timer(Timer timer) {
    return new EventKey("t:" + timer.id());
  }

  @Override
  public String toString() {
    return value;
  }
}

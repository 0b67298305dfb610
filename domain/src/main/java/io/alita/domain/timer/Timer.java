package io.alita.domain.timer;

import io.alita.domain.model.ChatId;

/**
 * Something a module wants to happen later in a chat (a captcha's timeout, the end of a mute, deleting a notice). A
 * timer is scheduled as part of an event's {@link io.alita.domain.action.Effects}, after the event committed; when it is
 * due it comes back as an event of its own, in its chat's order like an update, and is handed to the handler its module
 * registered for its type ({@code Registry#onTimer}). So a timer's decision is made, written and carried out exactly as
 * an update's, and no module calls Telegram or the database from a timer thread.
 *
 * <p>Timers live in memory: a module whose timers must survive a restart reschedules them from its own state at start
 * ({@code Registry#onStart}).
 */
public interface Timer {

  /** The chat whose order it runs in. */
  ChatId chat();

  /**
   * What the timer is about, stable across restarts (e.g. {@code captcha-expiry:42}): its writes are applied once
   * per id. At most 190 characters.
   */
  String id();
}

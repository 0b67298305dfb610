package io.alita.domain.cache;

import io.alita.domain.model.ChatId;

/**
 * Inbound port: told that a chat's stored settings changed outside this process's own writes (the console, another
 * worker, a hand-run SQL statement), so that what the process keeps in memory is read again. Implemented by the
 * dispatcher's {@link SettingsCaches}; driven by the database adapter's change listener.
 *
 * <p>Called on the listener's thread, after the change committed. Implementations must be quick and must not throw.
 */
public interface ChatChanges {

  /** The settings of {@code chat} may have changed: forget what is cached for it. */
  void chatChanged(ChatId chat);

  /**
   * Changes may have been missed (the notifications were interrupted): forget what is cached for every chat.
   */
  void everythingChanged();
}

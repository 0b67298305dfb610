package io.alita.domain.dispatch;

import io.alita.domain.cache.PerChatCache;
import io.alita.domain.callback.CallbackNamespace;

/** Where a module declares what it handles. */
public interface Registry {

  void command(CommandSpec spec);

  void button(CallbackNamespace namespace, ButtonHandler handler);

  void onMember(MemberListener listener);

  void observe(MessageObserver observer);

  /** A rule for every message (edited ones too) at {@code stage}; filters of one stage run in registration order. */
  void filter(Stage stage, MessageFilter filter);

  /**
   * A cache of chat settings that this module keeps in memory. The settings may also be changed by another process
   * (the console) or by hand; the dispatcher forgets the chat's entry when told so ({@link Dispatcher#settingsChanges}).
   * Every module that caches settings read from a store declares its caches here.
   */
  void settingsCache(PerChatCache<?> cache);
}

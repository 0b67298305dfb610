package io.alita.domain.dispatch;

import io.alita.domain.callback.CallbackNamespace;

/** Where a module declares what it handles. */
public interface Registry {

  void command(CommandSpec spec);

  void button(CallbackNamespace namespace, ButtonHandler handler);

  void onMember(MemberListener listener);

  void observe(MessageObserver observer);

  /** A rule for every message (edited ones too) at {@code stage}; filters of one stage run in registration order. */
  void filter(Stage stage, MessageFilter filter);
}

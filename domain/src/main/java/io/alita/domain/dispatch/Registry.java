package io.alita.domain.dispatch;

import io.alita.domain.callback.CallbackNamespace;

/** Where a module declares what it handles. */
public interface Registry {

  void command(CommandSpec spec);

  void button(CallbackNamespace namespace, ButtonHandler handler);

  void onMember(MemberListener listener);

  void observe(MessageObserver observer);
}

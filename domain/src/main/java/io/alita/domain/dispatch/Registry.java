package io.alita.domain.dispatch;

import io.alita.domain.cache.PerChatCache;
import io.alita.domain.callback.CallbackNamespace;
import io.alita.domain.timer.Timer;
import java.time.Duration;

/** Where a module declares what it handles, and what it does at the worker's start, in the background and at stop. */
public interface Registry {

  void command(CommandSpec spec);

  /**
   * Where connection-aware commands sent in a private chat act ({@link CommandSpec#connectable()}); one module (the
   * Connections module) provides it. Without one, such commands in private say to connect first.
   */
  default void connectedChats(ConnectedChats chats) {
    throw new UnsupportedOperationException("this registry takes no connections");
  }

  /** Provides the language each event is answered in (the Languages module); at most one module may. */
  default void chatLanguages(ChatLanguages languages) {
    throw new UnsupportedOperationException("this registry does not take chat languages");
  }

  /** Buttons anyone may press (the handler decides, e.g. a captcha answer only its member may give). */
  default void button(CallbackNamespace namespace, ButtonHandler handler) {
    button(namespace, Gate.ANYONE, handler);
  }

  /** Buttons whose presser must pass {@code gate} in the button's chat, checked like a command's. */
  void button(CallbackNamespace namespace, Gate gate, ButtonHandler handler);

  /**
   * {@link #button(CallbackNamespace, Gate, ButtonHandler)} for buttons that a connection-aware command shows in a
   * private chat: pressed there, they act on the presser's connected group (see {@link ButtonSpec}).
   */
  default void connectableButton(CallbackNamespace namespace, Gate gate, ButtonHandler handler) {
    button(namespace, gate, handler);
  }

  void onMember(MemberListener listener);

  /** Join requests to chats that approve their members. */
  void onJoinRequest(JoinRequestListener listener);

  void observe(MessageObserver observer);

  /** A rule for every message (edited ones too) at {@code stage}; filters of one stage run in registration order. */
  void filter(Stage stage, MessageFilter filter);

  /** What a due timer of {@code type} leads to; one module owns each type. */
  <T extends Timer> void onTimer(Class<T> type, TimerHandler<T> handler);

  /** Run once when the worker starts, before updates are taken. */
  void onStart(StartHook hook);

  /** Run every {@code period} in the background, first after one period. */
  void every(Duration period, PeriodicJob job);

  /** Run once when the worker stops, after the last update finished. */
  void onStop(Runnable hook);

  /**
   * A cache of chat settings that this module keeps in memory. The settings may also be changed by another process
   * (the console) or by hand; the dispatcher forgets the chat's entry when told so ({@link Dispatcher#settingsChanges}).
   * Every module that caches settings read from a store declares its caches here.
   */
  void settingsCache(PerChatCache<?> cache);

  /** A rule that may keep commands from members who are not admins (disabled commands); see {@link CommandGuard}. */
  void guard(CommandGuard guard);
}

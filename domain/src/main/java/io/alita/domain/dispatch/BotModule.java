package io.alita.domain.dispatch;

/** A feature of the bot (warns, bans, rules, ...): declares its commands, buttons and listeners. */
public interface BotModule {

  /** The module's name in the help menu, e.g. "Warns". */
  String name();

  void register(Registry registry);
}

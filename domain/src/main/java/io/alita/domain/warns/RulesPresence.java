package io.alita.domain.warns;

import io.alita.domain.model.ChatId;

/**
 * Outbound port: whether a chat has rules, so that a warn can offer a button to read them (the Rules module owns them).
 */
@FunctionalInterface
public interface RulesPresence {

  /** A chat without rules, for wiring without the Rules module. */
  RulesPresence NEVER = chat -> false;

  boolean hasRules(ChatId chat);
}

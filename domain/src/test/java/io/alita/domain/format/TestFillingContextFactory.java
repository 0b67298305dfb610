package io.alita.domain.format;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;

/** Filling contexts for tests: a well-known user in a chat, and the variations tests need. */
final class TestFillingContextFactory {

  static final UrlButton RULES_BUTTON = RulesDeepLink.button("AlitaBot", ChatId.of(-100123), "Read the rules");

  private TestFillingContextFactory() {}

  /** Ada Lovelace (@ada_l, id 42) in "Analytical Engines" (1234 members), no rules. */
  static FillingContext ada() {
    return new FillingContext("Ada", "Lovelace", "ada_l", UserId.of(42), "Analytical Engines", 1234L, null);
  }

  static FillingContext adaWithRules() {
    return new FillingContext("Ada", "Lovelace", "ada_l", UserId.of(42), "Analytical Engines", 1234L, RULES_BUTTON);
  }

  /** A user with only a first name, chosen by the test, and no username. */
  static FillingContext named(String firstName) {
    return new FillingContext(firstName, null, null, UserId.of(7), "Chat", 10L, RULES_BUTTON);
  }

  static FillingContext withChatTitle(String chatTitle) {
    return new FillingContext("Ada", null, null, UserId.of(42), chatTitle, null, null);
  }
}

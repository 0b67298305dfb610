package io.alita.app;

import io.alita.domain.content.ContentSender;
import io.alita.domain.rules.RulesStore;
import io.alita.domain.rules.RulesView;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * The one way to build the {@link ContentSender} that notes, filters and greetings send with: its {@code {rules}}
 * button is the chat's rules deep link (labelled with the chat's rules button text), or nothing when the chat has no
 * rules; {@code %%%} variants are picked at random.
 */
final class ContentSenders {

  private ContentSenders() {}

  static ContentSender of(RulesStore rules, RulesView view) {
    return new ContentSender(chat -> {
      var chatRules = rules.find(chat);
      return chatRules.hasRules() ? Optional.of(view.deepLinkButton(chatRules)) : Optional.empty();
    }, new SecureRandom());
  }
}

package io.alita.domain.rules;

import io.alita.domain.action.Keyboard;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.tracking.SeenUser;
import java.util.Objects;
import java.util.Optional;

/**
 * Shows a group's rules in a private chat, for the {@code rules_<chat>} deep link that private-rules mode and the
 * {@code {rules}} button hand out. The chat's title is the one the bot last recorded, since the private chat does not
 * show it. Anyone may read any chat's rules: they are what a chat shows to every newcomer.
 */
public final class PrivateRules {

  static final MessageKey NONE_THERE = MessageKey.of("rules.none_there");

  private final RulesStore store;
  private final RulesView view;

  public PrivateRules(RulesStore store, RulesView view) {
    this.store = Objects.requireNonNull(store, "store");
    this.view = Objects.requireNonNull(view, "view");
  }

  /** The rules of {@code chat} rendered for {@code reader}, or a note that the chat has none. */
  public RulesView.Shown show(ChatId chat, SeenUser reader, Messages messages) {
    return view.render(store.find(chat), Optional.empty(), reader, messages)
        .orElseGet(() -> new RulesView.Shown(messages.html(NONE_THERE), Keyboard.NONE));
  }
}

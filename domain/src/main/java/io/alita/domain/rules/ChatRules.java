package io.alita.domain.rules;

import io.alita.domain.model.ChatId;
import java.util.Objects;
import java.util.Optional;

/**
 * What a chat keeps about its rules, as read from {@link RulesStore}.
 *
 * @param chat the chat
 * @param source the rules as the admin typed them (Markdown, buttons, fillings); empty when none are set
 * @param button the label of the rules button; empty for {@link RulesButtonText#DEFAULT}
 * @param privately true when {@code /rules} answers with a button that opens the rules in private
 * @param chatTitle the chat's title as the bot last recorded it, for showing the rules away from the chat (a deep link)
 */
public record ChatRules(ChatId chat, Optional<String> source, Optional<RulesButtonText> button, boolean privately,
    Optional<String> chatTitle) {

  public ChatRules {
    Objects.requireNonNull(chat, "chat");
    // A blank text is no rules: the original cleared rules by storing an empty string.
    source = Objects.requireNonNull(source, "source").filter(s -> !s.isBlank());
    Objects.requireNonNull(button, "button");
    chatTitle = Objects.requireNonNull(chatTitle, "chatTitle").filter(s -> !s.isBlank());
  }

  /** A chat that has set nothing. */
  public static ChatRules none(ChatId chat) {
    return new ChatRules(chat, Optional.empty(), Optional.empty(), false, Optional.empty());
  }

  public boolean hasRules() {
    return source.isPresent();
  }

  /** The label of the rules button: the chat's own, or the default. */
  public RulesButtonText buttonText() {
    return button.orElse(RulesButtonText.DEFAULT);
  }
}

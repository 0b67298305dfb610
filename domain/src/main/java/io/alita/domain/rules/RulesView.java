package io.alita.domain.rules;

import io.alita.domain.action.Keyboard;
import io.alita.domain.content.ContentSender;
import io.alita.domain.format.ButtonGrid;
import io.alita.domain.format.FillingContext;
import io.alita.domain.format.FormattedMessage;
import io.alita.domain.format.Html;
import io.alita.domain.format.Limits;
import io.alita.domain.format.MessageFormatter;
import io.alita.domain.format.RulesDeepLink;
import io.alita.domain.format.UrlButton;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.i18n.TrustedHtml;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.tracking.SeenUser;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Renders a chat's stored rules for one reader, in the group ({@code /rules}) or in private (the {@code rules_<chat>}
 * deep link): a heading naming the chat, then the rules through {@link MessageFormatter}, whose fillings take the
 * reader's name and the chat's title. The heading is counted against Telegram's limit, so the whole message always fits.
 */
public final class RulesView {

  static final MessageKey HEADING = MessageKey.of("rules.heading");
  static final MessageKey HEADING_UNTITLED = MessageKey.of("rules.heading_untitled");

  /** A rendered message: Telegram HTML and its keyboard. */
  public record Shown(String html, Keyboard keyboard) {
    public Shown {
      Objects.requireNonNull(html, "html");
      Objects.requireNonNull(keyboard, "keyboard");
    }
  }

  private final BotIdentity bot;
  private final RandomGenerator random;

  /** @param random picks among {@code %%%} variants */
  public RulesView(BotIdentity bot, RandomGenerator random) {
    this.bot = Objects.requireNonNull(bot, "bot");
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * The rules of {@code rules.chat()} for {@code reader}, or empty when the chat has none.
   *
   * @param chatTitle the title to show; empty to use the one the store knows, or none at all
   */
  public Optional<Shown> render(ChatRules rules, Optional<String> chatTitle, SeenUser reader, Messages messages) {
    if (rules.source().isEmpty()) {
      return Optional.empty();
    }
    Optional<String> title = chatTitle.filter(t -> !t.isBlank()).or(rules::chatTitle);
    String emptyHeading = heading(title, "", messages);
    int room = Math.max(1, Limits.MESSAGE_TEXT - Html.visibleLength(emptyHeading));
    FormattedMessage formatted = MessageFormatter.render(rules.source().get(), ButtonGrid.empty(),
        fillings(rules, title, reader), random, room);
    return Optional.of(new Shown(heading(title, TrustedHtml.of(formatted.html()), messages),
        Keyboard.of(formatted.buttons())));
  }

  /** The button that opens the chat's rules in private with the bot, labelled with the chat's button text. */
  public UrlButton deepLinkButton(ChatRules rules) {
    return RulesDeepLink.button(bot.username(), rules.chat(), rules.buttonText().value());
  }

  /** The {@code {rules}} button of stored replies: this chat's rules deep link, or none when it has no rules. */
  public ContentSender.RulesButtons rulesButtons(RulesStore store) {
    return chat -> {
      ChatRules rules = store.find(chat);
      return rules.hasRules() ? Optional.of(deepLinkButton(rules)) : Optional.empty();
    };
  }

  private FillingContext fillings(ChatRules rules, Optional<String> title, SeenUser reader) {
    return new FillingContext(reader.firstName(), reader.lastName(), reader.username(), reader.id(), title.orElse(""),
        null, deepLinkButton(rules));
  }

  private static String heading(Optional<String> title, Object rulesHtml, Messages messages) {
    return title.isPresent()
        ? messages.html(HEADING, "chat", title.get(), "rules", rulesHtml)
        : messages.html(HEADING_UNTITLED, "rules", rulesHtml);
  }
}

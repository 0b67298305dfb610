package io.alita.domain.rules;

import io.alita.domain.action.Keyboard;
import io.alita.domain.format.Html;
import io.alita.domain.format.LengthCheck;
import io.alita.domain.format.Limits;
import io.alita.domain.format.MessageFormatter;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import java.util.Objects;
import java.util.Optional;

/**
 * Use case: sets and clears a chat's rules, for {@code /setrules}, {@code /clearrules} and the console alike, and shows
 * a preview of what {@code /rules} would send for a text. The rules are kept as typed (Markdown, buttons, fillings) and
 * rendered whenever shown; a text Telegram could not send (longer than a message once formatted) is refused.
 */
public final class RulesEdit {

  static final MessageKey SET_USAGE = MessageKey.of("rules.set_usage");
  static final MessageKey TOO_LONG = MessageKey.of("rules.too_long");
  static final MessageKey SAVED = MessageKey.of("rules.saved");
  static final MessageKey CLEARED = MessageKey.of("rules.cleared");

  /** What a preview comes to: the message the bot would send, or why the text would be refused. */
  public sealed interface Preview {

    /**
     * The message {@code /rules} would send.
     *
     * @param html Telegram HTML: a small set of tags ({@code b i u s code pre a blockquote tg-spoiler}) around text
     *     that is escaped throughout (a {@code <script>} in the rules comes out as {@code &lt;script&gt;}); links are
     *     http(s) or tg only
     * @param keyboard the URL buttons below it
     */
    record Shown(String html, Keyboard keyboard) implements Preview {
      public Shown {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(keyboard, "keyboard");
      }
    }

    /** @param html the bot's refusal, as Telegram HTML ({@link #text()} for plain text) */
    record Refused(String html) implements Preview {
      public Refused {
        Objects.requireNonNull(html, "html");
      }

      public String text() {
        return Html.visibleText(html);
      }
    }
  }

  private final RulesStore store;
  private final RulesView view;
  private final Messages messages;

  /**
   * @param view renders rules as {@code /rules} does (it knows the bot, for the deep-link button)
   * @param messages the language of the confirmations and refusals
   */
  public RulesEdit(RulesStore store, RulesView view, Messages messages) {
    this.store = Objects.requireNonNull(store, "store");
    this.view = Objects.requireNonNull(view, "view");
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  /**
   * Sets the chat's rules to {@code typed} (stripped), replacing the earlier ones; their button and privacy stay.
   * Refused when blank, or too long once formatted (the longest {@code %%%} variant, fillings counted as typed).
   *
   * @param chat the chat as known (a chat the bot never recorded is recorded with it)
   */
  public ChangeOutcome set(SeenChat chat, String typed, Commit commit) {
    Optional<ChangeOutcome> refusal = check(typed);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    String source = typed.strip();
    commit.run(() -> store.saveText(chat, source));
    return ChangeOutcome.applied(messages.html(SAVED));
  }

  /** Removes the chat's rules; their button and privacy stay. Confirmed also when there were none. */
  public ChangeOutcome clear(ChatId chat, Commit commit) {
    commit.run(() -> store.clearText(chat));
    return ChangeOutcome.applied(messages.html(CLEARED));
  }

  /**
   * What {@code /rules} would send in {@code chat} if its rules were {@code typed}, read by {@code reader} (whose name
   * fills {@code {first}}, {@code {mention}}, ...): the chat's title as heading and its rules button, with one
   * {@code %%%} variant picked. Nothing is stored. A text {@link #set} would refuse is refused here the same way.
   */
  public Preview preview(ChatId chat, String typed, SeenUser reader) {
    Optional<ChangeOutcome> refusal = check(typed);
    if (refusal.isPresent()) {
      return new Preview.Refused(refusal.get().html());
    }
    ChatRules current = store.find(chat);
    ChatRules proposed = new ChatRules(chat, Optional.of(typed.strip()), current.button(), current.privately(),
        current.chatTitle());
    RulesView.Shown shown = view.render(proposed, Optional.empty(), reader, messages).orElseThrow();
    return new Preview.Shown(shown.html(), shown.keyboard());
  }

  /** The refusal {@link #set} gives for {@code typed}, if any. */
  private Optional<ChangeOutcome> check(String typed) {
    String source = typed == null ? "" : typed.strip();
    if (source.isEmpty()) {
      return Optional.of(ChangeOutcome.refused(messages.html(SET_USAGE)));
    }
    LengthCheck check = MessageFormatter.measure(source, Limits.MESSAGE_TEXT);
    if (!check.fits()) {
      return Optional.of(ChangeOutcome.refused(messages.html(TOO_LONG, "length", check.visibleLength(),
          "limit", check.limit(), "excess", check.excess())));
    }
    return Optional.empty();
  }
}

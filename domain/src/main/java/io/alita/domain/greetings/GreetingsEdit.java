package io.alita.domain.greetings;

import io.alita.domain.content.ContentCapture;
import io.alita.domain.content.ContentSender;
import io.alita.domain.content.StoredContent;
import io.alita.domain.format.FormattedMessage;
import io.alita.domain.format.Html;
import io.alita.domain.format.Limits;
import io.alita.domain.format.LengthCheck;
import io.alita.domain.format.MessageFormatter;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Use case: changes a chat's greetings, for the bot's commands ({@code /setwelcome}, {@code /resetgoodbye},
 * {@code /cleanservice on}, ...) and the console alike, so both refuse in the same words; and renders a greeting as
 * it would be sent, for {@code /welcome} and the console's preview.
 */
public final class GreetingsEdit {

  static final MessageKey WELCOME_USAGE = MessageKey.of("greetings.welcome_usage");
  static final MessageKey GOODBYE_USAGE = MessageKey.of("greetings.goodbye_usage");
  static final MessageKey TOO_LONG = MessageKey.of("greetings.too_long");
  static final MessageKey WELCOME_SAVED = MessageKey.of("greetings.welcome_saved");
  static final MessageKey GOODBYE_SAVED = MessageKey.of("greetings.goodbye_saved");
  static final MessageKey WELCOME_RESET = MessageKey.of("greetings.welcome_reset");
  static final MessageKey GOODBYE_RESET = MessageKey.of("greetings.goodbye_reset");
  static final MessageKey SWITCH_SET = MessageKey.of("greetings.switch_set");
  static final MessageKey SWITCH_USAGE = MessageKey.of("greetings.switch_usage");
  static final MessageKey SAVED = MessageKey.of("greetings.saved");
  static final MessageKey ON = MessageKey.of("greetings.on");
  static final MessageKey OFF = MessageKey.of("greetings.off");

  /**
   * What the console's form asks for, saved all or nothing.
   *
   * @param welcomeText the welcome's new text as typed; empty to keep what it sends (a media welcome's file stays)
   * @param goodbyeText likewise for the goodbye
   * @param switches every switch's wanted value
   */
  public record Form(Optional<String> welcomeText, Optional<String> goodbyeText, Map<GreetingSwitch, Boolean> switches) {
    public Form {
      Objects.requireNonNull(welcomeText, "welcomeText");
      Objects.requireNonNull(goodbyeText, "goodbyeText");
      switches = Map.copyOf(switches);
    }
  }

  /** What came of a form: saved, or the refusals (nothing saved). */
  public record FormOutcome(boolean saved, List<String> refusals, String confirmation) {}

  /** A typed text's preview: the message as it would be sent, or the refusal saving it would get. */
  public sealed interface Preview {
    /** It would be saved, and sent like this. */
    record Shown(FormattedMessage message) implements Preview {}

    /** Saving it would be refused, in these words (Telegram HTML). */
    record Refused(String html) implements Preview {
      /** The refusal as a reader sees it, for plain-text places such as a console page. */
      public String text() {
        return Html.visibleText(html);
      }
    }
  }

  private final GreetingsStore store;
  private final ContentSender sender;
  private final Messages messages;

  /** @param sender renders previews as the greetings are sent */
  public GreetingsEdit(GreetingsStore store, ContentSender sender, Messages messages) {
    this.store = Objects.requireNonNull(store, "store");
    this.sender = Objects.requireNonNull(sender, "sender");
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  /** The same use case answering in {@code other}'s language: a command's replies come in its chat's. */
  public GreetingsEdit in(Messages other) {
    return other == messages ? this : new GreetingsEdit(store, sender, other);
  }

  /**
   * Stores what {@code /setwelcome} or {@code /setgoodbye} captured (typed text, or the replied message's file and
   * caption). Refused when there is nothing, or when Telegram could not send it (too long once formatted).
   */
  public ChangeOutcome set(SeenChat chat, GreetingKind kind, Optional<StoredContent> content, Commit commit) {
    Optional<ChangeOutcome> refusal = check(kind, content);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    commit.run(() -> store.setContent(chat, kind, content.get()));
    return ChangeOutcome.applied(messages.html(kind == GreetingKind.WELCOME ? WELCOME_SAVED : GOODBYE_SAVED));
  }

  /** {@link #set} for a text typed in the console. */
  public ChangeOutcome setText(SeenChat chat, GreetingKind kind, String typed, Commit commit) {
    return set(chat, kind, ContentCapture.from(typed, Optional.empty()), commit);
  }

  /** The greeting back to its default text and on/off state; its clean setting stays. */
  public ChangeOutcome reset(SeenChat chat, GreetingKind kind, Commit commit) {
    commit.run(() -> store.reset(chat, kind));
    return ChangeOutcome.applied(messages.html(kind == GreetingKind.WELCOME ? WELCOME_RESET : GOODBYE_RESET));
  }

  /** A switch set from a word: on, yes, true / off, no, false (in any case); anything else is answered with the usage. */
  public ChangeOutcome setSwitch(SeenChat chat, GreetingSwitch which, String word, Commit commit) {
    Optional<Boolean> on = onOff(word);
    if (on.isEmpty()) {
      return ChangeOutcome.refused(messages.html(SWITCH_USAGE, "input", word == null ? "" : word.strip(),
          "command", which.command()));
    }
    return setSwitch(chat, which, on.get(), commit);
  }

  public ChangeOutcome setSwitch(SeenChat chat, GreetingSwitch which, boolean on, Commit commit) {
    commit.run(() -> store.setSwitch(chat, which, on));
    return ChangeOutcome.applied(messages.html(SWITCH_SET, "name", messages.plain(which.label()),
        "state", messages.plain(on ? ON : OFF)));
  }

  /**
   * The console's form: both texts checked first; when either is refused nothing is written and every refusal is
   * returned, otherwise the texts and every switch are written in one commit.
   */
  public FormOutcome save(SeenChat chat, Form form, Commit commit) {
    List<String> refusals = new ArrayList<>();
    Map<GreetingKind, StoredContent> texts = new EnumMap<>(GreetingKind.class);
    collect(GreetingKind.WELCOME, form.welcomeText(), texts, refusals);
    collect(GreetingKind.GOODBYE, form.goodbyeText(), texts, refusals);
    if (!refusals.isEmpty()) {
      return new FormOutcome(false, refusals, "");
    }
    commit.run(() -> {
      texts.forEach((kind, content) -> store.setContent(chat, kind, content));
      form.switches().forEach((which, on) -> store.setSwitch(chat, which, on));
    });
    return new FormOutcome(true, List.of(), messages.plain(SAVED));
  }

  private void collect(GreetingKind kind, Optional<String> typed, Map<GreetingKind, StoredContent> texts,
      List<String> refusals) {
    if (typed.isEmpty()) {
      return;
    }
    Optional<StoredContent> content = ContentCapture.from(typed.get(), Optional.empty());
    Optional<ChangeOutcome> refusal = check(kind, content);
    if (refusal.isPresent()) {
      refusals.add(refusal.get().text());
    } else {
      texts.put(kind, content.get());
    }
  }

  /**
   * {@code content} as it would be sent in {@code chat} to {@code member}: one {@code %%%} variant, fillings, buttons
   * (the {@code {rules}} button too). Nothing is stored.
   */
  public FormattedMessage preview(SeenChat chat, StoredContent content, SeenUser member) {
    int limit = content.type().isMedia() ? Limits.CAPTION : Limits.MESSAGE_TEXT;
    return sender.format(content, ContentSender.Send.to(chat.id(), chat.title(), member), limit);
  }

  /**
   * A text typed for {@code kind} (in the console's form, not saved) as it would be sent in {@code chat} to
   * {@code member}; or, when saving it would be refused (nothing typed, too long once formatted), that refusal, in
   * the same words. Nothing is stored.
   */
  public Preview preview(SeenChat chat, GreetingKind kind, String typed, SeenUser member) {
    Optional<StoredContent> content = ContentCapture.from(typed, Optional.empty());
    Optional<ChangeOutcome> refusal = check(kind, content);
    if (refusal.isPresent()) {
      return new Preview.Refused(refusal.get().html());
    }
    return new Preview.Shown(preview(chat, content.get(), member));
  }

  /** The chat's settings, read from the store (the console shows what is stored, not a worker's cache). */
  public GreetingsSettings current(ChatId chat) {
    return store.settings(chat);
  }

  private Optional<ChangeOutcome> check(GreetingKind kind, Optional<StoredContent> content) {
    if (content.isEmpty() || content.get().isBlank()) {
      return Optional.of(ChangeOutcome.refused(messages.html(kind == GreetingKind.WELCOME ? WELCOME_USAGE
          : GOODBYE_USAGE)));
    }
    StoredContent c = content.get();
    if (c.type().isMedia() && !c.type().takesText()) {
      return Optional.empty();
    }
    LengthCheck length = MessageFormatter.measure(c.text(), c.type().isMedia() ? Limits.CAPTION : Limits.MESSAGE_TEXT);
    if (!length.fits()) {
      return Optional.of(ChangeOutcome.refused(messages.html(TOO_LONG, "length", length.visibleLength(),
          "limit", length.limit(), "excess", length.excess())));
    }
    return Optional.empty();
  }

  /** The original's words for a switch: on, yes, true / off, no, false, in any case. */
  public static Optional<Boolean> onOff(String word) {
    return switch (word == null ? "" : word.strip().toLowerCase(Locale.ROOT)) {
      case "on", "yes", "true" -> Optional.of(true);
      case "off", "no", "false" -> Optional.of(false);
      default -> Optional.empty();
    };
  }
}

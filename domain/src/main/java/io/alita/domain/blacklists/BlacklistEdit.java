package io.alita.domain.blacklists;

import io.alita.domain.matching.Phrase;
import io.alita.domain.command.Arguments;
import io.alita.domain.format.Html;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.penalty.PenaltyChoice;
import io.alita.domain.i18n.Messages;
import io.alita.domain.i18n.TrustedHtml;
import io.alita.domain.model.ChatId;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import io.alita.domain.time.DurationParse;
import io.alita.domain.time.ModerationDuration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Use case: edits a chat's blacklist from what an admin typed, for {@code /addblacklist}, {@code /rmblacklist},
 * {@code /blaction} and the console alike. Typed text is split as a command's arguments are (a quoted phrase is one
 * word; see {@link Arguments}); each method checks it and either commits the change through the front door's
 * {@link Commit} and confirms it, or refuses with the reason; both in the bot's words.
 *
 * <p>A command drops the chat's compiled blacklist after an applied change; a console change reaches the worker's
 * caches through the database's change notifications.
 */
public final class BlacklistEdit {

  static final MessageKey ADD_USAGE = MessageKey.of("blacklists.add_usage");
  static final MessageKey TOO_LONG = MessageKey.of("blacklists.too_long");
  static final MessageKey ADDED = MessageKey.of("blacklists.added");
  static final MessageKey ALREADY = MessageKey.of("blacklists.already");
  static final MessageKey REMOVE_USAGE = MessageKey.of("blacklists.remove_usage");
  static final MessageKey REMOVED = MessageKey.of("blacklists.removed");
  static final MessageKey NOT_LISTED = MessageKey.of("blacklists.not_listed");
  static final MessageKey ACTION_SET = MessageKey.of("blacklists.action_set");
  static final MessageKey ACTION_USAGE = MessageKey.of("blacklists.action_usage");
  static final MessageKey DOES_NONE = MessageKey.of("blacklists.does_none");
  static final MessageKey DOES_WARN = MessageKey.of("blacklists.does_warn");
  static final MessageKey DOES_MUTE = MessageKey.of("blacklists.does_mute");
  static final MessageKey DOES_KICK = MessageKey.of("blacklists.does_kick");
  static final MessageKey DOES_BAN = MessageKey.of("blacklists.does_ban");
  static final MessageKey DOES_TBAN = MessageKey.of("blacklists.does_tban");
  static final MessageKey DOES_TMUTE = MessageKey.of("blacklists.does_tmute");

  /** How much of a too-long word the refusal quotes, in code points. */
  private static final int EXCERPT = 30;

  private final BlacklistStore store;
  private final Messages messages;

  /** @param messages the language of the confirmations and refusals */
  public BlacklistEdit(BlacklistStore store, Messages messages) {
    this.store = Objects.requireNonNull(store, "store");
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  /**
   * Adds every word typed ({@code spam "buy now"}: two words); a word already listed stays as it is. Applied when
   * anything was checked and committed, even if every word was listed already (the reply says which).
   */
  public ChangeOutcome add(ChatId chat, String typed, Commit commit) {
    Arguments args = Arguments.tokenize(typed == null ? "" : typed);
    if (args instanceof Arguments.UnterminatedQuote unterminated) {
      return ChangeOutcome.refused(unterminated.message(messages));
    }
    List<String> tokens = ((Arguments.Tokens) args).values();
    Set<BlacklistWord> words = new LinkedHashSet<>();
    for (String token : tokens) {
      BlacklistWord.Parsed parsed = BlacklistWord.parse(token);
      if (parsed.problem().equals(Optional.of(Phrase.Problem.TOO_LONG))) {
        return ChangeOutcome.refused(messages.html(TOO_LONG, "word", excerpt(token), "max", BlacklistWord.MAX_LENGTH));
      }
      parsed.word().ifPresent(words::add);
    }
    if (words.isEmpty()) {
      return ChangeOutcome.refused(messages.html(ADD_USAGE));
    }
    List<BlacklistWord> added = commit.apply(() -> store.add(chat, words));
    List<BlacklistWord> existing = words.stream().filter(w -> !added.contains(w)).sorted().toList();
    List<String> lines = new ArrayList<>();
    if (!added.isEmpty()) {
      lines.add(messages.html(ADDED, "words", codeList(added)));
    }
    if (!existing.isEmpty()) {
      lines.add(messages.html(ALREADY, "words", codeList(existing)));
    }
    return ChangeOutcome.applied(String.join("\n", lines));
  }

  /**
   * Removes the one word (or one quoted phrase) typed. Refused when the text is not exactly one word, or when that
   * word is not listed (nothing changed).
   */
  public ChangeOutcome remove(ChatId chat, String typed, Commit commit) {
    Arguments args = Arguments.tokenize(typed == null ? "" : typed);
    if (args instanceof Arguments.UnterminatedQuote unterminated) {
      return ChangeOutcome.refused(unterminated.message(messages));
    }
    List<String> tokens = ((Arguments.Tokens) args).values();
    Optional<BlacklistWord> word = tokens.size() == 1 ? BlacklistWord.parse(tokens.get(0)).word() : Optional.empty();
    if (word.isEmpty()) {
      return ChangeOutcome.refused(messages.html(REMOVE_USAGE));
    }
    return remove(chat, word.get(), commit);
  }

  /**
   * Removes {@code word} as listed (e.g. a list's "remove" button, which knows the stored word and needs no quoting).
   * Refused when it is not listed (nothing changed).
   */
  public ChangeOutcome remove(ChatId chat, BlacklistWord word, Commit commit) {
    boolean removed = commit.apply(() -> store.remove(chat, word));
    return removed
        ? ChangeOutcome.applied(messages.html(REMOVED, "word", word.value()))
        : ChangeOutcome.refused(messages.html(NOT_LISTED, "word", word.value()));
  }

  /**
   * Sets what happens to whoever uses a listed word: {@code none}, {@code warn}, {@code mute}, {@code kick},
   * {@code ban}, or {@code tban}/{@code tmute} with a duration ({@code tmute 6h}).
   */
  public ChangeOutcome action(ChatId chat, String typed, Commit commit) {
    Arguments args = Arguments.tokenize(typed == null ? "" : typed);
    if (args instanceof Arguments.UnterminatedQuote unterminated) {
      return ChangeOutcome.refused(unterminated.message(messages));
    }
    String joined = String.join(" ", ((Arguments.Tokens) args).values());
    PenaltyChoice choice = PenaltyChoice.parse(joined, BlacklistAction.OWN_WORDS, PenaltyChoice.Rest.REFUSED);
    BlacklistAction chosen;
    if (choice instanceof PenaltyChoice.Chosen c) {
      chosen = new BlacklistAction.Punish(c.penalty());
    } else if (choice instanceof PenaltyChoice.Own own) {
      chosen = BlacklistAction.of(own.word(), Optional.empty()).orElseThrow();
    } else if (choice instanceof PenaltyChoice.BadDuration bad) {
      return ChangeOutcome.refused(bad.failure().message(messages));
    } else {
      return ChangeOutcome.refused(messages.html(ACTION_USAGE));
    }
    commit.run(() -> store.setAction(chat, chosen));
    return ChangeOutcome.applied(messages.html(ACTION_SET, "does", does(messages, chosen)));
  }

  /** "their message is deleted and they are muted for 6h", ...: what an action does, as HTML for a placeholder. */
  public static TrustedHtml does(Messages messages, BlacklistAction action) {
    String duration = action.duration().map(ModerationDuration::format).orElse("");
    MessageKey key;
    if (action instanceof BlacklistAction.Punish punish) {
      key = switch (punish.penalty().mode()) {
        case MUTE -> DOES_MUTE;
        case KICK -> DOES_KICK;
        case BAN -> DOES_BAN;
        case TBAN -> DOES_TBAN;
        case TMUTE -> DOES_TMUTE;
      };
    } else {
      key = action instanceof BlacklistAction.Warn ? DOES_WARN : DOES_NONE;
    }
    return TrustedHtml.of(messages.html(key, "duration", duration));
  }

  /** {@code <code>a</code>, <code>b</code>}, each word escaped. */
  private static TrustedHtml codeList(Collection<BlacklistWord> words) {
    return TrustedHtml.of(words.stream().map(w -> "<code>" + Html.escape(w.value()) + "</code>")
        .collect(Collectors.joining(", ")));
  }

  private static String excerpt(String token) {
    String stripped = token.strip();
    int end = stripped.offsetByCodePoints(0, Math.min(EXCERPT, stripped.codePointCount(0, stripped.length())));
    return stripped.substring(0, end);
  }
}

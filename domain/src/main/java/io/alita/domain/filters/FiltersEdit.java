package io.alita.domain.filters;

import io.alita.domain.matching.Phrase;
import io.alita.domain.command.Arguments;
import io.alita.domain.content.ContentCapture;
import io.alita.domain.content.ContentSender;
import io.alita.domain.content.StoredContent;
import io.alita.domain.format.FormattedMessage;
import io.alita.domain.format.LengthCheck;
import io.alita.domain.format.Limits;
import io.alita.domain.format.MessageFormatter;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import io.alita.domain.update.Reply;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Use case: a chat's filters, changed from what an admin typed, for {@code /filter}, {@code /stop} and the console
 * alike. Each change is checked here and either committed through the front door's {@link Commit} and confirmed, or
 * refused with the reason; both in the bot's words. A chat holds at most {@link #MAX_FILTERS} filters.
 *
 * <p>A command drops the chat's cached filters after an applied change; a console change reaches the worker's caches
 * through the database's change notifications.
 */
public final class FiltersEdit {

  /** The most filters a chat may have, as in the original. */
  public static final int MAX_FILTERS = 150;

  static final MessageKey ADD_USAGE = MessageKey.of("filters.add_usage");
  static final MessageKey TRIGGER_TOO_LONG = MessageKey.of("filters.trigger_too_long");
  static final MessageKey NO_REPLY = MessageKey.of("filters.no_reply");
  static final MessageKey REPLY_TOO_LONG = MessageKey.of("filters.reply_too_long");
  static final MessageKey LIMIT = MessageKey.of("filters.limit");
  static final MessageKey SAVED = MessageKey.of("filters.saved");
  static final MessageKey REPLACED = MessageKey.of("filters.replaced");
  static final MessageKey EXISTS = MessageKey.of("filters.exists");
  static final MessageKey REMOVE_USAGE = MessageKey.of("filters.remove_usage");
  static final MessageKey REMOVED = MessageKey.of("filters.removed");
  static final MessageKey NOT_FOUND = MessageKey.of("filters.not_found");
  static final MessageKey NOT_TEXT = MessageKey.of("filters.not_text");

  /** What {@code /filter …} asked for, read and checked. */
  public sealed interface Request {
    /** A trigger and its reply, ready to store. */
    record Ready(FilterTrigger trigger, StoredContent content) implements Request {}

    /** Nothing to store, and why (as Telegram HTML). */
    record Refused(String html) implements Request {}
  }

  /** A reply rendered as a filter would send it, or why it cannot be. */
  public sealed interface Preview {
    /** The message: Telegram HTML and its buttons. */
    record Shown(FormattedMessage message) implements Preview {}

    /** Not sendable, and why (as Telegram HTML). */
    record Refused(String html) implements Preview {}
  }

  private enum Saved { NEW, REPLACED, LIMIT }

  private final FiltersStore store;
  private final Messages messages;

  /** @param messages the language of the confirmations and refusals */
  public FiltersEdit(FiltersStore store, Messages messages) {
    this.store = Objects.requireNonNull(store, "store");
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  /**
   * Reads {@code /filter <trigger> <reply>}: the first argument is the trigger (a {@code "quoted phrase"} is one), the
   * rest the reply as typed; as a reply to a message, that message (its file, and its text or caption unless a reply
   * is typed) is the reply.
   */
  public Request read(String typed, Optional<Reply> repliedTo) {
    FilterTrigger.Split split = FilterTrigger.splitFirst(typed);
    if (split instanceof FilterTrigger.Split.Unterminated u) {
      return new Request.Refused(u.quote().message(messages));
    }
    FilterTrigger.Split.Parts parts = (FilterTrigger.Split.Parts) split;
    Optional<FilterTrigger> trigger = trigger(parts.first());
    if (trigger.isEmpty()) {
      return new Request.Refused(triggerProblem(parts.first()));
    }
    Optional<StoredContent> content = ContentCapture.from(parts.rest(), repliedTo);
    if (content.isEmpty()) {
      return new Request.Refused(messages.html(NO_REPLY, "trigger", trigger.get().value()));
    }
    Optional<String> tooLong = tooLong(content.get());
    if (tooLong.isPresent()) {
      return new Request.Refused(tooLong.get());
    }
    return new Request.Ready(trigger.get(), content.get());
  }

  /** The chat's filter for {@code trigger}, if any (read in the caller's transaction, when there is one). */
  public Optional<Filter> find(ChatId chat, FilterTrigger trigger) {
    return store.find(chat, trigger);
  }

  /**
   * Stores {@code filter}: a new trigger (refused when the chat has {@link #MAX_FILTERS} already), or a new reply for
   * a trigger the chat has. The count and the write happen in the one commit.
   */
  public ChangeOutcome save(ChatId chat, Filter filter, Commit commit) {
    Saved saved = commit.apply(() -> {
      boolean exists = store.find(chat, filter.trigger()).isPresent();
      if (!exists && store.count(chat) >= MAX_FILTERS) {
        return Saved.LIMIT;
      }
      store.put(chat, filter);
      return exists ? Saved.REPLACED : Saved.NEW;
    });
    String trigger = filter.trigger().value();
    return switch (saved) {
      case LIMIT -> ChangeOutcome.refused(messages.html(LIMIT, "max", MAX_FILTERS));
      case REPLACED -> ChangeOutcome.applied(messages.html(REPLACED, "trigger", trigger));
      case NEW -> ChangeOutcome.applied(messages.html(SAVED, "trigger", trigger));
    };
  }

  /**
   * The console's "add": a new text filter from a typed trigger (one word or phrase, no quoting needed) and reply.
   * Refused when the trigger has a filter already (the console edits that one instead).
   */
  public ChangeOutcome add(ChatId chat, String typedTrigger, String reply, Commit commit) {
    Optional<FilterTrigger> trigger = trigger(unquoted(typedTrigger));
    if (trigger.isEmpty()) {
      return ChangeOutcome.refused(triggerProblem(unquoted(typedTrigger)));
    }
    Optional<StoredContent> content = textReply(reply);
    if (content.isEmpty()) {
      return ChangeOutcome.refused(messages.html(NO_REPLY, "trigger", trigger.get().value()));
    }
    Optional<String> tooLong = tooLong(content.get());
    if (tooLong.isPresent()) {
      return ChangeOutcome.refused(tooLong.get());
    }
    if (store.find(chat, trigger.get()).isPresent()) {
      return ChangeOutcome.refused(messages.html(EXISTS, "trigger", trigger.get().value()));
    }
    return save(chat, new Filter(trigger.get(), content.get()), commit);
  }

  /**
   * The console's "edit": a new text for the text filter of {@code trigger}. Refused when there is no such filter,
   * or when it sends a file (the console cannot upload one; such a filter can be removed).
   */
  public ChangeOutcome edit(ChatId chat, FilterTrigger trigger, String reply, Commit commit) {
    Optional<Filter> existing = store.find(chat, trigger);
    if (existing.isEmpty()) {
      return ChangeOutcome.refused(messages.html(NOT_FOUND, "trigger", trigger.value()));
    }
    if (existing.get().content().type().isMedia()) {
      return ChangeOutcome.refused(messages.html(NOT_TEXT, "trigger", trigger.value()));
    }
    Optional<StoredContent> content = textReply(reply);
    if (content.isEmpty()) {
      return ChangeOutcome.refused(messages.html(NO_REPLY, "trigger", trigger.value()));
    }
    Optional<String> tooLong = tooLong(content.get());
    if (tooLong.isPresent()) {
      return ChangeOutcome.refused(tooLong.get());
    }
    return save(chat, new Filter(trigger, content.get(), existing.get().silent()), commit);
  }

  /**
   * A typed text reply rendered by the sender filters answer with, for {@code send}'s member (the console's preview):
   * the same checks as saving it, nothing written.
   */
  public Preview preview(String reply, ContentSender sender, ContentSender.Send send) {
    Optional<StoredContent> content = textReply(reply);
    if (content.isEmpty()) {
      return new Preview.Refused(messages.html(NO_REPLY, "trigger", "…"));
    }
    Optional<String> tooLong = tooLong(content.get());
    if (tooLong.isPresent()) {
      return new Preview.Refused(tooLong.get());
    }
    return new Preview.Shown(sender.format(content.get(), send, Limits.MESSAGE_TEXT));
  }

  /** {@code /stop <trigger>}: one word or one quoted phrase. */
  public ChangeOutcome remove(ChatId chat, String typed, Commit commit) {
    Arguments args = Arguments.tokenize(typed == null ? "" : typed);
    if (args instanceof Arguments.UnterminatedQuote unterminated) {
      return ChangeOutcome.refused(unterminated.message(messages));
    }
    List<String> tokens = ((Arguments.Tokens) args).values();
    Optional<FilterTrigger> trigger = tokens.size() == 1 ? trigger(tokens.get(0)) : Optional.empty();
    if (trigger.isEmpty()) {
      return ChangeOutcome.refused(messages.html(REMOVE_USAGE));
    }
    return remove(chat, trigger.get(), commit);
  }

  /** Removes the filter of {@code trigger} as stored (the console's delete button). */
  public ChangeOutcome remove(ChatId chat, FilterTrigger trigger, Commit commit) {
    boolean removed = commit.apply(() -> store.remove(chat, trigger));
    return removed
        ? ChangeOutcome.applied(messages.html(REMOVED, "trigger", trigger.value()))
        : ChangeOutcome.refused(messages.html(NOT_FOUND, "trigger", trigger.value()));
  }

  /** Removes every filter of the chat; returns how many there were. */
  public int removeAll(ChatId chat, Commit commit) {
    return commit.apply(() -> store.removeAll(chat));
  }

  private static Optional<FilterTrigger> trigger(String typed) {
    return FilterTrigger.parse(typed).trigger();
  }

  private String triggerProblem(String typed) {
    return FilterTrigger.parse(typed).problem().orElse(Phrase.Problem.BLANK) == Phrase.Problem.TOO_LONG
        ? messages.html(TRIGGER_TOO_LONG, "max", FilterTrigger.MAX_LENGTH)
        : messages.html(ADD_USAGE);
  }

  /** A console field may hold the trigger in quotes, as the command would; they are not part of it. */
  private static String unquoted(String typed) {
    String t = typed == null ? "" : typed.strip();
    if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("\u201C") && t.endsWith("\u201D"))) {
      return t.substring(1, t.length() - 1);
    }
    return t;
  }

  private static Optional<StoredContent> textReply(String typed) {
    return ContentCapture.from(typed == null ? "" : typed, Optional.empty());
  }

  private Optional<String> tooLong(StoredContent content) {
    int limit = content.type().isMedia() ? Limits.CAPTION : Limits.MESSAGE_TEXT;
    LengthCheck check = MessageFormatter.measure(content.text(), limit);
    if (check.fits()) {
      return Optional.empty();
    }
    return Optional.of(messages.html(REPLY_TOO_LONG, "length", check.visibleLength(), "limit", check.limit(),
        "excess", check.excess()));
  }
}

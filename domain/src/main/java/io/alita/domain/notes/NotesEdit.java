package io.alita.domain.notes;

import io.alita.domain.action.Keyboard;
import io.alita.domain.content.ContentSender;
import io.alita.domain.content.StoredContent;
import io.alita.domain.format.FormattedMessage;
import io.alita.domain.format.Html;
import io.alita.domain.format.LengthCheck;
import io.alita.domain.format.Limits;
import io.alita.domain.format.MessageFormatter;
import io.alita.domain.format.NoteFlags;
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
 * Use case: saves, replaces and removes a chat's notes, for {@code /save}, {@code /clear}, the overwrite question's Yes
 * and the console alike, and previews a text note for a sample member. A note is read from what was typed (or
 * captured from a replied message): its flag tags are taken out ({@link NoteFlags#parse}), and a note Telegram could
 * not send (nothing in it, or longer than a message or caption once formatted) is refused. Saving a name that is taken
 * does not replace the note: the caller asks first ({@link Saving.Taken}).
 */
public final class NotesEdit {

  static final MessageKey SAVE_USAGE = MessageKey.of("notes.save_usage");
  static final MessageKey BAD_NAME = MessageKey.of("notes.bad_name");
  static final MessageKey EMPTY = MessageKey.of("notes.empty");
  static final MessageKey TOO_LONG = MessageKey.of("notes.too_long");
  static final MessageKey SAVED = MessageKey.of("notes.saved");
  static final MessageKey REPLACED = MessageKey.of("notes.replaced");
  static final MessageKey PRIVACY_CONFLICT = MessageKey.of("notes.privacy_conflict");
  static final MessageKey REMOVE_USAGE = MessageKey.of("notes.remove_usage");
  static final MessageKey REMOVED = MessageKey.of("notes.removed");
  static final MessageKey NOT_FOUND = MessageKey.of("notes.not_found");
  static final MessageKey EXISTS = MessageKey.of("notes.console_exists");
  static final MessageKey NOT_TEXT = MessageKey.of("notes.console_not_text");

  /** What saving came to. */
  public sealed interface Saving {

    /** Saved, or refused: the reply says which. */
    record Done(ChangeOutcome outcome) implements Saving {}

    /** The name is taken: nothing was saved; {@link #replace} saves {@code proposed} once the user agreed. */
    record Taken(Note existing, Note proposed) implements Saving {}
  }

  /** What a preview comes to: the message the note would send, or why it would be refused. */
  public sealed interface Preview {

    /**
     * @param html Telegram HTML in which every character of the note is escaped; only the formatter's own tags are markup
     * @param keyboard its URL buttons
     * @param flags the flags read from the text
     */
    record Shown(String html, Keyboard keyboard, NoteFlags flags) implements Preview {}

    /** @param html the bot's refusal */
    record Refused(String html) implements Preview {
      public String text() {
        return Html.visibleText(html);
      }
    }
  }

  private final NotesStore store;
  private final ContentSender sender;
  private final Messages messages;

  /** @param sender renders a preview as a note is sent */
  public NotesEdit(NotesStore store, ContentSender sender, Messages messages) {
    this.store = Objects.requireNonNull(store, "store");
    this.sender = Objects.requireNonNull(sender, "sender");
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  /**
   * The note {@code typedName} and {@code captured} make, or the refusal (a bad name, nothing to save, too long).
   *
   * @param captured what the command or form holds (see {@link io.alita.domain.content.ContentCapture}); empty when
   *     nothing
   */
  public Checked check(String typedName, Optional<StoredContent> captured) {
    String typed = typedName == null ? "" : typedName.strip();
    if (typed.isEmpty()) {
      return new Checked.Refused(messages.html(SAVE_USAGE));
    }
    Optional<NoteName> name = NoteName.parse(typed);
    if (name.isEmpty()) {
      return new Checked.Refused(messages.html(BAD_NAME, "name", typed, "max", NoteName.MAX_LENGTH));
    }
    if (captured.isEmpty()) {
      return new Checked.Refused(messages.html(EMPTY, "name", name.get().value()));
    }
    StoredContent raw = captured.get();
    NoteFlags.Parsed parsed = NoteFlags.parse(raw.text());
    StoredContent content = new StoredContent(raw.type(), parsed.text().strip(), raw.fileId(), raw.buttons());
    if (content.isBlank()) {
      return new Checked.Refused(messages.html(EMPTY, "name", name.get().value()));
    }
    if (content.type().takesText() && !content.text().isEmpty()) {
      int limit = content.type().isMedia() ? Limits.CAPTION : Limits.MESSAGE_TEXT;
      LengthCheck length = MessageFormatter.measure(content.text(), limit);
      if (!length.fits()) {
        return new Checked.Refused(messages.html(TOO_LONG, "length", length.visibleLength(), "limit", length.limit(),
            "excess", length.excess()));
      }
    }
    return new Checked.Ok(new Note(name.get(), content, parsed.flags()));
  }

  /** A note read from what was typed, or why not. */
  public sealed interface Checked {
    record Ok(Note note) implements Checked {}

    record Refused(String html) implements Checked {}
  }

  /** Saves a new note; a taken name saves nothing and is handed back to ask about. */
  public Saving add(SeenChat chat, String typedName, Optional<StoredContent> captured, Commit commit) {
    Checked checked = check(typedName, captured);
    if (checked instanceof Checked.Refused refused) {
      return new Saving.Done(ChangeOutcome.refused(refused.html()));
    }
    Note note = ((Checked.Ok) checked).note();
    Optional<Note> existing = store.find(chat.id(), note.name());
    if (existing.isPresent()) {
      return new Saving.Taken(existing.get(), note);
    }
    commit.run(() -> store.save(chat, note));
    return new Saving.Done(ChangeOutcome.applied(confirmation(SAVED, note)));
  }

  /** Saves {@code note}, replacing the chat's note of that name (the Yes of the overwrite question). */
  public ChangeOutcome replace(SeenChat chat, Note note, Commit commit) {
    commit.run(() -> store.save(chat, note));
    return ChangeOutcome.applied(confirmation(REPLACED, note));
  }

  /** The console's edit: {@link #check}, then {@link #replace} (the form itself is the admin's consent). */
  public ChangeOutcome put(SeenChat chat, String typedName, Optional<StoredContent> captured, Commit commit) {
    Checked checked = check(typedName, captured);
    if (checked instanceof Checked.Refused refused) {
      return ChangeOutcome.refused(refused.html());
    }
    Note note = ((Checked.Ok) checked).note();
    boolean existed = store.find(chat.id(), note.name()).isPresent();
    commit.run(() -> store.save(chat, note));
    return ChangeOutcome.applied(confirmation(existed ? REPLACED : SAVED, note));
  }

  /**
   * The console's add of a text note: {@code text} as {@code /save} takes it (Markdown, fillings, buttons, flag tags),
   * with the form's ticked flags added to the tags it holds. A taken name is refused and nothing is replaced: the
   * console edits a note through {@link #editText}.
   */
  public ChangeOutcome addText(SeenChat chat, String typedName, String text, NoteFlags ticked, Commit commit) {
    Checked checked = checkText(typedName, text, ticked);
    if (checked instanceof Checked.Refused refused) {
      return ChangeOutcome.refused(refused.html());
    }
    Note note = ((Checked.Ok) checked).note();
    if (store.find(chat.id(), note.name()).isPresent()) {
      return ChangeOutcome.refused(messages.html(EXISTS, "name", note.name().value()));
    }
    commit.run(() -> store.save(chat, note));
    return ChangeOutcome.applied(confirmation(SAVED, note));
  }

  /**
   * The console's edit of the text note {@code name}: its text and flags become {@code text} and {@code ticked} (plus
   * any flag tags written in the text). Refused when the chat has no such note, or when the note sends a file (a file
   * cannot be uploaded from the console: it is saved again from Telegram).
   */
  public ChangeOutcome editText(SeenChat chat, NoteName name, String text, NoteFlags ticked, Commit commit) {
    Optional<Note> existing = store.find(chat.id(), name);
    if (existing.isEmpty()) {
      return ChangeOutcome.refused(messages.html(NOT_FOUND, "name", name.value()));
    }
    if (existing.get().content().type().isMedia()) {
      return ChangeOutcome.refused(messages.html(NOT_TEXT, "name", name.value()));
    }
    Checked checked = checkText(name.value(), text, ticked);
    if (checked instanceof Checked.Refused refused) {
      return ChangeOutcome.refused(refused.html());
    }
    Note note = ((Checked.Ok) checked).note();
    commit.run(() -> store.save(chat, note));
    return ChangeOutcome.applied(confirmation(REPLACED, note));
  }

  /** {@link #check} of a typed text note, its flags joined with {@code ticked}. */
  private Checked checkText(String typedName, String text, NoteFlags ticked) {
    Objects.requireNonNull(ticked, "ticked");
    String source = text == null ? "" : text.strip();
    Checked checked = check(typedName,
        source.isEmpty() ? Optional.empty() : Optional.of(StoredContent.text(source)));
    if (checked instanceof Checked.Ok ok) {
      Note note = ok.note();
      return new Checked.Ok(new Note(note.name(), note.content(), either(note.flags(), ticked)));
    }
    return checked;
  }

  private static NoteFlags either(NoteFlags a, NoteFlags b) {
    return new NoteFlags(a.privateOnly() || b.privateOnly(), a.noPrivate() || b.noPrivate(),
        a.adminOnly() || b.adminOnly(), a.preview() || b.preview(), a.protect() || b.protect(),
        a.noNotif() || b.noNotif());
  }

  /** Removes the note {@code typedName} names. */
  public ChangeOutcome remove(ChatId chat, String typedName, Commit commit) {
    String typed = typedName == null ? "" : typedName.strip();
    Optional<NoteName> name = NoteName.parse(typed);
    if (name.isEmpty()) {
      return ChangeOutcome.refused(messages.html(REMOVE_USAGE));
    }
    boolean removed = commit.apply(() -> store.remove(chat, name.get()));
    return removed
        ? ChangeOutcome.applied(messages.html(REMOVED, "name", name.get().value()))
        : ChangeOutcome.refused(messages.html(NOT_FOUND, "name", name.get().value()));
  }

  /**
   * What a text note of {@code typed} would send in {@code chat} to {@code member} (whose name fills {@code {first}},
   * {@code {mention}}, ...), with one {@code %%%} variant picked. Nothing is stored. Refused as {@link #check} refuses.
   */
  public Preview preview(ChatId chat, String chatTitle, String typed, SeenUser member) {
    return preview(chat, chatTitle, typed, NoteFlags.NONE, member);
  }

  /** {@link #preview(ChatId, String, String, SeenUser)} of the console's form: its flags joined with {@code ticked}. */
  public Preview preview(ChatId chat, String chatTitle, String typed, NoteFlags ticked, SeenUser member) {
    Checked checked = checkText("preview", typed, ticked);
    if (checked instanceof Checked.Refused refused) {
      return new Preview.Refused(refused.html());
    }
    Note note = ((Checked.Ok) checked).note();
    FormattedMessage shown = sender.format(note.content(), ContentSender.Send.to(chat, chatTitle, member),
        Limits.MESSAGE_TEXT);
    return new Preview.Shown(shown.html(), Keyboard.of(shown.buttons()), note.flags());
  }

  private String confirmation(MessageKey key, Note note) {
    String done = messages.html(key, "name", note.name().value());
    return note.flags().conflictingPrivacy() ? done + "\n" + messages.html(PRIVACY_CONFLICT) : done;
  }
}

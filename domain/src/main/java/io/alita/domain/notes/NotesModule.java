package io.alita.domain.notes;

import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Keyboard;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.callback.CallbackNamespace;
import io.alita.domain.command.Words;
import io.alita.domain.confirm.ConfirmDialog;
import io.alita.domain.confirm.Confirmations;
import io.alita.domain.content.ContentCapture;
import io.alita.domain.content.ContentSender;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.ButtonContext;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.HandlingContext;
import io.alita.domain.dispatch.MessageContext;
import io.alita.domain.dispatch.MessageFilter;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.dispatch.Requirement;
import io.alita.domain.dispatch.Stage;
import io.alita.domain.format.Html;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.Right;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.IncomingMessage;
import io.alita.domain.update.Reply;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The Notes module:
 * <ul>
 *   <li>{@code /save}, {@code /addnote <name> <text>} or as a reply (admin with change-info): saves a note, asking
 *       before it replaces one of the same name;
 *   <li>{@code /get <name> [noformat]} and {@code #name [noformat]} (anyone, in a group): sends it, as a reply to the
 *       message asked about, with that member's name in the fillings; in private when the note or the chat says so;
 *   <li>{@code /notes}, {@code /saved}: the names, each a link that sends the note in private;
 *   <li>{@code /clear}, {@code /rmnote <name>} (admin with change-info); {@code /clearall} (the chat's creator, asked);
 *   <li>{@code /privnote}, {@code /privatenotes [on|off]} (admin): private-notes mode.
 * </ul>
 * Admin-only notes ({@code {admin}}) are neither sent nor listed to members; {@code noformat} is for admins. The deep
 * links {@code notes_<chat>} and {@code note_<chat>_<name>} are answered by {@link PrivateNotes}.
 */
public final class NotesModule implements BotModule {

  /** The module's name in the help menu. */
  public static final String NAME = "Notes";

  static final MessageKey NOT_FOUND = MessageKey.of("notes.not_found");
  static final MessageKey GET_USAGE = MessageKey.of("notes.get_usage");
  static final MessageKey ADMIN_ONLY = MessageKey.of("notes.admin_only");
  static final MessageKey NOFORMAT_ADMINS = MessageKey.of("notes.noformat_admins");
  static final MessageKey IN_PRIVATE = MessageKey.of("notes.in_private");
  static final MessageKey IN_PRIVATE_BUTTON = MessageKey.of("notes.in_private_button");
  static final MessageKey LIST_HEADER = MessageKey.of("notes.list_header");
  static final MessageKey LIST_LINE = MessageKey.of("notes.list_line");
  static final MessageKey LIST_LINE_UNLINKED = MessageKey.of("notes.list_line_unlinked");
  static final MessageKey LIST_FOOTER = MessageKey.of("notes.list_footer");
  static final MessageKey LIST_MORE = MessageKey.of("notes.list_more");
  static final MessageKey LIST_EMPTY = MessageKey.of("notes.list_empty");
  static final MessageKey LIST_IN_PRIVATE = MessageKey.of("notes.list_in_private");
  static final MessageKey LIST_BUTTON = MessageKey.of("notes.list_button");
  static final MessageKey OVERWRITE_ASK = MessageKey.of("notes.overwrite_ask");
  static final MessageKey OVERWRITE_YES = MessageKey.of("notes.overwrite_yes");
  static final MessageKey OVERWRITE_NO = MessageKey.of("notes.overwrite_no");
  static final MessageKey OVERWRITE_KEPT = MessageKey.of("notes.overwrite_kept");
  static final MessageKey OVERWRITE_GONE = MessageKey.of("notes.overwrite_gone");
  static final MessageKey CLEAR_ALL_ASK = MessageKey.of("notes.clear_all_ask");
  static final MessageKey CLEAR_ALL_NOTHING = MessageKey.of("notes.clear_all_nothing");
  static final MessageKey CLEAR_ALL_YES = MessageKey.of("notes.clear_all_yes");
  static final MessageKey CLEAR_ALL_NO = MessageKey.of("notes.clear_all_no");
  static final MessageKey CLEAR_ALL_DONE = MessageKey.of("notes.clear_all_done");
  static final MessageKey CLEAR_ALL_CANCELLED = MessageKey.of("notes.clear_all_cancelled");
  static final MessageKey PRIVATE_ON = MessageKey.of("notes.private_on");
  static final MessageKey PRIVATE_OFF = MessageKey.of("notes.private_off");
  static final MessageKey PRIVATE_IS_ON = MessageKey.of("notes.private_is_on");
  static final MessageKey PRIVATE_IS_OFF = MessageKey.of("notes.private_is_off");
  static final MessageKey PRIVATE_USAGE = MessageKey.of("notes.private_usage");

  /** Visible characters of the /notes reply, leaving room under Telegram's 4096 for the header and footer. */
  static final int LIST_BUDGET = 3500;

  private static final Gate CHANGE = Gate.GROUP_ADMIN.userCan(Right.CHANGE_INFO);
  private static final Gate CREATOR = Gate.GROUP.then(new Requirement.UserIsCreator());
  private static final String NOFORMAT = "noformat";

  private final NoteSending sending;
  private final NotesStore store;
  private final ConfirmDialog overwrite;
  private final ConfirmDialog clearAll;
  private final PrivateNotes privateNotes;

  /**
   * @param admins the chats' admins: who may see admin-only notes and noformat
   * @param bot the bot's username, for the deep links
   * @param sender sends a note (the same one filters and greetings send with)
   * @param confirmations where the overwrite and clear-all questions are asked
   */
  public NotesModule(NotesStore store, AdminCache admins, BotIdentity bot, ContentSender sender,
      Confirmations confirmations) {
    this.store = Objects.requireNonNull(store, "store");
    this.sending = new NoteSending(store, admins, bot, sender);
    this.overwrite = confirmations.dialog(CallbackNamespace.NOTES_OVERWRITE, CHANGE,
        new ConfirmDialog.Labels(OVERWRITE_YES, OVERWRITE_NO, OVERWRITE_KEPT), this::overwriteConfirmed);
    this.clearAll = confirmations.dialog(CallbackNamespace.RM_ALL_NOTES, CREATOR,
        new ConfirmDialog.Labels(CLEAR_ALL_YES, CLEAR_ALL_NO, CLEAR_ALL_CANCELLED), this::clearAllConfirmed);
    this.privateNotes = new PrivateNotes(sending);
  }

  @Override
  public String name() {
    return NAME;
  }

  /** What answers the {@code notes_<chat>} and {@code note_<chat>_<name>} deep links in private. */
  public PrivateNotes privateNotes() {
    return privateNotes;
  }

  @Override
  public void register(Registry registry) {
    registry.command(CommandSpec.of("save", CHANGE, this::save).alsoNamed("addnote").connectable());
    registry.command(CommandSpec.of("get", Gate.GROUP, this::get));
    registry.command(CommandSpec.of("notes", Gate.GROUP, this::list).alsoNamed("saved").connectable());
    registry.command(CommandSpec.of("clear", CHANGE, this::remove).alsoNamed("rmnote").connectable());
    registry.command(CommandSpec.of("clearall", CREATOR, this::askClearAll));
    registry.command(CommandSpec.of("privnote", Gate.GROUP_ADMIN, this::privateMode).alsoNamed("privatenotes").connectable());
    // After the protections: a message they deleted gets no answer. Other filters still see it.
    registry.filter(Stage.FILTERS, this::hashtag);
  }

  private NotesEdit edit(HandlingContext ctx) {
    return new NotesEdit(store, sending.sender, ctx.messages());
  }

  // ------------------------------------------------------------------------------------------------ saving

  /** "/save name text", or "/save name [caption]" as a reply to the message (text or file) to keep. */
  private void save(CommandContext ctx) {
    Words.Split split = Words.splitFirst(ctx.command().argumentText());
    NotesEdit edit = edit(ctx);
    NotesEdit.Saving saving = edit.add(ctx.targetChat(), split.first(),
        ContentCapture.from(split.rest(), ctx.message().replyTo()), Commit.in(ctx.unitOfWork()));
    if (saving instanceof NotesEdit.Saving.Done done) {
      done.outcome().replyTo(ctx);
      return;
    }
    NotesEdit.Saving.Taken taken = (NotesEdit.Saving.Taken) saving;
    overwrite.ask(ctx, ctx.text(OVERWRITE_ASK, "name", taken.proposed().name().value()),
        NotePayload.encode(taken.proposed()));
  }

  private void overwriteConfirmed(ButtonContext ctx, String payload) {
    Optional<Note> note = NotePayload.decode(payload);
    if (note.isEmpty()) {
      ctx.answer(OVERWRITE_GONE, true);
      ctx.edit(ctx.messages().html(OVERWRITE_GONE), Keyboard.NONE);
      return;
    }
    SeenChat chat = ctx.targetChat();
    ChangeOutcome outcome = edit(ctx).replace(chat, note.get(), Commit.in(ctx.unitOfWork()));
    ctx.answer(NotesEdit.REPLACED, false, "name", note.get().name().value());
    ctx.edit(outcome.html(), Keyboard.NONE);
  }

  // ------------------------------------------------------------------------------------------------ getting

  private void get(CommandContext ctx) {
    List<String> words = words(ctx.command().argumentText());
    Optional<NoteName> name = words.isEmpty() ? Optional.empty() : NoteName.parse(words.get(0));
    if (name.isEmpty() || words.size() > 2 || (words.size() == 2 && !isNoformat(words.get(1)))) {
      ctx.reply(GET_USAGE);
      return;
    }
    deliver(ctx, ctx.message(), ctx.actor(), name.get(), words.size() == 2, false);
  }

  /** "#name" or "#name noformat" at the start of a message; anything else after the name is just chatter. */
  private MessageFilter.Verdict hashtag(MessageContext ctx) {
    IncomingMessage message = ctx.message();
    if (!message.isGroup() || message.edited() || message.from().isEmpty() || !message.text().startsWith("#")) {
      return MessageFilter.Verdict.CONTINUE;
    }
    List<String> words = words(message.text().substring(1));
    if (words.isEmpty() || message.text().length() > 1 && Character.isWhitespace(message.text().charAt(1))) {
      return MessageFilter.Verdict.CONTINUE;
    }
    Optional<NoteName> name = NoteName.parse(words.get(0));
    if (name.isPresent()) {
      boolean noformat = words.size() > 1 && isNoformat(words.get(1));
      deliver(ctx, message, message.from().get(), name.get(), noformat, true);
    }
    return MessageFilter.Verdict.CONTINUE;
  }

  private static List<String> words(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? List.of() : List.of(stripped.split("\\s+"));
  }

  private static boolean isNoformat(String word) {
    return word.toLowerCase(Locale.ROOT).equals(NOFORMAT);
  }

  /**
   * Sends the note, in reply to the message the asker replied to (or to the asker), with the fillings of whoever
   * sent that message; in private (a button here) when the note or the chat says so.
   *
   * @param quietWhenMissing a {@code #hashtag} that names no note is just a hashtag
   */
  private void deliver(HandlingContext ctx, IncomingMessage message, SeenUser asker, NoteName name, boolean noformat,
      boolean quietWhenMissing) {
    ChatId chat = message.chatId();
    Optional<Note> found = store.find(chat, name);
    if (found.isEmpty()) {
      if (!quietWhenMissing) {
        replyTo(ctx, message, ctx.messages().html(NOT_FOUND, "name", name.value()), Keyboard.NONE);
      }
      return;
    }
    Note note = found.get();
    boolean admin = sending.isAdmin(chat, asker.id());
    if (note.flags().adminOnly() && !admin) {
      replyTo(ctx, message, ctx.messages().html(ADMIN_ONLY), Keyboard.NONE);
      return;
    }
    if (noformat && !admin) {
      replyTo(ctx, message, ctx.messages().html(NOFORMAT_ADMINS), Keyboard.NONE);
      return;
    }
    Optional<Reply> pointedAt = message.replyTo();
    MessageId answered = pointedAt.map(Reply::id).orElse(message.id());
    if (!noformat && note.goesToPrivate(store.privateMode(chat))) {
      Optional<String> link = sending.noteLink(chat, name);
      if (link.isPresent()) {
        Messages m = ctx.messages();
        ctx.act(new ChatAction.Send(OutgoingMessage.replyTo(chat, answered, m.html(IN_PRIVATE, "name", name.value()))
            .inThread(message.threadId())
            .withKeyboard(Keyboard.row(new Button.Url(m.plain(IN_PRIVATE_BUTTON), link.get())))));
        return;
      }
      // A name Telegram cannot carry in a start link (letters beyond A-Z, for one) can only be sent here.
    }
    SeenUser member = pointedAt.flatMap(Reply::fromUser).orElse(asker);
    ContentSender.Send send = ContentSender.Send.to(chat, message.chat().title(), member).replyingTo(answered)
        .inThread(message.threadId());
    if (noformat) {
      NoteSending.noformat(note, send).forEach(ctx::act);
    } else {
      ctx.act(sending.sender.action(note.content(), NoteSending.withFlags(note, send)));
    }
  }

  private static void replyTo(HandlingContext ctx, IncomingMessage message, String html, Keyboard keyboard) {
    ctx.act(new ChatAction.Send(OutgoingMessage.replyTo(message.chatId(), message.id(), html)
        .inThread(message.threadId()).withKeyboard(keyboard)));
  }

  // ------------------------------------------------------------------------------------------------ listing

  /** /notes, /saved: the names members may get, each a link; in private-notes mode a button to the list in private. */
  private void list(CommandContext ctx) {
    ChatId chat = ctx.chat();
    if (store.privateMode(chat)) {
      ctx.replyHtml(ctx.text(LIST_IN_PRIVATE),
          Keyboard.row(new Button.Url(ctx.messages().plain(LIST_BUTTON), sending.notesLink(chat))));
      return;
    }
    boolean admin = sending.isAdmin(chat, ctx.actor().id());
    String title = ctx.targetChat().title();
    ctx.replyHtml(listing(sending, ctx.messages(), chat, title, admin), Keyboard.NONE);
  }

  /** The list of {@code chat}'s notes {@code admin} (or not) may see, as /notes and the notes_ link show it. */
  static String listing(NoteSending sending, Messages messages, ChatId chat, String title, boolean admin) {
    List<Note> visible = sending.store.list(chat).stream().filter(n -> admin || !n.flags().adminOnly()).toList();
    if (visible.isEmpty()) {
      return messages.html(LIST_EMPTY);
    }
    String chatName = title == null || title.isBlank() ? messages.plain(PrivateNotes.THIS_CHAT) : title;
    StringBuilder html = new StringBuilder(messages.html(LIST_HEADER, "chat", chatName));
    int used = 0;
    for (int i = 0; i < visible.size(); i++) {
      NoteName name = visible.get(i).name();
      String line = sending.noteLink(chat, name)
          .map(url -> messages.html(LIST_LINE, "url", url, "name", name.value()))
          .orElseGet(() -> messages.html(LIST_LINE_UNLINKED, "name", name.value()));
      int visibleLength = Html.visibleLength(line) + 1;
      if (used + visibleLength > LIST_BUDGET) {
        html.append('\n').append(messages.html(LIST_MORE, "count", visible.size() - i));
        break;
      }
      html.append('\n').append(line);
      used += visibleLength;
    }
    return html.append("\n\n").append(messages.html(LIST_FOOTER)).toString();
  }

  // ------------------------------------------------------------------------------------------------ removing

  private void remove(CommandContext ctx) {
    String typed = Words.splitFirst(ctx.command().argumentText()).first();
    edit(ctx).remove(ctx.chat(), typed, Commit.in(ctx.unitOfWork())).replyTo(ctx);
  }

  private void askClearAll(CommandContext ctx) {
    int count = store.list(ctx.chat()).size();
    if (count == 0) {
      ctx.reply(CLEAR_ALL_NOTHING);
      return;
    }
    clearAll.ask(ctx, ctx.text(CLEAR_ALL_ASK, "count", count));
  }

  private void clearAllConfirmed(ButtonContext ctx, String payload) {
    ChatId chat = ctx.chat();
    int removed = ctx.write(() -> store.removeAll(chat));
    ctx.answer(CLEAR_ALL_DONE, false, "count", removed);
    ctx.edit(ctx.messages().html(CLEAR_ALL_DONE, "count", removed), Keyboard.NONE);
  }

  // ------------------------------------------------------------------------------------------------ private mode

  private void privateMode(CommandContext ctx) {
    String argument = Words.splitFirst(ctx.command().argumentText()).first();
    if (argument.isEmpty()) {
      ctx.reply(store.privateMode(ctx.chat()) ? PRIVATE_IS_ON : PRIVATE_IS_OFF);
      return;
    }
    Optional<Boolean> wanted = switch (argument.toLowerCase(Locale.ROOT)) {
      case "on", "yes", "true" -> Optional.of(true);
      case "off", "no", "false" -> Optional.of(false);
      default -> Optional.empty();
    };
    if (wanted.isEmpty()) {
      ctx.reply(PRIVATE_USAGE, "input", argument);
      return;
    }
    boolean on = wanted.get();
    ctx.write(() -> store.setPrivateMode(ctx.targetChat(), on));
    ctx.reply(on ? PRIVATE_ON : PRIVATE_OFF);
  }
}

package io.alita.web.chats;

import io.alita.domain.action.Button;
import io.alita.domain.console.ChatSummary;
import io.alita.domain.console.ConsoleSession;
import io.alita.domain.content.StoredContent;
import io.alita.domain.format.NoteFlags;
import io.alita.domain.notes.Note;
import io.alita.domain.notes.NoteName;
import io.alita.domain.notes.NotesEdit;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.web.ConsoleError;
import io.alita.web.Pages;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /chats/{id}/notes}: the chat's notes (name, what it sends, its flags, the text as typed), an edit link for
 * text notes, a delete button for every note, and one form to add a text note or edit one ({@code ?edit=<name>}): a
 * name, the text as {@code /save} takes it and a box per flag, with Preview (renders the note for a sample member,
 * nothing saved) and Save. Files cannot be uploaded from here: a note that sends one is saved in Telegram and can be
 * deleted here. A refused form comes back with everything typed and ticked in it.
 */
final class NotesPage {

  /** A listed note. */
  public record Row(String name, String type, String flags, String text, boolean editable) {}

  /** A flag's box on the form: {@code field} is its form field and its tag's word. */
  public record Flag(String field, String label, boolean checked) {}

  /** A button below the previewed message. */
  public record PreviewButton(String text, String target) {}

  private static final List<String> FIELDS = List.of("admin", "private", "noprivate", "protect", "nonotif", "preview");
  private static final Map<String, String> LABELS = Map.of(
      "admin", "admins only {admin}",
      "private", "sent in private {private}",
      "noprivate", "sent in the group even in private mode {noprivate}",
      "protect", "cannot be forwarded or saved {protect}",
      "nonotif", "sent silently {nonotif}",
      "preview", "shows the link preview {preview}");

  private final NotePages.Ports ports;
  private final ChatLookup lookup;
  private final Notice notice;

  NotesPage(NotePages.Ports ports, ChatLookup lookup, Notice notice) {
    this.ports = ports;
    this.lookup = lookup;
    this.notice = notice;
  }

  void show(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forView(ctx, session);
    String editing = ctx.queryParam("edit");
    Map<String, Object> model = model(chat);
    Optional<Note> edited = editing == null ? Optional.empty()
        : NoteName.parse(editing).flatMap(n -> ports.notes().find(chat.id(), n))
            .filter(n -> !n.content().type().isMedia());
    edited.ifPresent(n -> form(model, "edit", n.name().value(), n.content().noformat(), n.flags()));
    notice.take(ctx).ifPresent(n -> model.put("notice", n));
    Pages.render(ctx, "chat-notes.html", session, model);
  }

  void save(Context ctx, ConsoleSession session) {
    String action = field(ctx, "do");
    String mode = field(ctx, "mode").equals("edit") ? "edit" : "add";
    String name = field(ctx, "name");
    String text = field(ctx, "text");
    NoteFlags ticked = ticked(ctx);
    switch (action) {
      case "preview" -> preview(ctx, session, mode, name, text, ticked);
      case "save" -> {
        ChatSummary chat = lookup.forChange(ctx, session);
        Optional<NoteName> listed = NoteName.parse(name);
        ChangeOutcome outcome = mode.equals("edit") && listed.isPresent()
            ? ports.edit().editText(chat.chat(), listed.get(), text, ticked, lookup.commitAs(session))
            : ports.edit().addText(chat.chat(), name, text, ticked, lookup.commitAs(session));
        answer(ctx, session, chat, outcome, mode, name, text, ticked);
      }
      default -> {
        lookup.forView(ctx, session);
        throw ConsoleError.badRequest("Use the form's Preview or Save button.");
      }
    }
  }

  void remove(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forChange(ctx, session);
    ChangeOutcome outcome = ports.edit().remove(chat.id(), field(ctx, "name"), lookup.commitAs(session));
    answer(ctx, session, chat, outcome, "add", "", "", NoteFlags.NONE);
  }

  private void preview(Context ctx, ConsoleSession session, String mode, String name, String text, NoteFlags ticked) {
    ChatSummary chat = lookup.forView(ctx, session);
    Map<String, Object> model = form(model(chat), mode, name, text, ticked);
    NotesEdit.Preview preview = ports.edit().preview(chat.id(), chat.title().orElse(""), text, ticked,
        FiltersPage.SAMPLE_MEMBER);
    if (preview instanceof NotesEdit.Preview.Shown shown) {
      model.put("previewHtml", shown.html());
      model.put("previewButtons", shown.keyboard().rows().stream().flatMap(List::stream)
          .filter(Button.Url.class::isInstance).map(Button.Url.class::cast)
          .map(b -> new PreviewButton(b.text(), b.url())).toList());
      model.put("previewFlags", describe(shown.flags()));
    } else {
      model.put("problems", List.of(((NotesEdit.Preview.Refused) preview).text()));
      ctx.status(400);
    }
    Pages.render(ctx, "chat-notes.html", session, model);
  }

  private void answer(Context ctx, ConsoleSession session, ChatSummary chat, ChangeOutcome outcome, String mode,
      String name, String text, NoteFlags ticked) {
    if (outcome.refused()) {
      Map<String, Object> model = form(model(chat), mode, name, text, ticked);
      model.put("problems", List.of(outcome.text()));
      ctx.status(400);
      Pages.render(ctx, "chat-notes.html", session, model);
      return;
    }
    notice.redirect(ctx, ChatView.of(chat).path() + "/notes", outcome.text());
  }

  private static Map<String, Object> form(Map<String, Object> model, String mode, String name, String text,
      NoteFlags flags) {
    model.put("mode", mode);
    model.put("name", name);
    model.put("text", text);
    model.put("flags", boxes(flags));
    return model;
  }

  private Map<String, Object> model(ChatSummary chat) {
    List<Note> notes = ports.notes().list(chat.id());
    Map<String, Object> model = new HashMap<>();
    model.put("chat", ChatView.of(chat));
    model.put("active", "notes");
    model.put("rows", notes.stream().map(NotesPage::row).toList());
    model.put("count", notes.size());
    model.put("privateMode", ports.notes().privateMode(chat.id()));
    return form(model, "add", "", "", NoteFlags.NONE);
  }

  private static Row row(Note note) {
    StoredContent content = note.content();
    String type = content.type().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return new Row(note.name().value(), type, describe(note.flags()), content.noformat(),
        !content.type().isMedia());
  }

  private static NoteFlags ticked(Context ctx) {
    return new NoteFlags(box(ctx, "private"), box(ctx, "noprivate"), box(ctx, "admin"), box(ctx, "preview"),
        box(ctx, "protect"), box(ctx, "nonotif"));
  }

  private static boolean box(Context ctx, String name) {
    return ctx.formParam(name) != null;
  }

  private static List<Flag> boxes(NoteFlags flags) {
    List<Flag> boxes = new ArrayList<>();
    for (String field : FIELDS) {
      boxes.add(new Flag(field, LABELS.get(field), isSet(flags, field)));
    }
    return boxes;
  }

  /** The flags as the list shows them: {@code admin, protect}; a dash for none. */
  private static String describe(NoteFlags flags) {
    List<String> set = FIELDS.stream().filter(f -> isSet(flags, f)).toList();
    return set.isEmpty() ? "-" : String.join(", ", set);
  }

  private static boolean isSet(NoteFlags flags, String field) {
    return switch (field) {
      case "admin" -> flags.adminOnly();
      case "private" -> flags.privateOnly();
      case "noprivate" -> flags.noPrivate();
      case "protect" -> flags.protect();
      case "nonotif" -> flags.noNotif();
      case "preview" -> flags.preview();
      default -> throw new IllegalArgumentException(field);
    };
  }

  private static String field(Context ctx, String name) {
    String value = ctx.formParam(name);
    return value == null ? "" : value;
  }
}

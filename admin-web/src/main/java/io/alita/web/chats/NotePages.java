package io.alita.web.chats;

import io.alita.domain.audit.Changes;
import io.alita.domain.console.ChatDirectory;
import io.alita.domain.notes.NotesEdit;
import io.alita.domain.notes.NotesStore;
import io.alita.web.Guard;
import io.alita.web.PageGroup;
import io.javalin.config.JavalinConfig;
import java.util.Objects;

/**
 * The console's notes page of a chat ({@code /chats/{id}/notes}): the chat's notes with their flags, adding and editing
 * text notes, deleting any note, and a preview of a note as the bot would send it. Its own page group beside
 * {@link ChatPages}, with the same guard, lookup and notices: every change goes through {@link NotesEdit}, the use
 * case of {@code /save} and {@code /clear}, committed as the signed-in user.
 */
public final class NotePages implements PageGroup {

  /**
   * What the page needs.
   *
   * @param changes commits a change as the signed-in user
   * @param edit the use case the bot's commands use, built with the sender the bot answers with (for the preview)
   * @param notes the chat's notes, read to list them
   */
  public record Ports(ChatDirectory directory, Changes changes, NotesEdit edit, NotesStore notes) {
    public Ports {
      Objects.requireNonNull(directory, "directory");
      Objects.requireNonNull(changes, "changes");
      Objects.requireNonNull(edit, "edit");
      Objects.requireNonNull(notes, "notes");
    }
  }

  private final Ports ports;
  private final boolean https;

  /** @param https the console is served over HTTPS (its one-shot notice cookie is then {@code Secure}) */
  public NotePages(Ports ports, boolean https) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.https = https;
  }

  @Override
  public void register(JavalinConfig cfg, Guard guard) {
    ChatLookup lookup = new ChatLookup(ports.directory(), ports.changes(), guard);
    NotesPage page = new NotesPage(ports, lookup, new Notice(https));
    cfg.routes.get("/chats/{id}/notes", guard.chatViewer(page::show));
    cfg.routes.post("/chats/{id}/notes/save", guard.form(page::save));
    cfg.routes.post("/chats/{id}/notes/remove", guard.form(page::remove));
  }
}

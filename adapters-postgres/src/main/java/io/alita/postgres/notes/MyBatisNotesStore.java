package io.alita.postgres.notes;

import io.alita.domain.content.ContentType;
import io.alita.domain.content.StoredContent;
import io.alita.domain.format.NoteFlags;
import io.alita.domain.model.ChatId;
import io.alita.domain.notes.Note;
import io.alita.domain.notes.NoteName;
import io.alita.domain.notes.NotesStore;
import io.alita.domain.tracking.SeenChat;
import io.alita.postgres.content.ButtonsJson;
import io.alita.postgres.mybatis.Sessions;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@link NotesStore} on PostgreSQL through {@link NotesMapper}, in the original's columns: {@code {noprivate}} is
 * {@code group_only}, {@code {preview}} is {@code web_preview}. A row this bot cannot read
 * (a media type without a file id, an unknown type) is left out with a warning rather than failing the chat's notes.
 */
public final class MyBatisNotesStore implements NotesStore {

  private static final System.Logger LOG = System.getLogger(MyBatisNotesStore.class.getName());

  private final Sessions sessions;

  /** @param sessions over a factory with {@link NotesMapper} registered */
  public MyBatisNotesStore(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public List<Note> list(ChatId chat) {
    return sessions.with(NotesMapper.class, m -> m.list(chat.value())).stream()
        .flatMap(row -> note(chat, row).stream()).toList();
  }

  @Override
  public Optional<Note> find(ChatId chat, NoteName name) {
    NotesMapper.NoteRow row = sessions.with(NotesMapper.class, m -> m.find(chat.value(), name.value()));
    return row == null ? Optional.empty() : note(chat, row);
  }

  @Override
  public void save(SeenChat chat, Note note) {
    StoredContent c = note.content();
    NoteFlags f = note.flags();
    NotesMapper.NoteRow row = new NotesMapper.NoteRow(note.name().value(), c.text(),
        c.type().isMedia() ? c.fileId() : null, c.type().code(), ButtonsJson.write(c.buttons()), f.adminOnly(),
        f.privateOnly(), f.noPrivate(), f.preview(), f.protect(), f.noNotif());
    withChat(chat, m -> m.save(chat.id().value(), row));
  }

  @Override
  public boolean remove(ChatId chat, NoteName name) {
    return sessions.with(NotesMapper.class, m -> m.remove(chat.value(), name.value())) > 0;
  }

  @Override
  public int removeAll(ChatId chat) {
    return sessions.with(NotesMapper.class, m -> m.removeAll(chat.value()));
  }

  @Override
  public boolean privateMode(ChatId chat) {
    return Boolean.TRUE.equals(sessions.with(NotesMapper.class, m -> m.privateMode(chat.value())));
  }

  @Override
  public void setPrivateMode(SeenChat chat, boolean on) {
    withChat(chat, m -> m.setPrivateMode(chat.id().value(), on));
  }

  @Override
  public Optional<String> chatTitle(ChatId chat) {
    return Optional.ofNullable(sessions.with(NotesMapper.class, m -> m.chatTitle(chat.value())));
  }

  private void withChat(SeenChat chat, Consumer<NotesMapper> write) {
    sessions.inTransaction(() -> sessions.with(NotesMapper.class, m -> {
      m.recordChat(chat.id().value(), chat.kind().name().toLowerCase(Locale.ROOT), chat.title(), chat.username());
      write.accept(m);
      return null;
    }));
  }

  private static Optional<Note> note(ChatId chat, NotesMapper.NoteRow row) {
    try {
      ContentType type = ContentType.ofCode(row.msgType()).orElseThrow(
          () -> new IllegalArgumentException("unknown msg_type " + row.msgType()));
      StoredContent content = new StoredContent(type, row.content(), type.isMedia() ? row.fileId() : "",
          ButtonsJson.read(row.buttons()));
      NoteFlags flags = new NoteFlags(row.privateOnly(), row.groupOnly(), row.adminOnly(), row.webPreview(), row.isProtected(),
          row.noNotif());
      return Optional.of(new Note(new NoteName(row.name()), content, flags));
    } catch (IllegalArgumentException e) {
      LOG.log(Level.WARNING, "Note '" + row.name() + "' of chat " + chat + " cannot be read and is skipped: "
          + e.getMessage());
      return Optional.empty();
    }
  }
}

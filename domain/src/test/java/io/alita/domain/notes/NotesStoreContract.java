package io.alita.domain.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.content.ContentType;
import io.alita.domain.content.StoredContent;
import io.alita.domain.format.ButtonGrid;
import io.alita.domain.format.NoteFlags;
import io.alita.domain.format.UrlButton;
import io.alita.domain.model.ChatId;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link NotesStore} does, run against the in-memory fake and the PostgreSQL adapter. */
public abstract class NotesStoreContract {

  protected static final SeenChat ENGINES = new SeenChat(ChatId.of(-1001), ChatKind.SUPERGROUP, "Engines", "engines");
  protected static final SeenChat LOOMS = new SeenChat(ChatId.of(-1002), ChatKind.GROUP, "Looms", null);

  protected abstract NotesStore store();

  protected static Note text(String name, String text) {
    return new Note(NoteName.parse(name).orElseThrow(), StoredContent.text(text), NoteFlags.NONE);
  }

  @Test
  void aSavedNoteComesBackWithItsTextButtonsAndFlags() {
    ButtonGrid buttons = new ButtonGrid(List.of(
        List.of(new UrlButton("Site", "https://example.com/"), new UrlButton("Docs \"quoted\"", "https://d.example/")),
        List.of(new UrlButton("Chat", "tg://resolve?domain=x"))));
    NoteFlags flags = new NoteFlags(true, false, true, true, true, true);
    Note note = new Note(new NoteName("rules"),
        new StoredContent(ContentType.TEXT, "*Be kind*, {first} 🦊 <b>&amp;</b> %%% hi", "", buttons), flags);

    store().save(ENGINES, note);

    assertEquals(Optional.of(note), store().find(ENGINES.id(), new NoteName("rules")));
  }

  @Test
  void aMediaNoteKeepsItsTypeFileIdAndCaption() {
    Note photo = new Note(new NoteName("cat"),
        new StoredContent(ContentType.PHOTO, "A _cat_", "AgACAgQAAxkBAAIB", ButtonGrid.empty()), NoteFlags.NONE);
    Note sticker = new Note(new NoteName("wave"),
        new StoredContent(ContentType.STICKER, "", "CAACAgIAAxkBAAIC", ButtonGrid.empty()), NoteFlags.NONE);
    Note gif = new Note(new NoteName("gif"),
        new StoredContent(ContentType.ANIMATION, "", "CgACAgQAAxkBAAID", ButtonGrid.empty()), NoteFlags.NONE);

    store().save(ENGINES, photo);
    store().save(ENGINES, sticker);
    store().save(ENGINES, gif);

    assertEquals(List.of(photo, gif, sticker), store().list(ENGINES.id()));
  }

  @Test
  void savingTheSameNameReplacesTheNote() {
    store().save(ENGINES, text("rules", "first"));
    store().save(ENGINES, text("rules", "second"));

    assertEquals(List.of(text("rules", "second")), store().list(ENGINES.id()));
  }

  @Test
  void notesAreListedByNameAndKeptPerChat() {
    store().save(ENGINES, text("zeta", "z"));
    store().save(ENGINES, text("alpha", "a"));
    store().save(LOOMS, text("alpha", "looms"));

    assertEquals(List.of(text("alpha", "a"), text("zeta", "z")), store().list(ENGINES.id()));
    assertEquals(List.of(text("alpha", "looms")), store().list(LOOMS.id()));
  }

  @Test
  void removingSaysWhetherThereWasSuchANote() {
    store().save(ENGINES, text("rules", "x"));

    assertTrue(store().remove(ENGINES.id(), new NoteName("rules")));
    assertFalse(store().remove(ENGINES.id(), new NoteName("rules")));
    assertEquals(Optional.empty(), store().find(ENGINES.id(), new NoteName("rules")));
  }

  @Test
  void removingAllCountsAndLeavesOtherChatsAlone() {
    store().save(ENGINES, text("a", "x"));
    store().save(ENGINES, text("b", "x"));
    store().save(LOOMS, text("a", "y"));

    assertEquals(2, store().removeAll(ENGINES.id()));
    assertEquals(0, store().removeAll(ENGINES.id()));
    assertEquals(List.of(), store().list(ENGINES.id()));
    assertEquals(1, store().list(LOOMS.id()).size());
  }

  @Test
  void privateModeIsOffUntilSetAndCanBeTurnedOffAgain() {
    assertFalse(store().privateMode(ENGINES.id()));

    store().setPrivateMode(ENGINES, true);
    assertTrue(store().privateMode(ENGINES.id()));
    assertFalse(store().privateMode(LOOMS.id()));

    store().setPrivateMode(ENGINES, false);
    assertFalse(store().privateMode(ENGINES.id()));
  }

  @Test
  void theChatsTitleIsKnownOnceANoteRecordedTheChat() {
    store().save(ENGINES, text("a", "x"));

    assertEquals(Optional.of("Engines"), store().chatTitle(ENGINES.id()));
  }

  @Test
  void aNameOfAHundredEmojiFits() {
    Note note = text("🦊".repeat(100), "fox");

    store().save(ENGINES, note);

    assertEquals(List.of(note), store().list(ENGINES.id()));
  }
}

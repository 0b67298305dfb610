package io.alita.domain.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.Button;
import io.alita.domain.content.ContentSender;
import io.alita.domain.content.ContentType;
import io.alita.domain.content.StoredContent;
import io.alita.domain.format.NoteFlags;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Media;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The use case's console side: adding and editing text notes with the form's flags, deleting, and the preview. */
class NotesEditTest {

  private static final SeenChat CHAT = new SeenChat(ChatId.of(-100), ChatKind.SUPERGROUP, "Tea room", null);
  private static final SeenUser SAM = new SeenUser(UserId.of(77), "Sam", "Sample", "sam", false);
  private static final NoteFlags ADMIN_AND_PROTECT = new NoteFlags(false, false, true, false, true, false);

  private final InMemoryNotesStore store = new InMemoryNotesStore();
  private final NotesEdit edit = new NotesEdit(store,
      new ContentSender(ContentSender.RulesButtons.NONE, new Random(1)), Messages.english());
  private int commits;
  private final Commit commit = new Commit() {
    @Override
    public <T> T apply(Supplier<T> change) {
      commits++;
      return change.get();
    }
  };

  private Note stored(String name) {
    return store.find(CHAT.id(), NoteName.parse(name).orElseThrow()).orElseThrow();
  }

  @Test
  void addingATextNoteJoinsTheTickedFlagsWithTheTagsInItsText() {
    ChangeOutcome outcome = edit.addText(CHAT, "Greet", "Hi *{first}*! {nonotif}\n[Site](buttonurl://example.com)",
        ADMIN_AND_PROTECT, commit);

    assertTrue(outcome.applied(), outcome.text());
    assertTrue(outcome.text().startsWith("Saved note #greet."), outcome.text());
    Note note = stored("greet");
    assertEquals(ContentType.TEXT, note.content().type());
    assertEquals("Hi *{first}*!", note.content().text());
    assertEquals(1, note.content().buttons().rows().size());
    assertEquals(new NoteFlags(false, false, true, false, true, true), note.flags());
    assertEquals(1, commits);
  }

  @Test
  void addingATakenNameIsRefusedAndReplacesNothing() {
    edit.addText(CHAT, "greet", "one", NoteFlags.NONE, commit);

    ChangeOutcome outcome = edit.addText(CHAT, "GREET", "two", ADMIN_AND_PROTECT, commit);

    assertTrue(outcome.refused());
    assertEquals("There is a note called #greet already: edit that one instead.", outcome.text());
    assertEquals("one", stored("greet").content().text());
    assertEquals(NoteFlags.NONE, stored("greet").flags());
    assertEquals(1, commits);
  }

  @Test
  void anEmptyBadOrOverlongNoteIsRefusedWithTheBotsWordsAndNothingIsWritten() {
    assertTrue(edit.addText(CHAT, " ", "text", NoteFlags.NONE, commit).text().startsWith("Give the note a name"));
    assertEquals("'two words' can't be a note name: use one word of at most 100 characters.",
        edit.addText(CHAT, "two words", "text", NoteFlags.NONE, commit).text());
    assertTrue(edit.addText(CHAT, "x".repeat(101), "text", NoteFlags.NONE, commit).text()
        .contains("can't be a note name"));
    assertEquals("There is nothing to save as #empty: write a text after the name, or reply to a message.",
        edit.addText(CHAT, "empty", "  {admin} ", ADMIN_AND_PROTECT, commit).text());
    assertTrue(edit.addText(CHAT, "long", "x".repeat(4097), NoteFlags.NONE, commit).text()
        .startsWith("This note is 4097 characters long once formatted, and Telegram allows 4096"));
    assertEquals(0, commits);
    assertTrue(store.list(CHAT.id()).isEmpty());
  }

  @Test
  void editingATextNoteReplacesItsTextAndItsFlags() {
    edit.addText(CHAT, "rules", "Be kind.", ADMIN_AND_PROTECT, commit);

    ChangeOutcome outcome = edit.editText(CHAT, NoteName.parse("rules").orElseThrow(), "Be *very* kind.",
        new NoteFlags(false, false, false, true, false, false), commit);

    assertTrue(outcome.applied(), outcome.text());
    assertEquals("Replaced note #rules.", outcome.text());
    assertEquals("Be *very* kind.", stored("rules").content().text());
    assertEquals(new NoteFlags(false, false, false, true, false, false), stored("rules").flags());
  }

  @Test
  void editingRefusesAMediaNoteAMissingOneAndAnEmptyText() {
    store.save(CHAT, new Note(NoteName.parse("cat").orElseThrow(),
        StoredContent.media(new Media(ContentType.PHOTO, "AgAD"), "A cat"), NoteFlags.NONE));
    edit.addText(CHAT, "rules", "Be kind.", NoteFlags.NONE, commit);
    int before = commits;

    assertEquals("The note #cat sends a file; save it again from Telegram to change it.",
        edit.editText(CHAT, NoteName.parse("cat").orElseThrow(), "meow", NoteFlags.NONE, commit).text());
    assertEquals("There is no note called #gone here.",
        edit.editText(CHAT, NoteName.parse("gone").orElseThrow(), "x", NoteFlags.NONE, commit).text());
    assertTrue(edit.editText(CHAT, NoteName.parse("rules").orElseThrow(), " ", NoteFlags.NONE, commit).refused());

    assertEquals(before, commits);
    assertEquals("AgAD", stored("cat").content().fileId());
    assertEquals("Be kind.", stored("rules").content().text());
  }

  @Test
  void removingANoteOfAnyKindAndOneThatIsNotThere() {
    store.save(CHAT, new Note(NoteName.parse("cat").orElseThrow(),
        StoredContent.media(new Media(ContentType.PHOTO, "AgAD"), ""), NoteFlags.NONE));

    assertEquals("Removed note #cat.", edit.remove(CHAT.id(), "cat", commit).text());
    assertEquals("There is no note called #cat here.", edit.remove(CHAT.id(), "cat", commit).text());
    assertTrue(store.list(CHAT.id()).isEmpty());
  }

  @Test
  void thePreviewIsTheFormattedNoteForTheMemberWithItsButtonsAndFlagsAndSavesNothing() {
    NotesEdit.Preview preview = edit.preview(CHAT.id(), "Tea room",
        "Hi *{first}* <b>in</b> {chatname} {admin}\n[Site](buttonurl://example.com)", SAM);

    NotesEdit.Preview.Shown shown = assertInstanceOf(NotesEdit.Preview.Shown.class, preview);
    assertEquals("Hi <b>Sam</b> &lt;b&gt;in&lt;/b&gt; Tea room", shown.html());
    assertEquals("https://example.com", ((Button.Url) shown.keyboard().rows().get(0).get(0)).url());
    assertTrue(shown.flags().adminOnly());
    assertFalse(shown.flags().protect());
    assertTrue(store.list(CHAT.id()).isEmpty());

    NotesEdit.Preview ticked = edit.preview(CHAT.id(), "Tea room", "Hi {nonotif}", ADMIN_AND_PROTECT, SAM);
    assertEquals(new NoteFlags(false, false, true, false, true, true),
        assertInstanceOf(NotesEdit.Preview.Shown.class, ticked).flags());

    NotesEdit.Preview empty = edit.preview(CHAT.id(), "Tea room", "  ", SAM);
    assertInstanceOf(NotesEdit.Preview.Refused.class, empty);
    assertEquals(Optional.empty(), store.find(CHAT.id(), NoteName.parse("preview").orElseThrow()));
  }
}

package io.alita.postgres.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.alita.domain.dispatch.EventKey;
import io.alita.domain.notes.NoteName;
import io.alita.domain.notes.NotesStore;
import io.alita.domain.notes.NotesStoreContract;
import io.alita.domain.update.UpdateId;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import io.alita.postgres.transaction.MyBatisUpdateTransactions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL store meets the shared contract, and what only the database shows: columns, JSON, transactions. */
class MyBatisNotesStoreTest extends NotesStoreContract {

  private static TestDatabase.Coordinates db;
  private static MyBatisNotesStore store;
  private static MyBatisUpdateTransactions transactions;

  @BeforeAll
  static void migratedDatabase() {
    db = TestDatabase.migrated();
    Sessions sessions = new Sessions(MyBatis.sessionFactory(db.dataSource()));
    store = new MyBatisNotesStore(sessions);
    transactions = new MyBatisUpdateTransactions(sessions);
  }

  @BeforeEach
  void emptyTables() {
    db.execute("TRUNCATE chats, processed_events CASCADE");
  }

  @Override
  protected NotesStore store() {
    return store;
  }

  @Test
  void theRowUsesTheOriginalsColumnsAndButtonJson() {
    store.save(ENGINES, text("faq", "Read [Site](buttonurl://example.com)"));

    assertEquals("faq|Read|1|[{\"url\": \"https://example.com\", \"name\": \"Site\", \"btn_sameline\": false}]",
        db.text("SELECT note_name || '|' || note_content || '|' || msg_type || '|' || buttons::text FROM notes"));
  }

  @Test
  void aRowTheOriginalWroteIsRead() {
    db.execute("INSERT INTO chats (chat_id, chat_name) VALUES (-1001, 'Engines')");
    db.execute("INSERT INTO notes (chat_id, note_name, note_content, file_id, msg_type, buttons, admin_only,"
        + " group_only, web_preview) VALUES (-1001, 'old', 'Hi', NULL, 1,"
        + " '[{\"name\":\"A\",\"url\":\"https://a.example\",\"btn_sameline\":false}]', true, true, true)");

    var note = store.find(ENGINES.id(), new NoteName("old")).orElseThrow();

    assertEquals("Hi", note.content().text());
    assertEquals(1, note.content().buttons().buttons().size());
    assertEquals(List.of(true, true, true), List.of(note.flags().adminOnly(), note.flags().noPrivate(),
        note.flags().preview()));
  }

  @Test
  void writesJoinTheUpdatesTransactionSoAFailedUpdateLeavesNoNote() {
    assertThrows(IllegalStateException.class, () -> transactions.handle(EventKey.update(new UpdateId(1)), w -> {
      w.write(() -> store.save(ENGINES, text("x", "y")));
      throw new IllegalStateException("the handler failed after writing");
    }));

    assertEquals(Optional.empty(), store.find(ENGINES.id(), new NoteName("x")));
  }
}

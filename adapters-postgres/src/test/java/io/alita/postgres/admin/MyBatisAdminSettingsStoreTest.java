package io.alita.postgres.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.alita.domain.admin.AdminSettingsStore;
import io.alita.domain.admin.AdminSettingsStoreContract;
import io.alita.domain.dispatch.EventKey;
import io.alita.domain.update.UpdateId;
import io.alita.postgres.transaction.MyBatisUpdateTransactions;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL store meets the shared contract, and keeps to the schema: one row per chat, other chat data untouched. */
class MyBatisAdminSettingsStoreTest extends AdminSettingsStoreContract {

  private AdminDatabase db;
  private MyBatisAdminSettingsStore store;

  @BeforeEach
  void emptyDatabase() {
    db = AdminDatabase.empty();
    store = new MyBatisAdminSettingsStore(db.sessions);
  }

  @Override
  protected AdminSettingsStore store() {
    return store;
  }

  @Test
  void aChatNeverSeenGetsItsChatRowAndOneSettingsRow() {
    store.setAnonymousAdminsTrusted(CHAT, true);
    store.setAnonymousAdminsTrusted(CHAT, false);

    assertEquals(Optional.of("1"), db.text("SELECT count(*) FROM chats WHERE chat_id = ?", CHAT.value()));
    assertEquals(Optional.of("1"), db.text("SELECT count(*) FROM admin WHERE chat_id = ?", CHAT.value()));
    assertEquals(Optional.of("f"), db.text("SELECT anon_admin FROM admin WHERE chat_id = ?", CHAT.value()));
  }

  @Test
  void aKnownChatKeepsEverythingElseItHas() {
    db.execute("INSERT INTO chats (chat_id, chat_name, language) VALUES (" + CHAT.value() + ", 'Engines', 'de')");

    store.setAnonymousAdminsTrusted(CHAT, true);

    assertEquals(Optional.of("Engines/de"),
        db.text("SELECT chat_name || '/' || language FROM chats WHERE chat_id = ?", CHAT.value()));
  }

  @Test
  void settingTheValueItAlreadyHasDoesNotRewriteTheRow() {
    store.setAnonymousAdminsTrusted(CHAT, true);
    Optional<String> before = db.text("SELECT xmin::text FROM admin WHERE chat_id = ?", CHAT.value());

    store.setAnonymousAdminsTrusted(CHAT, true);

    assertEquals(before, db.text("SELECT xmin::text FROM admin WHERE chat_id = ?", CHAT.value()));
  }

  @Test
  void aChangeInsideAFailedUpdateIsRolledBackWithIt() {
    MyBatisUpdateTransactions transactions = new MyBatisUpdateTransactions(db.sessions);

    assertThrows(IllegalStateException.class, () -> transactions.handle(EventKey.update(new UpdateId(1)), w -> {
      w.write(() -> {
        store.setAnonymousAdminsTrusted(CHAT, true);
      });
      throw new IllegalStateException("the reply could not be built");
    }));

    assertFalse(store.trusts(CHAT));
    assertEquals(Optional.of("0"), db.text("SELECT count(*) FROM chats WHERE chat_id = ?", CHAT.value()));
  }
}

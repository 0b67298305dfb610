package io.alita.postgres.languages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.alita.domain.cache.ChatChanges;
import io.alita.domain.i18n.LanguageStore;
import io.alita.domain.languages.LanguageStoreContract;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.postgres.config.ConnectionSettings;
import io.alita.postgres.config.SslMode;
import io.alita.postgres.connect.ConnectionOpener;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.notify.ChatChangeListener;
import io.alita.postgres.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL store meets the shared contract; and what only the database shows: rows kept, notifications. */
class MyBatisLanguageStoreTest extends LanguageStoreContract {

  private static final long WAIT_SECONDS = 10;

  private static TestDatabase.Coordinates db;
  private static MyBatisLanguageStore store;

  @BeforeAll
  static void migratedDatabase() {
    db = TestDatabase.migrated();
    store = new MyBatisLanguageStore(new Sessions(MyBatis.sessionFactory(db.dataSource())));
  }

  @BeforeEach
  void emptyTables() {
    db.execute("TRUNCATE chats, users CASCADE");
  }

  @Override
  protected LanguageStore store() {
    return store;
  }

  private static String text(String sql, long id) {
    try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aRecordedChatKeepsItsTitleAndKindWhenItsLanguageChanges() {
    db.execute("INSERT INTO chats (chat_id, chat_type, chat_name) VALUES (-1001, 'supergroup', 'Tracked')");

    store.setChatLanguage(new SeenChat(ChatId.of(-1001), ChatKind.SUPERGROUP, "Other", null), "es");

    assertEquals("supergroup|Tracked|es", text("SELECT chat_type || '|' || chat_name || '|' || language FROM chats "
        + "WHERE chat_id = ?", -1001));
  }

  @Test
  void anUnrecordedUserIsRecordedWithTheirNameAndLanguage() {
    store.setUserLanguage(ADA, "fr");

    assertEquals("Ada Lovelace|ada_l|fr", text("SELECT name || '|' || username || '|' || language FROM users "
        + "WHERE user_id = ?", 42));
  }

  @Test
  void aLanguageChangeNotifiesTheWorkersAndOtherChangesOfTheRowDoNot() throws Exception {
    ConnectionSettings settings = ConnectionSettings.of(db.host(), db.port(), db.database(), db.user(), db.password(),
        SslMode.DISABLE);
    BlockingQueue<String> heard = new LinkedBlockingQueue<>();
    ChatChanges recorder = new ChatChanges() {
      @Override
      public void chatChanged(ChatId chat) {
        heard.add(Long.toString(chat.value()));
      }

      @Override
      public void everythingChanged() {
        heard.add("everything");
      }
    };
    SeenChat group = new SeenChat(ChatId.of(-1007), ChatKind.SUPERGROUP, "Languages", null);
    SeenUser user = new SeenUser(UserId.of(4242), "Lin", null, null, false);
    store.setChatLanguage(group, "en");
    store.setUserLanguage(user, "en");
    try (ChatChangeListener listener = ChatChangeListener.start(ConnectionOpener.pgjdbc(), settings, recorder)) {
      org.junit.jupiter.api.Assertions.assertTrue(listener.listening());
      db.execute("UPDATE chats SET chat_name = 'Renamed', last_activity = now() WHERE chat_id = -1007");
      db.execute("UPDATE users SET name = 'Lin Renamed' WHERE user_id = 4242");
      store.setChatLanguage(group, "es");
      store.setUserLanguage(user, "ru");
      store.setUserLanguage(user, "ru"); // unchanged: nothing to tell
      // a marker: a language change of another chat, after which nothing of the above can still arrive
      store.setChatLanguage(new SeenChat(ChatId.of(-1099), ChatKind.GROUP, "Marker", null), "en");
      store.setChatLanguage(new SeenChat(ChatId.of(-1099), ChatKind.GROUP, "Marker", null), "fr");

      List<String> events = new ArrayList<>();
      String event;
      do {
        event = heard.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(event, "nothing heard within " + WAIT_SECONDS + " s; heard " + events);
        events.add(event);
      } while (!event.equals("-1099"));

      assertEquals(List.of("-1007", "4242", "-1099"), events);
    }
  }
}

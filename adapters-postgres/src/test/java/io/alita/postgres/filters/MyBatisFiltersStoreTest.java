package io.alita.postgres.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.alita.domain.content.ContentType;
import io.alita.domain.content.StoredContent;
import io.alita.domain.filters.Filter;
import io.alita.domain.filters.FiltersStore;
import io.alita.domain.filters.FiltersStoreContract;
import io.alita.domain.update.Media;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL store meets the shared contract, in the original's columns, and what only the database shows. */
class MyBatisFiltersStoreTest extends FiltersStoreContract {

  private static TestDatabase.Coordinates db;
  private static MyBatisFiltersStore store;

  @BeforeAll
  static void migratedDatabase() {
    db = TestDatabase.migrated();
    store = new MyBatisFiltersStore(new Sessions(MyBatis.sessionFactory(db.dataSource())));
  }

  @BeforeEach
  void emptyTables() {
    db.execute("TRUNCATE filters, chats, audit_log CASCADE");
  }

  @Override
  protected FiltersStore store() {
    return store;
  }

  @Test
  void aFilterIsOneRowInTheOriginalsColumnsWithItsButtonsAsJson() {
    store.put(CHAT, new Filter(trigger("hello"),
        StoredContent.text("Hi\n[Site](buttonurl://example.com)[Chat](buttonurl://t.me/x:same)")));
    store.put(CHAT, new Filter(trigger("cat"), StoredContent.media(new Media(ContentType.STICKER, "CAAC"), "")));

    assertEquals("hello|Hi|1||false", db.text("SELECT keyword || '|' || filter_reply || '|' || msgtype || '|' "
        + "|| coalesce(fileid, '') || '|' || nonotif FROM filters WHERE keyword = 'hello'"));
    assertEquals("[{\"url\": \"https://example.com\", \"name\": \"Site\", \"btn_sameline\": false}, "
        + "{\"url\": \"https://t.me/x\", \"name\": \"Chat\", \"btn_sameline\": true}]",
        db.text("SELECT filter_buttons::text FROM filters WHERE keyword = 'hello'"));
    assertEquals("2|CAAC|", db.text("SELECT msgtype || '|' || fileid || '|' || coalesce(filter_buttons::text, '') "
        + "FROM filters WHERE keyword = 'cat'"));
  }

  @Test
  void theDatabaseRefusesAnUpperCaseOrOverlongKeyword() {
    db.execute("INSERT INTO chats (chat_id) VALUES (" + CHAT.value() + ")");

    assertThrows(RuntimeException.class, () -> db.execute(
        "INSERT INTO filters (chat_id, keyword) VALUES (" + CHAT.value() + ", 'Hello')"));
    assertThrows(RuntimeException.class, () -> db.execute(
        "INSERT INTO filters (chat_id, keyword) VALUES (" + CHAT.value() + ", repeat('x', 101))"));
  }

  @Test
  void rowsTheOriginalWroteAreReadAndUnusableOnesSkipped() {
    db.execute("INSERT INTO chats (chat_id) VALUES (" + CHAT.value() + ")");
    db.execute("INSERT INTO filters (chat_id, keyword, filter_reply, msgtype, fileid, nonotif, filter_buttons) VALUES "
        + "(" + CHAT.value() + ", 'gm', 'Good morning {first}', 1, NULL, true, "
        + "'[{\"name\":\"A\",\"url\":\"https://a.example\"}]'),"
        + "(" + CHAT.value() + ", 'doc', 'a file', 3, 'BQACAgIAAx', false, NULL),"
        + "(" + CHAT.value() + ", 'broken', 'no file', 4, NULL, false, NULL)");

    List<Filter> filters = store.filters(CHAT);

    assertEquals(List.of(trigger("doc"), trigger("gm")), filters.stream().map(Filter::trigger).toList());
    Filter gm = filters.get(1);
    assertEquals(true, gm.silent());
    assertEquals("A", gm.content().buttons().rows().get(0).get(0).text());
    assertEquals(new Media(ContentType.DOCUMENT, "BQACAgIAAx"), filters.get(0).content().media().orElseThrow());
  }

  @Test
  void aChangeIsAudited() {
    store.put(CHAT, text("hello", "hi"));

    assertEquals("1", db.text("SELECT count(*) FROM audit_log WHERE subject = 'filters' AND chat_id = " + CHAT.value() + ""));
  }
}

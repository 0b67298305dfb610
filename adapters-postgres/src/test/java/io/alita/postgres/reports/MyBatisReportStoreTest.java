package io.alita.postgres.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.reports.ReportStore;
import io.alita.domain.reports.ReportStoreContract;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL store meets the shared contract, and what only the database shows: the array and the rows. */
class MyBatisReportStoreTest extends ReportStoreContract {

  private static TestDatabase.Coordinates db;
  private static MyBatisReportStore store;

  @BeforeAll
  static void migratedDatabase() {
    db = TestDatabase.migrated();
    store = new MyBatisReportStore(new Sessions(MyBatis.sessionFactory(db.dataSource())));
  }

  @BeforeEach
  void emptyTables() {
    db.execute("TRUNCATE chats, users CASCADE");
  }

  @Override
  protected ReportStore store() {
    return store;
  }

  @Test
  void blockedMembersAreTheOriginalsArrayAndAUsersSettingCreatesTheirRow() {
    store.block(CHAT, BOB);
    store.block(CHAT, EVE);
    store.setUserEnabled(BOB, false);

    assertEquals("{43,44}", db.text("SELECT blocked_user_ids::text FROM report_chat_settings WHERE chat_id = "
        + CHAT.value()));
    assertEquals("false", db.text("SELECT enabled::text FROM report_user_settings WHERE user_id = 43"));
    assertEquals("1", db.text("SELECT count(*) FROM users WHERE user_id = 43"));
  }

  @Test
  void aRowTheOriginalLeftWithDuplicatesReadsAsOneBlockedMember() {
    db.execute("INSERT INTO chats (chat_id) VALUES (" + CHAT.value() + ")");
    db.execute("INSERT INTO report_chat_settings (chat_id, enabled, blocked_user_ids) VALUES (" + CHAT.value()
        + ", true, '{43,43}')");

    assertEquals(java.util.Set.of(BOB), store.chat(CHAT).blocked());
  }
}

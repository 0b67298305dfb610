package io.alita.postgres.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.dispatch.UpdateInbox.Kept;
import io.alita.domain.model.ChatId;
import io.alita.domain.update.UpdateId;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import io.alita.postgres.transaction.CountingDataSource;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The update inbox on PostgreSQL: order, idempotent keeping, removal, payloads as sent, and an empty keep. */
class MyBatisUpdateInboxTest {

  private static final ChatId CHAT = ChatId.of(-1001);

  private static TestDatabase.Coordinates db;
  private static CountingDataSource counting;
  private static MyBatisUpdateInbox inbox;

  @BeforeAll
  static void migrated() {
    db = TestDatabase.migrated();
    counting = new CountingDataSource(db.dataSource());
    inbox = new MyBatisUpdateInbox(new Sessions(MyBatis.sessionFactory(counting)));
  }

  @BeforeEach
  void empty() {
    db.execute("TRUNCATE update_inbox");
  }

  private static Kept kept(long id, String json) {
    return new Kept(new UpdateId(id), CHAT, json);
  }

  @Test
  void keptUpdatesComeBackOldestFirst() {
    inbox.keep(List.of(kept(12, "{\"update_id\":12}"), kept(10, "{\"update_id\":10}")));
    inbox.keep(List.of(kept(11, "{\"update_id\":11}")));
    assertEquals(List.of(10L, 11L, 12L), inbox.pending().stream().map(k -> k.id().value()).toList());
    assertEquals(CHAT, inbox.pending().get(0).chat());
  }

  @Test
  void anUpdateKeptAgainStaysAsItWas() {
    inbox.keep(List.of(kept(20, "{\"first\":true}")));
    inbox.keep(List.of(kept(20, "{\"first\":false}"), kept(21, "{}")));
    assertEquals(List.of(kept(20, "{\"first\":true}"), kept(21, "{}")), inbox.pending());
  }

  @Test
  void aHandledUpdateIsForgotten() {
    inbox.keep(List.of(kept(30, "{}"), kept(31, "{}")));
    inbox.handled(new UpdateId(30));
    inbox.handled(new UpdateId(99)); // never kept: nothing happens
    assertEquals(List.of(kept(31, "{}")), inbox.pending());
  }

  @Test
  void handledUpdatesAreForgottenTogether() {
    inbox.keep(List.of(kept(32, "{}"), kept(33, "{}"), kept(34, "{}")));
    int before = counting.connections.get();
    inbox.handled(List.of(new UpdateId(32), new UpdateId(34), new UpdateId(98))); // 98 was never kept
    assertEquals(before + 1, counting.connections.get(), "one statement for the batch");
    assertEquals(List.of(kept(33, "{}")), inbox.pending());
  }

  @Test
  void manyHandledUpdatesAreForgottenInChunks() {
    List<Kept> many = java.util.stream.LongStream.rangeClosed(1, MyBatisUpdateInbox.ROWS_PER_STATEMENT + 10)
        .mapToObj(id -> kept(id, "{}")).toList();
    inbox.keep(many);
    inbox.handled(many.stream().map(Kept::id).toList());
    assertEquals(List.of(), inbox.pending());
  }

  @Test
  void aPayloadComesBackAsSent() {
    String json = "{\"text\":\"Grüße, «ünïcödé» 🚀 \\\"quoted\\\" and 'apostrophes'; DROP TABLE update_inbox; --\"}";
    inbox.keep(List.of(kept(40, json)));
    assertEquals(json, inbox.pending().get(0).json());
  }

  @Test
  void keepingNothingCostsNoStatement() {
    int before = counting.connections.get();
    inbox.keep(List.of());
    assertEquals(before, counting.connections.get());
    assertEquals(List.of(), inbox.pending());
  }

  @Test
  void manyUpdatesAreKeptInOneGo() {
    List<Kept> many = java.util.stream.LongStream.rangeClosed(1, MyBatisUpdateInbox.ROWS_PER_STATEMENT + 10)
        .mapToObj(id -> kept(id, "{}")).toList();
    inbox.keep(many);
    assertEquals(many.size(), inbox.pending().size());
  }
}

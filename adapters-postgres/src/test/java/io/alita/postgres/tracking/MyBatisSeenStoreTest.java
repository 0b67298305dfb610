package io.alita.postgres.tracking;

import static io.alita.domain.tracking.TestSeenFactory.T0;
import static io.alita.domain.tracking.TestSeenFactory.channel;
import static io.alita.domain.tracking.TestSeenFactory.group;
import static io.alita.domain.tracking.TestSeenFactory.member;
import static io.alita.domain.tracking.TestSeenFactory.minutes;
import static io.alita.domain.tracking.TestSeenFactory.supergroup;
import static io.alita.domain.tracking.TestSeenFactory.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.tracking.SeenBatch;
import io.alita.domain.tracking.SeenStore;
import io.alita.domain.tracking.SeenStoreContract;
import io.alita.domain.tracking.SeenStoreProbe;
import java.util.Optional;
import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL store meets the shared contract, and what only a real database can show: cascades, atomicity, no rewrites. */
class MyBatisSeenStoreTest extends SeenStoreContract {

  private TrackingDatabase db;
  private MyBatisSeenStore store;
  private PostgresSeenProbe probe;

  @BeforeEach
  void emptyDatabase() {
    db = TrackingDatabase.empty();
    store = new MyBatisSeenStore(db.sessions);
    probe = new PostgresSeenProbe(db.coordinates);
  }

  @Override
  protected SeenStore store() {
    return store;
  }

  @Override
  protected SeenStoreProbe probe() {
    return probe;
  }

  @Test
  void migrationCarriesEveryPerChatRowAlong() {
    store.record(SeenBatch.builder().user(user(101, "Ada", null), T0).chat(group(-501, "Engines"), T0)
        .membership(member(-501, 101), T0).build());
    db.execute("INSERT INTO rules (chat_id, rules) VALUES (-501, 'Be kind')");
    db.execute("INSERT INTO warns_users (chat_id, user_id, num_warns) VALUES (-501, 101, 2)");

    store.migrateChat(ChatId.of(-501), ChatId.of(-1001));

    assertEquals(Optional.of("Be kind"), probe.text("SELECT rules FROM rules WHERE chat_id = ?", -1001));
    assertEquals(Optional.of("2"), probe.text("SELECT num_warns FROM warns_users WHERE chat_id = ?", -1001));
    assertEquals(Optional.of("0"), probe.text("SELECT count(*) FROM rules WHERE chat_id = ?", -501));
  }

  @Test
  void migrationIntoASupergroupAlreadySeenKeepsTheOldGroupsSettings() {
    store.record(SeenBatch.builder().chat(group(-501, "Engines"), T0).chat(supergroup(-1001, "Engines"), minutes(1)).build());
    db.execute("UPDATE chats SET language = 'de' WHERE chat_id = -501");
    db.execute("INSERT INTO rules (chat_id, rules) VALUES (-501, 'Be kind')");
    db.execute("INSERT INTO rules (chat_id, rules) VALUES (-1001, 'Made in the seconds after the upgrade')");

    store.migrateChat(ChatId.of(-501), ChatId.of(-1001));

    assertEquals(Optional.of("Be kind"), probe.text("SELECT rules FROM rules WHERE chat_id = ?", -1001));
    assertEquals(Optional.of("de"), probe.text("SELECT language FROM chats WHERE chat_id = ?", -1001));
    assertEquals(Optional.of("1"), probe.text("SELECT count(*) FROM chats WHERE chat_id IN (?, -501)", -1001));
  }

  @Test
  void aBatchThatFailsWritesNothing() {
    // PostgreSQL text cannot hold NUL: the chat row fails after the user row was written in the same transaction.
    SeenBatch batch = SeenBatch.builder().user(user(101, "Ada", "ada_l"), T0).chat(supergroup(-1001, "bad\u0000title"), T0)
        .build();

    assertThrows(PersistenceException.class, () -> store.record(batch));

    assertEquals(Optional.empty(), probe.user(UserId.of(101)));
  }

  @Test
  void aSightingThatChangesNothingLeavesTheRowsUntouched() {
    store.record(SeenBatch.builder().user(user(101, "Ada", "ada_l"), minutes(5)).chat(supergroup(-1001, "Engines"), minutes(5))
        .channel(channel(-1002001, "News", "newsroom"), minutes(5)).build());
    String before = rowVersions();

    // the same data, seen no later than what is stored: nothing to change, so no row is rewritten
    store.record(SeenBatch.builder().user(user(101, "Ada", "ada_l"), minutes(5)).chat(supergroup(-1001, "Engines"), T0)
        .channel(channel(-1002001, "News", "newsroom"), minutes(9)).build());

    assertEquals(before, rowVersions());
  }

  /** The transaction ids that last wrote each row: they change whenever a row is rewritten, even to the same values. */
  private String rowVersions() {
    return probe.text("SELECT (SELECT xmin::text FROM users WHERE user_id = 101) || '/' || "
        + "(SELECT xmin::text FROM chats WHERE chat_id = -1001) || '/' || "
        + "(SELECT xmin::text FROM channels WHERE chat_id = ?)", -1002001).orElseThrow();
  }
}

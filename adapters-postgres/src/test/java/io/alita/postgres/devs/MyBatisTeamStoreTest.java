package io.alita.postgres.devs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.alita.domain.devs.TeamMember;
import io.alita.domain.devs.TeamRole;
import io.alita.domain.devs.TeamStore;
import io.alita.domain.devs.TeamStoreContract;
import io.alita.domain.dispatch.AlreadyApplied;
import io.alita.domain.dispatch.EventKey;
import io.alita.domain.model.UserId;
import io.alita.domain.tracking.SeenBatch;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.UpdateId;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.tracking.MyBatisSeenStore;
import io.alita.postgres.tracking.SeenMapper;
import io.alita.postgres.transaction.MyBatisUpdateTransactions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL team store meets the shared contract, and what only the database shows: rows, flags, transactions. */
class MyBatisTeamStoreTest extends TeamStoreContract {

  private DevsDatabase db;
  private MyBatisTeamStore store;

  @BeforeEach
  void emptyDatabase() {
    db = DevsDatabase.empty();
    store = new MyBatisTeamStore(db.sessions);
  }

  @Override
  protected TeamStore store() {
    return store;
  }

  @Override
  protected void userSeen(UserId user, String name) {
    db.execute("INSERT INTO users (user_id, name) VALUES (" + user.value() + ", '" + name.replace("'", "''") + "')");
  }

  @Test
  void aRoleIsStoredAsExactlyOneOfTheTwoFlags() {
    store.appoint(ADA, TeamRole.DEV);
    store.appoint(CHARLES, TeamRole.SUDO);
    store.appoint(CHARLES, TeamRole.DEV);
    store.appoint(CHARLES, TeamRole.SUDO);

    assertEquals(1, db.count("SELECT count(*) FROM devs WHERE user_id = 101 AND is_dev AND NOT sudo"));
    assertEquals(1, db.count("SELECT count(*) FROM devs WHERE user_id = 102 AND sudo AND NOT is_dev"));
  }

  @Test
  void rowsLeftByTheOriginalBotAreReadByTheirHigherFlag() {
    userSeen(ADA, "Ada");
    userSeen(CHARLES, "Charles");
    db.execute("INSERT INTO devs (user_id, is_dev, sudo) VALUES (101, true, true), (102, false, false)");

    assertEquals(Optional.of(TeamRole.DEV), store.role(ADA));
    assertEquals(Optional.empty(), store.role(CHARLES));
    assertEquals(List.of(new TeamMember(ADA, TeamRole.DEV, Optional.of("Ada"))), store.members());
  }

  @Test
  void aUserNeverSeenGetsABareUserRowThatTrackingNamesLater() {
    store.appoint(MARY, TeamRole.SUDO);
    assertEquals(1, db.count("SELECT count(*) FROM users WHERE user_id = 103 AND name IS NULL"));

    new MyBatisSeenStore(factory()).record(SeenBatch.builder()
        .user(new SeenUser(MARY, "Mary", "Somerville", "mary_s", false), Instant.parse("2026-11-27T10:00:00Z")).build());

    assertEquals(List.of(new TeamMember(MARY, TeamRole.SUDO, Optional.of("Mary Somerville"))), store.members());
  }

  @Test
  void appointingAUserTheBotKnowsLeavesTheirRowAlone() {
    userSeen(ADA, "Ada");

    store.appoint(ADA, TeamRole.DEV);

    assertEquals(1, db.count("SELECT count(*) FROM users WHERE user_id = 101 AND name = 'Ada'"));
  }

  @Test
  void aTeamChangeCommitsWithItsUpdateAndARepeatWritesNothing() {
    MyBatisUpdateTransactions transactions = new MyBatisUpdateTransactions(db.sessions);

    EventKey key = EventKey.update(new UpdateId(5));
    transactions.handle(key, w -> {
      w.write(() -> store.appoint(ADA, TeamRole.DEV));
      return null;
    });
    assertThrows(AlreadyApplied.class, () -> transactions.handle(key, w -> {
      w.write(() -> store.appoint(CHARLES, TeamRole.DEV));
      return null;
    }));

    assertEquals(Optional.of(TeamRole.DEV), store.role(ADA));
    assertEquals(Optional.empty(), store.role(CHARLES));
  }

  @Test
  void aTeamChangeWhoseUpdateFailsIsRolledBack() {
    MyBatisUpdateTransactions transactions = new MyBatisUpdateTransactions(db.sessions);

    assertThrows(IllegalStateException.class, () -> transactions.handle(EventKey.update(new UpdateId(6)), w -> {
      w.write(() -> {
        store.appoint(ADA, TeamRole.DEV);
      });
      throw new IllegalStateException("the reply could not be prepared");
    }));

    assertEquals(Optional.empty(), store.role(ADA));
    assertEquals(0, db.count("SELECT count(*) FROM users WHERE user_id = 101"), "the bare user row went too");
  }

  private SqlSessionFactory factory() {
    return MyBatis.sessionFactory(db.dataSource);
  }
}

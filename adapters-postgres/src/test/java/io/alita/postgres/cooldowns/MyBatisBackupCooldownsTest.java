package io.alita.postgres.cooldowns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.alita.domain.backup.BackupCooldowns;
import io.alita.domain.backup.BackupCooldownsContract;
import io.alita.domain.model.ChatId;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cooldown contract on PostgreSQL, and what only the database shows: the rows, and that a new store sees them. */
class MyBatisBackupCooldownsTest extends BackupCooldownsContract {

  private static TestDatabase.Coordinates db;
  private static Sessions sessions;
  private static MyBatisBackupCooldowns cooldowns;

  @BeforeAll
  static void migrated() {
    db = TestDatabase.migrated();
    sessions = new Sessions(MyBatis.sessionFactory(db.dataSource()));
    cooldowns = new MyBatisBackupCooldowns(sessions);
  }

  @BeforeEach
  void empty() {
    db.execute("TRUNCATE backup_cooldowns");
  }

  @Override
  protected BackupCooldowns cooldowns() {
    return cooldowns;
  }

  @Test
  void aRestIsOneRowThatAnotherProcessSees() {
    cooldowns.restUntil(ChatId.of(-100777), BackupCooldowns.Kind.EXPORT, NOW.plusSeconds(300));

    assertEquals("-100777|export|2026-12-09 10:05:00+00", db.text(
        "SELECT concat_ws('|', chat_id, command, rests_until AT TIME ZONE 'UTC' || '+00') FROM backup_cooldowns"));
    MyBatisBackupCooldowns restarted = new MyBatisBackupCooldowns(new Sessions(MyBatis.sessionFactory(db.dataSource())));
    assertEquals(Optional.of(NOW.plusSeconds(300)), restarted.until(ChatId.of(-100777), BackupCooldowns.Kind.EXPORT));
  }

  @Test
  void theTableTakesOnlyTheThreeCommands() {
    assertThrows(RuntimeException.class, () -> db.execute(
        "INSERT INTO backup_cooldowns (chat_id, command, rests_until) VALUES (1, 'purge', now())"));
  }
}

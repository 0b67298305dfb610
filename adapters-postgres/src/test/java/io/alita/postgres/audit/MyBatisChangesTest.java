package io.alita.postgres.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.alita.domain.audit.Actor;
import io.alita.domain.captcha.CaptchaTimeout;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.postgres.captcha.MyBatisCaptchaStore;
import io.alita.postgres.mybatis.Sessions;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console's {@link io.alita.domain.audit.Changes}: one transaction, and the database told who is acting. */
class MyBatisChangesTest {

  private static final ChatId CHAT = ChatId.of(-100500);
  private static final Actor ADA = Actor.console(UserId.of(7), "Ada");

  private static AuditDatabase database;
  private static Sessions sessions;
  private static MyBatisChanges changes;
  private static MyBatisCaptchaStore captcha;

  @BeforeAll
  static void migrated() {
    database = new AuditDatabase();
    sessions = database.sessions;
    changes = new MyBatisChanges(sessions);
    captcha = new MyBatisCaptchaStore(sessions);
  }

  @BeforeEach
  void empty() {
    database.empty();
  }

  /** What the database was told, as actor id / name / via, read on the thread's session. */
  private static String told() {
    return sessions.call(MyBatisChangesTest::told);
  }

  private static String told(SqlSession session) {
    try (var st = session.getConnection().createStatement();
         var rs = st.executeQuery("SELECT coalesce(current_setting('alita.actor_id', true), '') || '/' "
             + "|| coalesce(current_setting('alita.actor_name', true), '') || '/' "
             + "|| coalesce(current_setting('alita.via', true), '')")) {
      rs.next();
      return rs.getString(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aChangeIsCommittedAsOneTransactionAndItsResultReturned() {
    String result = changes.as(ADA, () -> {
      captcha.setEnabled(CHAT, true);
      captcha.setTimeout(CHAT, new CaptchaTimeout(5));
      return "done";
    });

    assertEquals("done", result);
    assertEquals("true/5", database.db.text("SELECT enabled || '/' || timeout FROM captcha_settings"));
  }

  @Test
  void aChangeThatThrowsLeavesNothingBehind() {
    assertThrows(IllegalStateException.class, () -> changes.as(ADA, () -> {
      captcha.setEnabled(CHAT, true);
      throw new IllegalStateException("the form failed half way");
    }));

    assertEquals("0", database.db.text("SELECT count(*) FROM captcha_settings"));
    assertEquals("0", database.db.text("SELECT count(*) FROM audit_log"));
  }

  @Test
  void theDatabaseKnowsTheActorForTheTransactionAndNotAfter() {
    assertEquals("7/Ada/console", changes.as(ADA, MyBatisChangesTest::told));

    // the pool has one connection: the next transaction runs on the same one, with nothing carried over
    String after = sessions.inTransaction(MyBatisChangesTest::told);
    assertEquals("//", after);
  }

  @Test
  void aChangeInsideARunningTransactionIsAttributedForItsOwnWritesOnly() {
    sessions.inTransaction(() -> {
      captcha.setEnabled(CHAT, true);
      changes.as(ADA, () -> {
        captcha.setTimeout(CHAT, new CaptchaTimeout(5));
        return null;
      });
      captcha.setTimeout(CHAT, new CaptchaTimeout(6));
      return null;
    });

    assertEquals("system:null,console:7,system:null", database.db.text(
        "SELECT string_agg(via || ':' || coalesce(actor_id::text, 'null'), ',' ORDER BY id) FROM audit_log"));
  }
}

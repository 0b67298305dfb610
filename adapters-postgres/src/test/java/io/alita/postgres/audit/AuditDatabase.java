package io.alita.postgres.audit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.alita.postgres.approvals.ApprovalMapper;
import io.alita.postgres.blacklists.BlacklistMapper;
import io.alita.postgres.captcha.CaptchaMapper;
import io.alita.postgres.locks.LockMapper;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.rules.RulesMapper;
import io.alita.postgres.testing.TestDatabase;
import io.alita.postgres.warns.WarnMapper;
import java.util.List;

/**
 * A migrated database behind a pool of exactly one connection, so every transaction reuses the connection of the one
 * before: an actor that outlived its transaction would show in the next one's audit entries.
 */
final class AuditDatabase {

  final TestDatabase.Coordinates db;
  final Sessions sessions;

  AuditDatabase() {
    db = TestDatabase.migrated();
    HikariConfig config = new HikariConfig();
    config.setDataSource(db.dataSource());
    config.setMaximumPoolSize(1);
    config.setMinimumIdle(1);
    config.setPoolName("audit-test");
    sessions = new Sessions(MyBatis.sessionFactory(new HikariDataSource(config)));
  }

  void empty() {
    db.execute("TRUNCATE audit_log, chats, users, processed_events CASCADE");
  }
}

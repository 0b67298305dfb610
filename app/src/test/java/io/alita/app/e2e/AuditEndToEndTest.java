package io.alita.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.postgres.testing.TestDatabase;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeUser;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real worker writes the audit log: an admin's command under the admin, the bot's own warn as the system. */
class AuditEndToEndTest {

  static final Duration WAIT = Duration.ofSeconds(15);
  static final FakeChat GROUP = FakeChat.supergroup(-1001000000013L, "Audited group");
  static final FakeUser ADMIN = FakeUser.of(41, "Ann", "ann_admin");
  static final FakeUser MEMBER = FakeUser.of(42, "Mo", "mo_member");

  GroupWithWorker stage;
  FakeBotApi api;
  TestDatabase.Coordinates db;

  @BeforeEach
  void start() throws Exception {
    stage = GroupWithWorker.start(GROUP, ADMIN, MEMBER);
    api = stage.api();
    db = stage.db();
  }

  @AfterEach
  void stop() {
    stage.close();
  }

  @Test
  void anAdminsCommandIsAuditedUnderTheAdminAndTheWarnItLeadsToUnderTheBot() {
    api.updates().command(GROUP, ADMIN, "/addblacklist casino");
    api.awaitCall("sendmessage", c -> c.succeeded() && c.param("text").contains("casino"), WAIT);
    api.updates().text(GROUP, MEMBER, "best casino in town");
    api.awaitCall("sendmessage", c -> c.succeeded() && c.param("text").contains("1/3"), WAIT);

    assertEquals("command|41|Ann|blacklists|insert|{\"word\": \"casino\"}\n"
        + "system|||warns_users|insert|{\"reasons\": [\"Blacklisted word: 'casino'\"], \"user_id\": 42, \"num_warns\": 1}",
        db.text("SELECT string_agg(concat_ws('|', via, coalesce(actor_id::text, ''), coalesce(actor_name, ''), "
            + "subject, change, coalesce(new_value::text, '')), E'\\n' ORDER BY id) FROM audit_log "
            + "WHERE chat_id = " + GROUP.id()));
  }
}

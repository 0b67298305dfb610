package io.alita.app.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alita.domain.antiflood.FloodSettingsChange;
import io.alita.domain.audit.Actor;
import io.alita.domain.blacklists.BlacklistWord;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.UserId;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import io.alita.postgres.antiflood.MyBatisFloodSettingsStore;
import io.alita.postgres.audit.MyBatisChanges;
import io.alita.domain.model.ChatId;
import io.alita.postgres.blacklists.BlacklistMapper;
import io.alita.postgres.blacklists.MyBatisBlacklistStore;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import io.alita.telegram.fakeapi.ApiCall;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeUser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A settings change written by another process reaches the running worker without a restart (issue 5, "Live"). The
 * writer shares nothing with the worker but the database: its own connections, session factory and store, as the
 * console in its own container has.
 */
class LiveSettingsEndToEndTest {

  /** Generous on purpose: the speed ("within a second") is measured by `make bench`, not asserted here. */
  static final Duration WAIT = Duration.ofSeconds(10);
  static final FakeChat GROUP = FakeChat.supergroup(-1001000000007L, "Live group");
  static final FakeUser ADMIN = FakeUser.of(71, "Ada", "ada_admin");
  static final FakeUser MEMBER = FakeUser.of(72, "Max", "max_member");

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

  private static int messageId(ObjectNode update) {
    return update.get("message").get("message_id").asInt();
  }

  @Test
  void aWordBlacklistedByAnotherProcessIsEnforcedByTheRunningWorker() {
    // The worker reads the group's (empty) blacklist and keeps it cached.
    ObjectNode before = api.updates().text(GROUP, MEMBER, "who wants to play casino tonight?");
    api.awaitConfirmed(before.get("update_id").asInt(), WAIT);
    assertTrue(api.calls("deletemessage").isEmpty(), "nothing is blacklisted yet");

    // Another process (the console) adds the word, through its own store on the same database.
    Sessions otherProcess = new Sessions(MyBatis.sessionFactory(db.dataSource()));
    new MyBatisBlacklistStore(otherProcess).add(ChatId.of(GROUP.id()), List.of(new BlacklistWord("casino")));

    // The worker hears of it and drops its cached list; the word is enforced from then on. The notice travels beside
    // the updates, not in front of them, so messages are sent (each handled before the next) until one is deleted.
    long deadline = System.nanoTime() + WAIT.toNanos();
    ApiCall deleted = null;
    while (deleted == null && System.nanoTime() < deadline) {
      ObjectNode after = api.updates().text(GROUP, MEMBER, "CASINO night, join now");
      api.awaitConfirmed(after.get("update_id").asInt(), WAIT); // acknowledged once handled, actions included
      deleted = api.calls("deletemessage").stream().filter(c -> c.longParam("message_id") == messageId(after))
          .findFirst().orElse(null);
    }
    assertTrue(deleted != null, "a message with the new word was deleted within " + WAIT.toSeconds() + " s");
    assertTrue(deleted.succeeded(), deleted.toString());
    assertTrue(api.calls("deletemessage").stream().noneMatch(c -> c.longParam("message_id") == messageId(before)),
        "a message from before the change stays");
  }

  @Test
  void aFloodLimitSetThroughTheConsolesUseCaseByAnotherProcessIsAppliedByTheRunningWorker() {
    // The worker reads the group's antiflood settings (off) and keeps them cached.
    ObjectNode before = api.updates().text(GROUP, MEMBER, "hello");
    api.awaitConfirmed(before.get("update_id").asInt(), WAIT);

    // Another process (the console) sets the limit as its Antiflood page does: the use case, committed as a user.
    Sessions otherProcess = new Sessions(MyBatis.sessionFactory(db.dataSource()));
    ChangeOutcome set = new FloodSettingsChange(new MyBatisFloodSettingsStore(otherProcess), Messages.english())
        .limit(ChatId.of(GROUP.id()), "3", Commit.as(new MyBatisChanges(otherProcess),
            Actor.console(UserId.of(ADMIN.id()), "Ada")));
    assertTrue(set.applied(), set.html());

    // Once the worker hears of it, more than 3 messages within a minute from the member is a flood: muted.
    long deadline = System.nanoTime() + WAIT.toNanos();
    boolean muted = false;
    while (!muted && System.nanoTime() < deadline) {
      ObjectNode message = api.updates().text(GROUP, MEMBER, "spam spam spam");
      api.awaitConfirmed(message.get("update_id").asInt(), WAIT);
      muted = api.calls("restrictchatmember").stream().anyMatch(c -> c.longParam("user_id") == MEMBER.id());
    }
    assertTrue(muted, "the member was muted for flooding within " + WAIT.toSeconds() + " s");
  }
}

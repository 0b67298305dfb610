package io.alita.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alita.telegram.fakeapi.ApiCall;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeUser;
import io.alita.domain.model.ChatId;
import io.alita.postgres.disabling.MyBatisDisableStore;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Disabled commands in the real worker against the fake Bot API. */
class DisablingEndToEndTest {

  static final Duration WAIT = Duration.ofSeconds(15);
  static final FakeChat GROUP = FakeChat.supergroup(-1001000000031L, "Disabling group");
  static final FakeUser ADMIN = FakeUser.of(71, "Ida", "ida_admin");
  static final FakeUser MEMBER = FakeUser.of(72, "Mia", "mia_m");

  GroupWithWorker stage;
  FakeBotApi api;

  @BeforeEach
  void start() throws Exception {
    stage = GroupWithWorker.start(GROUP, ADMIN, MEMBER);
    api = stage.api();
  }

  @AfterEach
  void stop() {
    stage.close();
  }

  private ApiCall sent(String containing) {
    return api.awaitCall("sendmessage", c -> c.succeeded() && c.param("text").contains(containing), WAIT);
  }

  private long answersContaining(String text) {
    return api.calls("sendmessage").stream().filter(c -> c.param("text").contains(text)).count();
  }

  @Test
  void aDisabledRulesIsIgnoredForAMemberAndAnsweredForAnAdmin() {
    api.updates().command(GROUP, ADMIN, "/setrules Be kind.");
    sent("Saved the rules");
    api.updates().command(GROUP, ADMIN, "/disable rules ban");
    ApiCall answer = sent("Disabled for members: /rules.");
    assertTrue(answer.param("text").contains("cannot be disabled: /ban"), answer.param("text"));

    api.updates().command(GROUP, MEMBER, "/rules");
    api.updates().command(GROUP, ADMIN, "/rules");
    ApiCall adminAnswer = sent("Be kind.");
    // The chat's updates are handled in order: the member's /rules was decided before the admin's was answered.
    assertEquals(1, answersContaining("Be kind."));

    api.updates().command(GROUP, ADMIN, "/enable rules");
    sent("Enabled again: /rules.");
    api.updates().command(GROUP, MEMBER, "/rules");
    api.awaitCall("sendmessage", c -> c.succeeded() && c.param("text").contains("Be kind.")
        && c.sequence() > adminAnswer.sequence(), WAIT);
  }

  @Test
  void withDisabledelAMembersDisabledCommandIsDeletedAndAnAdminsIsNot() {
    api.updates().command(GROUP, ADMIN, "/disable id");
    sent("Disabled for members: /id.");
    api.updates().command(GROUP, ADMIN, "/disabledel on");
    sent("will now be deleted");

    ObjectNode member = api.updates().command(GROUP, MEMBER, "/id");
    int memberMessage = member.get("message").get("message_id").asInt();
    ObjectNode admin = api.updates().command(GROUP, ADMIN, "/id");
    int adminMessage = admin.get("message").get("message_id").asInt();

    ApiCall delete = api.awaitCall("deletemessage", c -> c.longParam("message_id") == memberMessage, WAIT);
    assertTrue(delete.succeeded(), delete.toString());
    api.awaitCall("sendmessage", c -> c.succeeded() && c.param("text").contains(Long.toString(GROUP.id())), WAIT);
    assertTrue(api.calls("deletemessage").stream().noneMatch(c -> c.longParam("message_id") == adminMessage));
  }

  @Test
  void aCommandDisabledByAnotherProcessIsKeptFromMembersByTheRunningWorker() {
    // The worker reads the group's (empty) settings and keeps them cached.
    ObjectNode before = api.updates().command(GROUP, MEMBER, "/id");
    api.awaitConfirmed(before.get("update_id").asInt(), WAIT);

    // Another process (the console) disables /id with deleting on, through its own store on the same database.
    MyBatisDisableStore otherProcess = new MyBatisDisableStore(new Sessions(MyBatis.sessionFactory(
        stage.db().dataSource())));
    otherProcess.setDeleteCommands(ChatId.of(GROUP.id()), true);
    otherProcess.disable(ChatId.of(GROUP.id()), Set.of("id"));

    // The notice travels beside the updates: commands are sent, each handled before the next, until one is deleted.
    long deadline = System.nanoTime() + WAIT.toNanos();
    ApiCall deleted = null;
    while (deleted == null && System.nanoTime() < deadline) {
      ObjectNode after = api.updates().command(GROUP, MEMBER, "/id");
      int id = after.get("message").get("message_id").asInt();
      api.awaitConfirmed(after.get("update_id").asInt(), WAIT); // acknowledged once handled, actions included
      deleted = api.calls("deletemessage").stream().filter(c -> c.longParam("message_id") == id).findFirst()
          .orElse(null);
    }
    assertTrue(deleted != null, "a disabled /id was deleted within " + WAIT.toSeconds() + " s");
  }
}

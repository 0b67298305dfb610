package io.alita.app.e2e;

import io.alita.app.TestApps;
import io.alita.postgres.testing.TestDatabase;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeMembers;
import io.alita.telegram.fakeapi.FakeUser;
import java.time.Duration;
import java.util.Map;

/**
 * The usual end-to-end stage: the fake Bot API knowing one group with a full admin and a plain member, and the real
 * worker on a fresh database, polling it. Closing stops the worker, then the fake API.
 */
record GroupWithWorker(FakeBotApi api, TestDatabase.Coordinates db, TestApps.Running worker)
    implements AutoCloseable {

  static GroupWithWorker start(FakeChat group, FakeUser admin, FakeUser member) throws Exception {
    FakeBotApi api = FakeBotApi.start();
    api.setLongPollCap(Duration.ofMillis(500));
    api.setChat(group);
    api.setChatMember(group.id(), FakeMembers.fullAdministrator(admin));
    api.setChatMember(group.id(), FakeMembers.member(member));
    TestDatabase.Coordinates db = TestDatabase.create();
    return new GroupWithWorker(api, db, TestApps.worker(db, api, Map.of()));
  }

  @Override
  public void close() {
    worker.close();
    api.close();
  }
}

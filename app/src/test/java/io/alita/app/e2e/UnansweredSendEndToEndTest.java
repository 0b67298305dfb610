package io.alita.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.app.TestApps;
import io.alita.postgres.testing.TestDatabase;
import io.alita.telegram.fakeapi.ApiCall;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeMembers;
import io.alita.telegram.fakeapi.FakeUser;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fault suite (issue 13, decision 0037): a send whose answer never comes back is not made again, so a member never
 * gets a message twice. The Bot API carries the send out in both cases; the bot only fails to hear it: once because
 * the answer comes after the client's read timeout (10 s), once because the connection breaks after the Bot API
 * answered (a proxy in front of the fake closes it instead of passing the answer back). Both times exactly one request
 * reaches the Bot API (counted as it arrives, so a repeat still on its way would count too), the update counts as
 * handled, and the next update is answered. The real worker, long polling through the proxy, on a real PostgreSQL.
 */
class UnansweredSendEndToEndTest {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final FakeChat GROUP = FakeChat.supergroup(-1001000000601L, "Unanswered group");
  static final FakeUser ADMIN = FakeUser.of(61, "Ana", "ana_admin");
  static final FakeUser MEMBER = FakeUser.of(62, "Meg", "meg_member");
  /** OkHttp's default read timeout, which the Bot API client keeps. */
  static final Duration CLIENT_READ_TIMEOUT = Duration.ofSeconds(10);

  FakeBotApi api;
  AnswerCuttingProxy proxy;
  TestApps.Running worker;

  @BeforeEach
  void start() throws Exception {
    api = FakeBotApi.start();
    api.setLongPollCap(Duration.ofMillis(500));
    api.setChat(GROUP);
    api.setChatMember(GROUP.id(), FakeMembers.fullAdministrator(ADMIN));
    api.setChatMember(GROUP.id(), FakeMembers.member(MEMBER));
    proxy = new AnswerCuttingProxy("127.0.0.1", api.port());
    worker = TestApps.worker(TestDatabase.create(), api, Map.of("API_SERVER", "http://127.0.0.1:" + proxy.port()));
    // A first answer, so the client has a pooled connection to reuse, as a running bot always has.
    api.updates().command(GROUP, ADMIN, "/id");
    api.awaitCall("sendmessage", c -> c.succeeded() && text(c).contains(String.valueOf(ADMIN.id())), WAIT);
  }

  @AfterEach
  void stop() throws Exception {
    worker.close();
    proxy.close();
    api.close();
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aSendAnsweredAfterTheClientsTimeoutIsNotSentAgain() {
    int before = api.arrivals("sendmessage");
    api.delay("sendmessage", CLIENT_READ_TIMEOUT.plusSeconds(2));
    api.updates().command(GROUP, MEMBER, "/id");
    // The Bot API sends it, two seconds after the client stopped waiting.
    api.awaitCall("sendmessage", c -> text(c).contains(String.valueOf(MEMBER.id())), WAIT);
    api.delay("sendmessage", Duration.ZERO);

    api.updates().command(GROUP, MEMBER, "/rules");
    api.awaitCall("sendmessage", c -> c.succeeded() && text(c).contains("no rules yet"), WAIT);

    assertEquals(before + 2, api.arrivals("sendmessage"), "the timed-out send and the next answer, nothing repeated");
    assertEquals(1, memberIdAnswers(), "the member got their answer once");
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aSendWhoseAnswerIsLostWithTheConnectionIsNotSentAgain() {
    int before = api.arrivals("sendmessage");
    proxy.cutNextAnswerTo("sendmessage");
    api.updates().command(GROUP, MEMBER, "/id");
    api.awaitCall("sendmessage", c -> c.succeeded() && text(c).contains(String.valueOf(MEMBER.id())), WAIT);

    api.updates().command(GROUP, MEMBER, "/rules");
    api.awaitCall("sendmessage", c -> c.succeeded() && text(c).contains("no rules yet"), WAIT);

    assertEquals(1, proxy.answersCut(), "the Bot API's answer was lost");
    assertEquals(before + 2, api.arrivals("sendmessage"), "the send whose answer was lost and the next answer, "
        + "nothing repeated: " + api.calls("sendmessage"));
    assertEquals(1, memberIdAnswers(), "the member got their answer once");
  }

  private long memberIdAnswers() {
    return api.calls("sendmessage").stream().filter(c -> text(c).contains(String.valueOf(MEMBER.id()))).count();
  }

  private static String text(ApiCall c) {
    String t = c.param("text");
    return t == null ? "" : t;
  }
}

package io.alita.app.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.alita.app.TestApps;
import io.alita.postgres.testing.TestDatabase;
import io.alita.telegram.fakeapi.ApiCall;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeMembers;
import io.alita.telegram.fakeapi.FakeUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Captcha in the real worker: a join, a solved challenge, and a timeout resolved across a restart. */
class CaptchaEndToEndTest {

  static final Duration WAIT = Duration.ofSeconds(15);
  static final FakeChat GROUP = FakeChat.supergroup(-1001000000004L, "Captcha group");
  static final FakeUser ADMIN = FakeUser.of(41, "Ida", "ida_admin");
  static final FakeUser HUMAN = FakeUser.of(42, "Hal", "hal_human");
  static final FakeUser SLOW = FakeUser.of(43, "Sid", "sid_slow");

  /** Real time plus an offset the test can move forward. */
  static final class MovableClock extends Clock {
    final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(offset.get());
    }
  }

  FakeBotApi api;
  TestDatabase.Coordinates db;
  final MovableClock clock = new MovableClock();
  TestApps.Running app;

  @BeforeEach
  void start() throws Exception {
    api = FakeBotApi.start();
    api.setLongPollCap(Duration.ofMillis(500));
    api.setChat(GROUP);
    api.setChatMember(GROUP.id(), FakeMembers.fullAdministrator(ADMIN));
    db = TestDatabase.create();
    app = TestApps.worker(db, api, Map.of(), clock);
  }

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      app.close();
    }
    api.close();
  }

  private ApiCall reply(String containing) {
    return api.awaitCall("sendmessage", c -> c.succeeded() && c.param("text").contains(containing), WAIT);
  }

  private void enableButtonCaptcha() {
    api.updates().command(GROUP, ADMIN, "/captchamode button");
    reply("button");
    api.updates().command(GROUP, ADMIN, "/captcha on");
    api.awaitCall("sendmessage", c -> c.succeeded() && c.param("text").toLowerCase().contains("captcha"), WAIT);
  }

  private ApiCall joinAndAwaitChallenge(FakeUser user) {
    api.updates().newChatMembers(GROUP, user, user);
    ApiCall mute = api.awaitCall("restrictchatmember", c -> c.longParam("user_id") == user.id(), WAIT);
    assertTrue(!mute.json("permissions").path("can_send_messages").asBoolean(true), "muted on join: " + mute);
    return api.awaitCall("sendmessage", c -> c.succeeded() && c.param("reply_markup") != null
        && c.param("reply_markup").contains("captcha_verify") && c.param("reply_markup").contains("u=" + user.id()), WAIT);
  }

  @Test
  void aJoiningUserIsMutedChallengedSolvesItAndIsReleased() {
    enableButtonCaptcha();
    ApiCall challenge = joinAndAwaitChallenge(HUMAN);
    JsonNode keyboard = challenge.json("reply_markup").path("inline_keyboard");
    String data = keyboard.get(0).get(0).path("callback_data").asText();
    api.updates().callbackQuery(HUMAN, challenge.result(), data);
    ApiCall release = api.awaitCall("restrictchatmember", c -> c.longParam("user_id") == HUMAN.id()
        && c.json("permissions").path("can_send_messages").asBoolean(false), WAIT);
    assertTrue(release.succeeded());
  }

  @Test
  void aPendingCaptchaThatExpiresAcrossARestartStillEndsInAKick() throws Exception {
    enableButtonCaptcha();
    joinAndAwaitChallenge(SLOW);
    app.close();
    app = null;
    clock.offset.set(Duration.ofMinutes(3)); // past the default 2-minute timeout while the bot was down
    app = TestApps.worker(db, api, Map.of(), clock);
    ApiCall kick = api.awaitCall("unbanchatmember", c -> c.longParam("user_id") == SLOW.id(), WAIT);
    assertTrue(!kick.has("only_if_banned") || !kick.param("only_if_banned").equals("true"), "a kick, not an unban: " + kick);
  }

  @Test
  void theMathChallengeArrivesAsAPictureWithAnswerButtons() {
    api.updates().command(GROUP, ADMIN, "/captcha on");
    api.awaitCall("sendmessage", c -> c.succeeded() && c.param("text").toLowerCase().contains("captcha"), WAIT);
    api.updates().newChatMembers(GROUP, HUMAN, HUMAN);
    ApiCall picture = api.awaitCall("sendphoto", c -> c.succeeded(), WAIT);
    assertTrue(picture.uploadedFile("photo") != null, picture.toString());
    assertTrue(picture.param("reply_markup").contains("captcha_verify"), picture.toString());
    assertTrue(picture.param("caption").contains("picture"), picture.param("caption"));
  }

  @Test
  void approvingAPendingMemberReleasesThem() {
    enableButtonCaptcha();
    joinAndAwaitChallenge(HUMAN);
    api.updates().command(GROUP, ADMIN, "/approve " + HUMAN.id());
    ApiCall release = api.awaitCall("restrictchatmember", c -> c.longParam("user_id") == HUMAN.id()
        && c.json("permissions").path("can_send_messages").asBoolean(false), WAIT);
    assertTrue(release.succeeded());
  }
}

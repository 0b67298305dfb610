package io.alita.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.app.TestApps;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.postgres.testing.TestDatabase;
import io.alita.telegram.fakeapi.ApiCall;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeMembers;
import io.alita.telegram.fakeapi.FakeUser;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /lang through the real worker and database: a group answered in Spanish, a member in French in private only. */
class LanguagesEndToEndTest {

  static final Duration WAIT = Duration.ofSeconds(15);
  static final FakeChat GROUP = FakeChat.supergroup(-1001000000951L, "Language group");
  static final FakeUser OWNER = FakeUser.of(950, "Olga", "olga_owner");
  static final FakeUser MEMBER = FakeUser.of(952, "Mia", "mia_member");
  static final MessageKey SET_GROUP = MessageKey.of("languages.set_group");
  static final MessageKey SET_PRIVATE = MessageKey.of("languages.set_private");
  static final MessageKey CHOOSE_PRIVATE = MessageKey.of("languages.choose_private");
  static final MessageKey NO_RULES = MessageKey.of("rules.none");

  FakeBotApi api;
  AutoCloseable app;

  @BeforeEach
  void start() throws Exception {
    api = FakeBotApi.start();
    api.setLongPollCap(Duration.ofMillis(500));
    api.setChat(GROUP);
    api.setChatMember(GROUP.id(), FakeMembers.creator(OWNER));
    api.setChatMember(GROUP.id(), FakeMembers.member(MEMBER));
    app = TestApps.worker(TestDatabase.create(), api, Map.of());
  }

  @AfterEach
  void stop() throws Exception {
    app.close();
    api.close();
  }

  private ApiCall sent(long chat, String text) {
    return api.awaitCall("sendmessage", c -> c.succeeded() && c.longParam("chat_id") == chat
        && c.param("text").equals(text), WAIT);
  }

  private static String in(String language, MessageKey key, Object... namesAndValues) {
    return Messages.forLanguage(language).html(key, namesAndValues);
  }

  @Test
  void aGroupSetToSpanishIsAnsweredInSpanish() {
    // before: English
    api.updates().command(GROUP, MEMBER, "/rules");
    sent(GROUP.id(), in("en", NO_RULES));

    api.updates().command(GROUP, OWNER, "/lang es");
    sent(GROUP.id(), in("es", SET_GROUP, "language", "Español"));

    api.updates().command(GROUP, MEMBER, "/rules");
    ApiCall answer = sent(GROUP.id(), in("es", NO_RULES));
    assertEquals("Este chat aún no tiene reglas. Un admin puede ponerlas con /setrules.", answer.param("text"));
  }

  @Test
  void aMemberWhoChoosesFrenchIsAnsweredInFrenchInPrivateWhileTheGroupStaysEnglish() {
    FakeChat pm = FakeChat.privateWith(MEMBER);

    api.updates().command(pm, MEMBER, "/lang fr");
    sent(pm.id(), in("fr", SET_PRIVATE, "language", "Français"));

    api.updates().command(pm, MEMBER, "/lang");
    sent(pm.id(), in("fr", CHOOSE_PRIVATE, "language", "Français"));

    api.updates().command(GROUP, MEMBER, "/rules");
    sent(GROUP.id(), in("en", NO_RULES));
  }
}

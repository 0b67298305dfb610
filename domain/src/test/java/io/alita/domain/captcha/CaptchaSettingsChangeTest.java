package io.alita.domain.captcha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.captcha.CaptchaFakes.FakeTelegram;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.format.Html;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.permission.Right;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.testing.CountingCommit;
import io.alita.domain.testing.MutableClock;
import io.alita.domain.testing.TestDispatcher;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The captcha settings use case as the console calls it, checked against what the bot answers to the same text after
 * /captcha, /captchamode, /captchatime, /captchaaction and /captchamaxattempts.
 */
class CaptchaSettingsChangeTest {

  private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");
  private static final ChatId CHAT_ID = ChatId.of(-1001234567890L);
  private static final SeenChat CHAT = new SeenChat(CHAT_ID, ChatKind.SUPERGROUP, "Engines", null);
  private static final BotIdentity BOT = new BotIdentity(UserId.of(999), "alita_test_bot");
  private static final SeenUser OWNER = new SeenUser(UserId.of(1), "Olga", null, null, false);

  private final InMemoryCaptchaStore store = new InMemoryCaptchaStore();
  private final CaptchaSettingsChange change = new CaptchaSettingsChange(store, Messages.english());
  private final CountingCommit console = new CountingCommit();
  private Dispatcher dispatcher;
  private TestMessages messages;

  @BeforeEach
  void chatWithAnOwnerAndTheBotAsAdmin() {
    FakeTelegram telegram = new FakeTelegram();
    telegram.admins.put(OWNER.id(), new ChatMember(OWNER.id(), MemberStatus.CREATOR, AdminRights.ALL, true, false,
        Optional.empty()));
    telegram.admins.put(BOT.id(), new ChatMember(BOT.id(), MemberStatus.ADMINISTRATOR,
        AdminRights.of(Right.RESTRICT_MEMBERS, Right.DELETE_MESSAGES), true, true, Optional.empty()));
    MutableClock clock = new MutableClock(NOW);
    AdminCache admins = new AdminCache(telegram, clock);
    CaptchaModule module = new CaptchaModule(store, admins, telegram, username -> Optional.empty(), BOT,
        (chat, user) -> false, clock, new Random(1), VerifiedListener.NONE);
    dispatcher = TestDispatcher.with(module).bot(BOT).admins(admins).clock(clock).build();
    messages = new TestMessages(clock);
  }

  /** What the bot replies to {@code text} sent by the owner, as the user reads it. */
  private String botSays(String text) {
    Effects effects = dispatcher.dispatch(messages.text(CHAT, OWNER, text));
    List<ChatAction> sent = effects.actions().stream().filter(a -> a instanceof ChatAction.Send).toList();
    assertEquals(1, sent.size(), effects.actions()::toString);
    return Html.visibleText(((ChatAction.Send) sent.get(0)).message().html());
  }

  @Test
  void aCaptchaTimeOf99IsRefusedInTheBotsWordsAndChangesNothing() {
    ChangeOutcome outcome = change.timeout(CHAT_ID, "99", console);

    assertTrue(outcome.refused());
    assertEquals("'99' is not a number of minutes from 1 to 10.", outcome.text());
    assertEquals(botSays("/captchatime 99"), outcome.text());
    assertEquals(0, console.commits());
    assertEquals(CaptchaSettings.DEFAULTS, store.settings(CHAT_ID));
  }

  @Test
  void everyValidSettingIsCommittedAndConfirmedAsTheBotConfirmsIt() {
    assertEquals("New members now get the button challenge.", change.mode(CHAT_ID, "BUTTON", console).text());
    assertEquals("New members now have 5 minutes to answer.", change.timeout(CHAT_ID, "5", console).text());
    assertEquals("Members who fail the captcha will be muted for 24 hours.",
        change.failureAction(CHAT_ID, "mute", console).text());
    assertEquals("Members now fail the captcha after 4 wrong answers.",
        change.maxAttempts(CHAT_ID, "4", console).text());
    assertEquals("Captcha is on: new members must prove they're human within 5 minutes.",
        change.enabled(CHAT_ID, "on", console).text());

    assertEquals(5, console.commits());
    assertEquals(new CaptchaSettings(true, CaptchaMode.BUTTON, new CaptchaTimeout(5), FailureAction.MUTE,
        new MaxAttempts(4)), store.settings(CHAT_ID));
    assertEquals(botSays("/captchamode button"), "New members now get the button challenge.");
    assertEquals(botSays("/captchatime 5"), "New members now have 5 minutes to answer.");
    assertEquals(botSays("/captchaaction mute"), "Members who fail the captcha will be muted for 24 hours.");
    assertEquals(botSays("/captchamaxattempts 4"), "Members now fail the captcha after 4 wrong answers.");
    assertEquals(botSays("/captcha on"), "Captcha is on: new members must prove they're human within 5 minutes.");
  }

  @Test
  void everyBadValueGetsTheCommandsAnswer() {
    assertEquals(botSays("/captchamode riddle"), change.mode(CHAT_ID, "riddle", console).text());
    assertEquals(botSays("/captchamode"), change.mode(CHAT_ID, "", console).text());
    assertEquals(botSays("/captchatime 0"), change.timeout(CHAT_ID, "0", console).text());
    assertEquals(botSays("/captchatime 2.5"), change.timeout(CHAT_ID, "2.5", console).text());
    assertEquals(botSays("/captchatime"), change.timeout(CHAT_ID, " ", console).text());
    assertEquals(botSays("/captchaaction warn"), change.failureAction(CHAT_ID, "warn", console).text());
    assertEquals(botSays("/captchamaxattempts 11"), change.maxAttempts(CHAT_ID, "11", console).text());
    assertEquals(botSays("/captcha maybe"), change.enabled(CHAT_ID, "maybe", console).text());
    assertEquals("Usage: /captchamode <button/math/text>. Now: math.", change.mode(CHAT_ID, "", console).text());

    assertEquals(0, console.commits());
    assertEquals(CaptchaSettings.DEFAULTS, store.settings(CHAT_ID));
  }

  @Test
  void turningItOffHereSaysThatWhoeverIsBeingChallengedIsLetInLater() {
    store.setEnabled(CHAT_ID, true);

    ChangeOutcome outcome = change.enabled(CHAT_ID, "Off", console);

    assertTrue(outcome.applied());
    assertEquals("Captcha is off: new members are no longer challenged. Anyone still being challenged is let in when "
        + "they answer or their time runs out.", outcome.text());
    assertFalse(store.settings(CHAT_ID).enabled());
  }

  @Test
  void theRepliesAreTelegramHtmlAndTheirTextIsWhatAReaderSees() {
    ChangeOutcome outcome = change.mode(CHAT_ID, "<b>", console);

    assertEquals("'&lt;b&gt;' is not a captcha mode; choose button, math or text.", outcome.html());
    assertEquals("'<b>' is not a captcha mode; choose button, math or text.", outcome.text());
  }
}

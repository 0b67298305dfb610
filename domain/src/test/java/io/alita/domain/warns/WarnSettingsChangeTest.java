package io.alita.domain.warns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.confirm.Confirmations;
import io.alita.domain.confirm.InMemoryConfirmationStore;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.dispatch.EventKey;
import io.alita.domain.dispatch.InMemoryUpdateTransactions;
import io.alita.domain.format.Html;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.penalty.PenaltyMode;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.FakeChatQueries;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.testing.CountingCommit;
import io.alita.domain.testing.TestDispatcher;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Incoming;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The warn settings use case as the console calls it, checked against what the bot answers to the same text typed
 * after /setwarnlimit and /setwarnmode: one set of rules and words for both front doors.
 */
class WarnSettingsChangeTest {

  private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");
  private static final ChatId CHAT_ID = ChatId.of(-1001234567890L);
  private static final SeenChat CHAT = new SeenChat(CHAT_ID, ChatKind.SUPERGROUP, "Engines", null);
  private static final BotIdentity BOT = new BotIdentity(UserId.of(999), "alita_test_bot");
  private static final SeenUser OWNER = new SeenUser(UserId.of(1), "Olga", null, null, false);

  private final InMemoryWarnStore store = new InMemoryWarnStore();
  private final WarnSettingsChange change = new WarnSettingsChange(store, Messages.english());
  private final CountingCommit console = new CountingCommit();
  private final InMemoryUpdateTransactions transactions = new InMemoryUpdateTransactions();
  private Dispatcher dispatcher;
  private TestMessages messages;

  @BeforeEach
  void chatWithAnOwner() {
    FakeChatQueries telegram = new FakeChatQueries();
    telegram.admin(OWNER.id(), MemberStatus.CREATOR, AdminRights.ALL);
    telegram.admin(BOT.id(), MemberStatus.ADMINISTRATOR, AdminRights.ALL);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    AdminCache admins = new AdminCache(telegram, clock);
    Confirmations confirmations = new Confirmations(new InMemoryConfirmationStore(), clock, new Random(1));
    WarnsModule module = new WarnsModule(store, admins, telegram, username -> Optional.empty(), BOT, chat -> false,
        clock, confirmations);
    dispatcher = TestDispatcher.with(module, confirmations).bot(BOT).admins(admins).clock(clock)
        .transactions(transactions).build();
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
  void aWarnLimitOfZeroIsRefusedInTheBotsWordsAndChangesNothing() {
    ChangeOutcome outcome = change.limit(CHAT_ID, "0", console);

    assertTrue(outcome.refused());
    assertEquals("'0' is not a valid warn limit: give a whole number from 1 to 100.", outcome.text());
    assertEquals(botSays("/setwarnlimit 0"), outcome.text());
    assertEquals(0, console.commits());
    assertEquals(WarnLimit.DEFAULT, store.settings(CHAT_ID).limit());
  }

  @Test
  void aValidLimitIsCommittedOnceAndConfirmedAsTheBotConfirmsIt() {
    ChangeOutcome outcome = change.limit(CHAT_ID, " 5 ", console);

    assertTrue(outcome.applied());
    assertEquals("The warn limit is now 5.", outcome.text());
    assertEquals(1, console.commits());
    assertEquals(new WarnLimit(5), store.settings(CHAT_ID).limit());
    assertEquals(outcome.text(), botSays("/setwarnlimit 5"));
  }

  @Test
  void everyKindOfBadLimitGetsTheCommandsAnswer() {
    for (String typed : List.of("101", "-3", "five", "1e2", "")) {
      assertEquals(botSays(("/setwarnlimit " + typed).strip()), change.limit(CHAT_ID, typed, console).text(), typed);
    }
    assertEquals("Give the warn limit as a whole number from 1 to 100, e.g. /setwarnlimit 5. It is now 3.",
        change.limit(CHAT_ID, "", console).text());
    assertEquals(0, console.commits());
  }

  @Test
  void aTimedModeTakesItsDurationAndIsConfirmedAsTheBotConfirmsIt() {
    ChangeOutcome outcome = change.mode(CHAT_ID, "tmute 6h", console);

    assertTrue(outcome.applied());
    assertEquals(new WarnSettings(WarnLimit.DEFAULT, PenaltyMode.TMUTE, Optional.of(Duration.ofHours(6))),
        store.settings(CHAT_ID));
    assertEquals(botSays("/setwarnmode tmute 6h"), outcome.text());
  }

  @Test
  void badModesAndDurationsGetTheCommandsAnswerAndChangeNothing() {
    for (String typed : List.of("explode", "tban", "tban 10", "tmute 400d", "")) {
      ChangeOutcome outcome = change.mode(CHAT_ID, typed, console);
      assertTrue(outcome.refused(), typed);
      assertEquals(botSays(("/setwarnmode " + typed).strip()), outcome.text(), typed);
    }
    assertEquals("'10' needs a unit: add s, m, h, d or w, e.g. 10m for 10 minutes.",
        change.mode(CHAT_ID, "tban 10", console).text());
    assertEquals(0, console.commits());
    assertEquals(WarnSettings.DEFAULTS, store.settings(CHAT_ID));
  }

  @Test
  void aRedeliveredSettingsCommandIsNeitherWrittenNorAnsweredAgain() {
    Incoming.Message command = messages.text(CHAT, OWNER, "/setwarnlimit 7");
    dispatcher.dispatch(command);
    change.limit(CHAT_ID, "4", console);

    Effects again = dispatcher.dispatch(command);

    assertTrue(again.isEmpty(), () -> "a repeat says nothing: " + again.actions());
    assertEquals(new WarnLimit(4), store.settings(CHAT_ID).limit());
    assertEquals(List.of(EventKey.update(command.updateId())), transactions.applied());
  }
}

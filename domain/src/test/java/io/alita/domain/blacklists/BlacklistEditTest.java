package io.alita.domain.blacklists;

import io.alita.domain.penalty.PenaltyMode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.action.Effects;
import io.alita.domain.confirm.Confirmations;
import io.alita.domain.confirm.InMemoryConfirmationStore;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.format.Html;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.ChatQueries;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.testing.CountingCommit;
import io.alita.domain.testing.TestDispatcher;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.warns.InMemoryWarnStore;
import io.alita.domain.warns.WarnIssuer;
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
 * The blacklist use case as the console calls it, checked against what the bot answers to the same text after
 * /addblacklist, /rmblacklist and /blaction: the same splitting (quoted phrases), limits and words.
 */
class BlacklistEditTest {

  private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");
  private static final ChatId CHAT_ID = ChatId.of(-1001234567890L);
  private static final ChatId OTHER_CHAT = ChatId.of(-1009999);
  private static final SeenChat CHAT = new SeenChat(CHAT_ID, ChatKind.SUPERGROUP, "Engines", null);
  private static final BotIdentity BOT = new BotIdentity(UserId.of(999), "alita_test_bot");
  private static final SeenUser OWNER = new SeenUser(UserId.of(1), "Olga", null, null, false);

  private final InMemoryBlacklistStore store = new InMemoryBlacklistStore();
  private final BlacklistEdit edit = new BlacklistEdit(store, Messages.english());
  private final CountingCommit console = new CountingCommit();
  private final InMemoryBlacklistStore botStore = new InMemoryBlacklistStore();
  private Dispatcher dispatcher;
  private TestMessages messages;

  @BeforeEach
  void aBotWithItsOwnStore() {
    ChatQueries telegram = new ChatQueries() {
      @Override
      public List<ChatMember> administrators(ChatId chat) {
        return List.of(new ChatMember(OWNER.id(), MemberStatus.CREATOR, AdminRights.ALL, true, false,
            Optional.empty()), new ChatMember(BOT.id(), MemberStatus.ADMINISTRATOR, AdminRights.ALL, true, true,
            Optional.empty()));
      }

      @Override
      public Optional<ChatMember> member(ChatId chat, UserId user) {
        return Optional.empty();
      }

      @Override
      public Optional<ChatPermissions> defaultPermissions(ChatId chat) {
        return Optional.empty();
      }

      @Override
      public Optional<String> inviteLink(ChatId chat) {
        return Optional.empty();
      }
    };
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    AdminCache admins = new AdminCache(telegram, clock);
    Confirmations confirmations = new Confirmations(new InMemoryConfirmationStore(), clock, new Random(1));
    BlacklistsModule module = new BlacklistsModule(botStore, admins, BOT, (chat, user) -> false,
        new WarnIssuer(new InMemoryWarnStore(), BOT, chat -> false, clock), clock, confirmations);
    dispatcher = TestDispatcher.with(module, confirmations).bot(BOT).admins(admins).clock(clock).build();
    messages = new TestMessages(clock);
  }

  /** What the bot replies to {@code text} sent by the owner, as the user reads it. */
  private String botSays(String text) {
    Effects effects = dispatcher.dispatch(messages.text(CHAT, OWNER, text));
    List<ChatAction> sent = effects.actions().stream().filter(a -> a instanceof ChatAction.Send).toList();
    assertEquals(1, sent.size(), effects.actions()::toString);
    return Html.visibleText(((ChatAction.Send) sent.get(0)).message().html());
  }

  private static BlacklistWord word(String value) {
    return new BlacklistWord(value);
  }

  @Test
  void wordsAndQuotedPhrasesAreAddedAsTheCommandAddsThem() {
    ChangeOutcome outcome = edit.add(CHAT_ID, "Spam \"buy NOW\"", console);

    assertTrue(outcome.applied());
    assertEquals("Added to the blacklist: buy now, spam.", outcome.text());
    assertEquals(botSays("/addblacklist Spam \"buy NOW\""), outcome.text());
    assertEquals(List.of(BlacklistEntry.of(word("buy now")), BlacklistEntry.of(word("spam"))),
        store.blacklist(CHAT_ID).entries());
    assertEquals(1, console.commits());
  }

  @Test
  void wordsListedAlreadyAreSaidSoAndTheOthersAdded() {
    store.add(CHAT_ID, List.of(word("spam")));
    botStore.add(CHAT_ID, List.of(word("spam")));

    ChangeOutcome outcome = edit.add(CHAT_ID, "spam eggs", console);

    assertEquals("Added to the blacklist: eggs.\nAlready blacklisted: spam.", outcome.text());
    assertEquals(botSays("/addblacklist spam eggs"), outcome.text());
  }

  @Test
  void badWordsGetTheCommandsAnswerAndNothingIsAdded() {
    String tooLong = "x".repeat(BlacklistWord.MAX_LENGTH + 1);
    for (String typed : List.of("", "   ", "\"never closed", tooLong + " fine")) {
      ChangeOutcome outcome = edit.add(CHAT_ID, typed, console);
      assertTrue(outcome.refused(), typed);
      assertEquals(botSays(("/addblacklist " + typed).strip()), outcome.text(), typed);
    }
    assertEquals("'" + "x".repeat(30) + "…' is too long: a blacklisted word has at most 200 characters. Nothing was "
        + "added.", edit.add(CHAT_ID, tooLong, console).text());
    assertEquals(0, console.commits());
    assertTrue(store.blacklist(CHAT_ID).isEmpty());
  }

  @Test
  void aWordIsRemovedByItsTypedFormOrByTheListedWordItself() {
    store.add(CHAT_ID, List.of(word("buy now"), word("spam")));

    assertEquals("Removed buy now from the blacklist.", edit.remove(CHAT_ID, "\"Buy Now\"", console).text());
    assertEquals("Removed spam from the blacklist.", edit.remove(CHAT_ID, word("spam"), console).text());
    assertTrue(store.blacklist(CHAT_ID).isEmpty());
  }

  @Test
  void removingAWordNotListedOrMoreThanOneIsRefusedAsTheCommandRefusesIt() {
    ChangeOutcome notListed = edit.remove(CHAT_ID, "ham", console);
    ChangeOutcome two = edit.remove(CHAT_ID, "ham eggs", console);

    assertTrue(notListed.refused());
    assertEquals("ham isn't blacklisted here.", notListed.text());
    assertEquals(botSays("/rmblacklist ham"), notListed.text());
    assertTrue(two.refused());
    assertEquals(botSays("/rmblacklist ham eggs"), two.text());
  }

  @Test
  void theActionTakesAModeAndForTbanAndTmuteADuration() {
    ChangeOutcome outcome = edit.action(CHAT_ID, "tmute 10m", console);

    assertTrue(outcome.applied());
    assertEquals("Done: from now on, when someone uses a blacklisted word here, their message is deleted and they "
        + "are muted for 10m.", outcome.text());
    assertEquals(BlacklistAction.punish(PenaltyMode.TMUTE, Duration.ofMinutes(10)),
        store.blacklist(CHAT_ID).action());
    assertEquals(botSays("/blaction tmute 10m"), outcome.text());
    assertEquals(botSays("/blaction ban"), edit.action(CHAT_ID, "ban", console).text());
    assertEquals(BlacklistAction.punish(PenaltyMode.BAN), store.blacklist(CHAT_ID).action());
  }

  @Test
  void badActionsGetTheCommandsAnswer() {
    for (String typed : List.of("explode", "mute 10m", "tban", "tban 10", "tmute 10m later", "")) {
      ChangeOutcome outcome = edit.action(CHAT_ID, typed, console);
      assertTrue(outcome.refused(), typed);
      if (!typed.isEmpty()) {
        assertEquals(botSays("/blaction " + typed), outcome.text(), typed);
      }
    }
    assertEquals("Give the action: none, warn, mute, kick, ban, tban <time> or tmute <time>, e.g. /blaction tmute 6h.",
        edit.action(CHAT_ID, "", console).text());
    assertEquals(0, console.commits());
    assertEquals(BlacklistAction.DEFAULT, store.blacklist(CHAT_ID).action());
  }

  @Test
  void oneChatsEditsLeaveAnotherAlone() {
    edit.add(CHAT_ID, "spam", console);

    assertTrue(store.blacklist(OTHER_CHAT).isEmpty());
  }
}

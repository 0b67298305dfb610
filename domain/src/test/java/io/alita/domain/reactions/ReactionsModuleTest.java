package io.alita.domain.reactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.confirm.Confirmations;
import io.alita.domain.confirm.InMemoryConfirmationStore;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.dispatch.InMemoryUpdateTransactions;
import io.alita.domain.format.Html;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.FakeChatQueries;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.permission.Right;
import io.alita.domain.testing.TestDispatcher;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Incoming;
import io.alita.domain.update.IncomingMessage;
import io.alita.domain.update.MessageKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Reactions commands, the reset question and the keyword watcher through a real {@link Dispatcher}. */
class ReactionsModuleTest {

  private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");
  private static final ChatId CHAT_ID = ChatId.of(-1001234567890L);
  private static final SeenChat CHAT = new SeenChat(CHAT_ID, ChatKind.SUPERGROUP, "Engines", null);
  private static final SeenUser ADMIN = new SeenUser(UserId.of(2), "Ada", null, null, false);
  private static final SeenUser PLAIN_ADMIN = new SeenUser(UserId.of(5), "Pia", null, null, false);
  private static final SeenUser MEMBER = new SeenUser(UserId.of(3), "Max", null, "max", false);

  private final InMemoryReactionsStore store = new InMemoryReactionsStore();
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final TestMessages messages = new TestMessages(clock);
  private final FakeChatQueries telegram = new FakeChatQueries();
  private ReactionsModule module;
  private Dispatcher dispatcher;

  @BeforeEach
  void chatWithAdminsAndAMember() {
    telegram.admin(ADMIN.id(), MemberStatus.ADMINISTRATOR, AdminRights.of(Right.CHANGE_INFO));
    telegram.admin(PLAIN_ADMIN.id(), MemberStatus.ADMINISTRATOR, AdminRights.of(Right.DELETE_MESSAGES));
    telegram.admin(TestDispatcher.BOT.id(), MemberStatus.ADMINISTRATOR, AdminRights.ALL);
    telegram.member(MEMBER.id(), MemberStatus.MEMBER);
    AdminCache admins = new AdminCache(telegram, clock);
    Confirmations confirmations = new Confirmations(new InMemoryConfirmationStore(), clock, new Random(1));
    module = new ReactionsModule(store, TestDispatcher.BOT, confirmations);
    dispatcher = TestDispatcher.with(module, confirmations).admins(admins).clock(clock)
        .transactions(new InMemoryUpdateTransactions()).build();
  }

  private Effects send(IncomingMessage message) {
    return dispatcher.dispatch(new Incoming.Message(messages.nextUpdate(), message));
  }

  private Effects command(SeenUser from, String text) {
    return send(messages.message(CHAT, from).command(text).build());
  }

  private Effects text(SeenUser from, int id, String text) {
    return send(messages.message(CHAT, from).id(id).text(text).build());
  }

  private static List<OutgoingMessage> sent(Effects effects) {
    return effects.actions().stream().filter(a -> a instanceof ChatAction.Send)
        .map(a -> ((ChatAction.Send) a).message()).toList();
  }

  private static String onlyText(Effects effects) {
    List<OutgoingMessage> all = sent(effects);
    assertEquals(1, all.size(), () -> "expected one message in " + effects.actions());
    return Html.visibleText(all.get(0).html());
  }

  private void put(String keyword, String emoji) {
    store.put(CHAT, new Reaction(keyword, emoji));
  }

  // ------------------------------------------------------------------------------------------------ adding

  @Test
  void anAdminAddsAReactionWithTheKeywordInLowerCase() {
    assertEquals("I'll react to hello with 👍.", onlyText(command(ADMIN, "/addreaction HeLLo 👍")));
    assertEquals(List.of(new Reaction("hello", "👍")), store.reactions(CHAT_ID));

    assertEquals("I'll react to hello with 🎉 from now on.", onlyText(command(ADMIN, "/addreaction hello 🎉")));
    assertEquals(List.of(new Reaction("hello", "🎉")), store.reactions(CHAT_ID));
  }

  @Test
  void anEmojiTypedWithItsVariationSelectorIsStoredAsTelegramSpellsIt() {
    command(ADMIN, "/addreaction love ❤\uFE0F");

    assertEquals(List.of(new Reaction("love", "❤")), store.reactions(CHAT_ID));
  }

  @Test
  void onlyTelegramsStandardReactionsAreTaken() {
    String answer = onlyText(command(ADMIN, "/addreaction rocket 🚀"));

    assertTrue(answer.startsWith("🚀 is not one of Telegram's reactions. These are: 👍 👎 ❤"), answer);
    assertEquals(List.of(), store.reactions(CHAT_ID));
  }

  @Test
  void aMalformedAddGetsItsUsage() {
    String usage = "Use /addreaction <keyword> <emoji>: one word of at most 64 characters, then one reaction emoji.";
    assertEquals(usage, onlyText(command(ADMIN, "/addreaction")));
    assertEquals(usage, onlyText(command(ADMIN, "/addreaction hello")));
    assertEquals(usage, onlyText(command(ADMIN, "/addreaction two words 👍")));
    assertEquals(usage, onlyText(command(ADMIN, "/addreaction " + "x".repeat(65) + " 👍")));
    assertEquals(List.of(), store.reactions(CHAT_ID));
  }

  @Test
  void onlyAdminsWhoMayChangeTheChatsInfoChangeReactions() {
    command(PLAIN_ADMIN, "/addreaction hello 👍");
    command(MEMBER, "/addreaction hello 👍");

    assertEquals(List.of(), store.reactions(CHAT_ID));
  }

  @Test
  void aChatHoldsAtMostTheLimit() {
    for (int i = 0; i < ReactionsModule.MAX_REACTIONS; i++) {
      put("k" + i, "👍");
    }

    assertEquals("This chat has the most reactions it may have (100); remove one first.",
        onlyText(command(ADMIN, "/addreaction more 👍")));
    assertEquals("I'll react to k1 with 🔥 from now on.", onlyText(command(ADMIN, "/addreaction k1 🔥")));
  }

  // ------------------------------------------------------------------------------------------------ the watcher

  @Test
  void aMessageHoldingAKeywordInAnyCaseGetsItsReaction() {
    command(ADMIN, "/addreaction hello 👍");

    Effects effects = text(MEMBER, 555, "Well, HELLO there");

    assertEquals(List.of(new ChatAction.React(CHAT_ID, MessageId.of(555), "👍")), effects.actions());
  }

  @Test
  void ofSeveralKeywordsTheAlphabeticallyFirstWins() {
    put("zebra", "🦄");
    put("apple", "🍓");
    put("moon", "🌚");

    Effects effects = text(MEMBER, 556, "a zebra ate the moon and an apple");

    assertEquals(List.of(new ChatAction.React(CHAT_ID, MessageId.of(556), "🍓")), effects.actions());
  }

  @Test
  void aCaptionCountsAsText() {
    put("cat", "😍");

    Effects effects = send(messages.message(CHAT, MEMBER).id(557).kind(MessageKind.PHOTO).text("my Cat").build());

    assertEquals(List.of(new ChatAction.React(CHAT_ID, MessageId.of(557), "😍")), effects.actions());
  }

  @Test
  void noReactionToCommandsEditsTheBotOrMessagesWithoutAKeyword() {
    put("hello", "👍");

    assertEquals(List.of(), text(MEMBER, 1, "good morning").actions());
    assertEquals(List.of(), send(messages.message(CHAT, MEMBER).text("hello").edited().build()).actions());
    assertEquals(List.of(), send(messages.message(CHAT, new SeenUser(TestDispatcher.BOT.id(), "Bot", null,
        "alita_test_bot", true)).text("hello").build()).actions());
    assertTrue(command(MEMBER, "/start hello").actions().stream().noneMatch(a -> a instanceof ChatAction.React));
  }

  @Test
  void theWatcherReadsTheStoreOncePerChatAndAgainOnlyAfterAChange() {
    text(MEMBER, 1, "hello");
    text(MEMBER, 2, "hello again");
    text(MEMBER, 3, "and again");
    assertEquals(1, store.reads(), "a chat without reactions is read once, then costs nothing");

    command(ADMIN, "/addreaction hello 👍");
    int afterAdd = store.reads();
    assertEquals(List.of(new ChatAction.React(CHAT_ID, MessageId.of(4), "👍")), text(MEMBER, 4, "hello").actions());
    text(MEMBER, 5, "hello");
    assertEquals(afterAdd + 1, store.reads());
  }

  @Test
  void aChangeMadeElsewhereReachesTheWatcherThroughTheDispatchersSettingsChanges() {
    assertEquals(List.of(), text(MEMBER, 1, "hello").actions());

    put("hello", "👍"); // as the console or a hand-written UPDATE would, behind the module's back
    assertEquals(List.of(), text(MEMBER, 2, "hello").actions(), "still the cached empty list");
    dispatcher.settingsChanges().chatChanged(CHAT_ID); // what a NOTIFY for the chat leads to

    assertEquals(List.of(new ChatAction.React(CHAT_ID, MessageId.of(3), "👍")), text(MEMBER, 3, "hello").actions());
  }

  // ------------------------------------------------------------------------------------------------ list, remove, reset

  @Test
  void anyoneListsTheReactionsSortedByKeyword() {
    assertEquals("There are no reactions in this chat.", onlyText(command(MEMBER, "/reactions")));
    put("zebra", "🦄");
    put("apple", "🍓");
    command(ADMIN, "/addreaction hi 👋"); // refused, not listed

    assertEquals("Reactions in this chat (2):\n- apple: 🍓\n- zebra: 🦄", onlyText(command(MEMBER, "/reactions")));
  }

  @Test
  void removingAReactionStopsTheWatcher() {
    command(ADMIN, "/addreaction hello 👍");
    text(MEMBER, 1, "hello");

    assertEquals("I no longer react to hello.", onlyText(command(ADMIN, "/removereaction HELLO")));
    assertEquals("There is no reaction to hello here.", onlyText(command(ADMIN, "/removereaction hello")));
    assertEquals("Use /removereaction <keyword>.", onlyText(command(ADMIN, "/removereaction")));
    assertEquals(List.of(), text(MEMBER, 2, "hello").actions());
  }

  @Test
  void resetAsksFirstAndRemovesEverythingOnYes() {
    assertEquals("There are no reactions to remove.", onlyText(command(ADMIN, "/resetreactions")));
    command(ADMIN, "/addreaction hello 👍");
    put("bye", "😢");

    Effects asked = command(ADMIN, "/resetreactions");
    assertEquals("Remove all 2 reactions of this chat?", onlyText(asked));
    List<Button> buttons = sent(asked).get(0).keyboard().rows().get(0);

    dispatcher.dispatch(messages.press(CHAT, MEMBER, MessageId.of(70), buttons.get(0)));
    assertEquals(2, store.reactions(CHAT_ID).size(), "a member's press changes nothing");

    dispatcher.dispatch(messages.press(CHAT, ADMIN, MessageId.of(70), buttons.get(0)));
    assertEquals(List.of(), store.reactions(CHAT_ID));
    assertEquals(List.of(), text(MEMBER, 9, "hello bye").actions());
  }

  @Test
  void aMediaOnlyMessageIsNotLookedAt() {
    put("hello", "👍");
    int reads = store.reads();

    send(messages.message(CHAT, MEMBER).kind(MessageKind.STICKER).build());

    assertEquals(reads, store.reads());
  }
}

package io.alita.domain.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.command.EntityType;
import io.alita.domain.command.MessageEntity;
import io.alita.domain.confirm.Confirmations;
import io.alita.domain.confirm.InMemoryConfirmationStore;
import io.alita.domain.content.ContentSender;
import io.alita.domain.content.ContentType;
import io.alita.domain.content.StoredContent;
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
import io.alita.domain.update.Media;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Filters commands, confirmation buttons and message filter driven through a real {@link Dispatcher}, asserting
 * on the actions they lead to and on what the store holds.
 */
class FiltersModuleTest {

  private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");
  private static final ChatId CHAT_ID = ChatId.of(-1001234567890L);
  private static final SeenChat CHAT = new SeenChat(CHAT_ID, ChatKind.SUPERGROUP, "Engines", null);
  private static final SeenUser OWNER = new SeenUser(UserId.of(1), "Olga", null, "olga_owner", false);
  private static final SeenUser ADMIN = new SeenUser(UserId.of(2), "Ada", null, null, false);
  private static final SeenUser PLAIN_ADMIN = new SeenUser(UserId.of(5), "Pia", null, null, false);
  private static final SeenUser MEMBER = new SeenUser(UserId.of(3), "Max", "<Mustermann>", "max", false);

  private final InMemoryFiltersStore store = new InMemoryFiltersStore();
  private final InMemoryUpdateTransactions transactions = new InMemoryUpdateTransactions();
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final TestMessages messages = new TestMessages(clock);
  private FiltersModule module;
  private Dispatcher dispatcher;

  private final FakeChatQueries telegram = new FakeChatQueries();

  @BeforeEach
  void chatWithOwnerAdminsAndMembers() {
    telegram.admin(OWNER.id(), MemberStatus.CREATOR, AdminRights.ALL);
    telegram.admin(ADMIN.id(), MemberStatus.ADMINISTRATOR, AdminRights.of(Right.CHANGE_INFO, Right.DELETE_MESSAGES));
    telegram.admin(PLAIN_ADMIN.id(), MemberStatus.ADMINISTRATOR, AdminRights.of(Right.DELETE_MESSAGES));
    telegram.admin(TestDispatcher.BOT.id(), MemberStatus.ADMINISTRATOR, AdminRights.ALL);
    telegram.member(MEMBER.id(), MemberStatus.MEMBER);
    AdminCache admins = new AdminCache(telegram, clock);
    Confirmations confirmations = new Confirmations(new InMemoryConfirmationStore(), clock, new Random(1));
    module = new FiltersModule(store, admins, TestDispatcher.BOT,
        new ContentSender(ContentSender.RulesButtons.NONE, new Random(3)), confirmations);
    dispatcher = TestDispatcher.with(module, confirmations).admins(admins).clock(clock).transactions(transactions)
        .build();
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private Effects send(IncomingMessage message) {
    return dispatcher.dispatch(new Incoming.Message(messages.nextUpdate(), message));
  }

  private Effects send(SeenUser from, String text) {
    return send(messages.message(CHAT, from).text(text).build());
  }

  private Effects press(SeenUser from, Button button) {
    return dispatcher.dispatch(messages.press(CHAT, from, MessageId.of(77), button));
  }

  private static FilterTrigger trigger(String typed) {
    return FilterTrigger.parse(typed).trigger().orElseThrow();
  }

  private void filter(String trigger, String reply) {
    store.put(CHAT_ID, new Filter(trigger(trigger), StoredContent.text(reply)));
  }

  private static List<OutgoingMessage> sent(Effects effects) {
    return effects.actions().stream().filter(a -> a instanceof ChatAction.Send)
        .map(a -> ((ChatAction.Send) a).message()).toList();
  }

  private static OutgoingMessage only(Effects effects) {
    List<OutgoingMessage> messages = sent(effects);
    assertEquals(1, messages.size(), () -> "expected one message in " + effects.actions());
    return messages.get(0);
  }

  /** The text of the one message sent, as the user reads it. */
  private static String onlyText(Effects effects) {
    return Html.visibleText(only(effects).html());
  }

  private static List<Button> buttons(OutgoingMessage message) {
    return message.keyboard().rows().stream().flatMap(List::stream).toList();
  }

  private static String reply(Filter filter) {
    return filter.content().text();
  }

  // ------------------------------------------------------------------------------------------------ adding

  @Test
  void anAdminSetsAFilterWithAReplyThatKeepsItsMarkdownAndButtons() {
    Effects effects = send(ADMIN, "/filter Hello *Hi* {first}!\n[Site](buttonurl://example.com)");

    assertEquals("Saved the filter hello.", onlyText(effects));
    Filter saved = store.find(CHAT_ID, trigger("hello")).orElseThrow();
    assertEquals("*Hi* {first}!", reply(saved));
    assertEquals(1, saved.content().buttons().rows().size());
    assertEquals(ContentType.TEXT, saved.content().type());
  }

  @Test
  void addfilterIsAnotherNameAndAQuotedPhraseIsOneTrigger() {
    send(ADMIN, "/addfilter \"Good Morning\" Morning to you too");

    assertEquals("Morning to you too", reply(store.find(CHAT_ID, trigger("good morning")).orElseThrow()));
  }

  @Test
  void aMemberOrAnAdminWithoutChangeInfoCannotSetFilters() {
    assertEquals("You need to be an admin to do this.", onlyText(send(MEMBER, "/filter hi hello")));
    assertTrue(onlyText(send(PLAIN_ADMIN, "/filter hi hello")).contains("change"),
        onlyText(send(PLAIN_ADMIN, "/filter hi hello")));
    assertEquals(0, store.count(CHAT_ID));
  }

  @Test
  void usageRepliesForMissingPartsAndBadTriggers() {
    assertTrue(onlyText(send(ADMIN, "/filter")).startsWith("Give a trigger and what to answer"));
    assertEquals("What should I answer to hello? Write the reply after the trigger, or send the command as a reply "
        + "to a message.", onlyText(send(ADMIN, "/filter hello")));
    assertTrue(onlyText(send(ADMIN, "/filter \"good morning hi")).contains("never closed"));
    assertEquals("A trigger has at most 100 characters. Nothing was saved.",
        onlyText(send(ADMIN, "/filter " + "x".repeat(101) + " hi")));
    assertEquals(0, store.count(CHAT_ID));
  }

  @Test
  void aTriggerOfExactlyAHundredCharactersIsFine() {
    send(ADMIN, "/filter " + "x".repeat(100) + " hi");

    assertEquals(1, store.count(CHAT_ID));
  }

  @Test
  void aReplyToAStickerSavesTheSticker() {
    IncomingMessage command = messages.message(CHAT, ADMIN).text("/filter cat")
        .replyTo(TestMessages.replyToMedia(CHAT, 40, MEMBER, ContentType.STICKER, "CAACAgIAAx", "")).build();

    assertEquals("Saved the filter cat.", onlyText(send(command)));
    StoredContent content = store.find(CHAT_ID, trigger("cat")).orElseThrow().content();
    assertEquals(new Media(ContentType.STICKER, "CAACAgIAAx"), content.media().orElseThrow());
  }

  @Test
  void aReplyToATextSavesThatText() {
    IncomingMessage command = messages.message(CHAT, ADMIN).text("/filter rules")
        .replyTo(TestMessages.replyTo(CHAT, 40, MEMBER, "Read the pinned message")).build();

    send(command);

    assertEquals("Read the pinned message", reply(store.find(CHAT_ID, trigger("rules")).orElseThrow()));
  }

  @Test
  void theHundredAndFiftyFirstFilterIsRefused() {
    for (int i = 0; i < FiltersEdit.MAX_FILTERS; i++) {
      filter("t" + i, "r");
    }

    assertEquals("This chat has 150 filters, the most it can have. Remove one with /stop before adding another.",
        onlyText(send(ADMIN, "/filter one-more reply")));
    assertEquals(150, store.count(CHAT_ID));
  }

  // ------------------------------------------------------------------------------------------------ overwriting

  @Test
  void reAddingATriggerAsksAndYesReplacesIt() {
    filter("hello", "old reply");

    OutgoingMessage question = only(send(ADMIN, "/filter hello new *reply*"));

    assertEquals("There is a filter for hello already. Replace its reply with the new one?",
        Html.visibleText(question.html()));
    assertEquals("old reply", reply(store.find(CHAT_ID, trigger("hello")).orElseThrow()));
    // the new text rides in the stored question, never in the buttons
    buttons(question).forEach(b -> assertFalse(((Button.Callback) b).data().contains("reply")));

    Effects yes = press(OWNER, buttons(question).get(0));

    assertEquals("new *reply*", reply(store.find(CHAT_ID, trigger("hello")).orElseThrow()));
    ChatAction.Edit edit = (ChatAction.Edit) yes.actions().stream().filter(a -> a instanceof ChatAction.Edit)
        .findFirst().orElseThrow();
    assertEquals("Replaced the filter hello.", Html.visibleText(edit.html()));
    // the cache forgot the old reply
    assertEquals("new reply", onlyText(send(MEMBER, "hello")));
  }

  @Test
  void noKeepsTheOldReplyAndAMemberCannotAnswer() {
    filter("hello", "old reply");
    OutgoingMessage question = only(send(ADMIN, "/filter hello new reply"));

    press(MEMBER, buttons(question).get(0));
    assertEquals("old reply", reply(store.find(CHAT_ID, trigger("hello")).orElseThrow()));

    Effects no = press(ADMIN, buttons(question).get(1));
    assertEquals("old reply", reply(store.find(CHAT_ID, trigger("hello")).orElseThrow()));
    assertTrue(no.actions().stream().anyMatch(a -> a instanceof ChatAction.Edit e
        && Html.visibleText(e.html()).equals("Cancelled: the filter is unchanged.")));
  }

  @Test
  void overwritingAMediaFilterWithAStickerKeepsTheFile() {
    filter("cat", "meow");
    IncomingMessage command = messages.message(CHAT, ADMIN).text("/filter cat")
        .replyTo(TestMessages.replyToMedia(CHAT, 40, MEMBER, ContentType.PHOTO, "AgACAgIAAx", "a *cat*")).build();
    OutgoingMessage question = only(send(command));

    press(ADMIN, buttons(question).get(0));

    StoredContent content = store.find(CHAT_ID, trigger("cat")).orElseThrow().content();
    assertEquals(new Media(ContentType.PHOTO, "AgACAgIAAx"), content.media().orElseThrow());
  }

  // ------------------------------------------------------------------------------------------------ removing, listing

  @Test
  void stopRemovesOneFilterQuotedOrNot() {
    filter("hello", "hi");
    filter("good morning", "morning");

    assertEquals("Removed the filter hello.", onlyText(send(ADMIN, "/stop HELLO")));
    assertEquals("Removed the filter good morning.", onlyText(send(ADMIN, "/rmfilter \"Good morning\"")));
    assertEquals("There is no filter for hello here.", onlyText(send(ADMIN, "/removefilter hello")));
    assertTrue(onlyText(send(ADMIN, "/stop")).startsWith("Give the trigger to remove"));
    assertTrue(onlyText(send(ADMIN, "/stop two words")).startsWith("Give the trigger to remove"));
    assertEquals(0, store.count(CHAT_ID));
  }

  @Test
  void stopForgetsTheCachedFilterAtOnce() {
    filter("hello", "hi");
    assertEquals("hi", onlyText(send(MEMBER, "hello")));

    send(ADMIN, "/stop hello");

    assertEquals(List.of(), send(MEMBER, "hello").actions());
  }

  @Test
  void anyoneListsTheTriggers() {
    filter("zebra", "z");
    filter("<b>", "bold");
    filter("apple", "a");

    OutgoingMessage list = only(send(MEMBER, "/filters"));

    assertEquals("Filters in Engines (3):\n- <b>\n- apple\n- zebra", Html.visibleText(list.html()));
    assertTrue(list.html().contains("<code>&lt;b&gt;</code>"), list.html());
  }

  @Test
  void anEmptyListSaysSo() {
    assertEquals("There are no filters in this chat.", onlyText(send(MEMBER, "/filters")));
  }

  @Test
  void stopallNeedsTheOwnerAndAYes() {
    filter("a", "1");
    filter("b", "2");

    assertEquals("Only the chat's owner can do this.", onlyText(send(ADMIN, "/stopall")));
    OutgoingMessage question = only(send(OWNER, "/stopall"));
    assertEquals("Remove all 2 filters of this chat? This can't be undone.", Html.visibleText(question.html()));

    press(ADMIN, buttons(question).get(0));
    assertEquals(2, store.count(CHAT_ID));

    press(OWNER, buttons(question).get(0));
    assertEquals(0, store.count(CHAT_ID));
    assertEquals(List.of(), send(MEMBER, "a b").actions());
    assertEquals("There are no filters to remove.", onlyText(send(OWNER, "/stopall")));
  }

  // ------------------------------------------------------------------------------------------------ answering

  @Test
  void aMessageHoldingATriggerIsAnsweredAsAReplyWithFillings() {
    filter("hello", "Hi *{first}*, welcome to {chatname}");
    IncomingMessage message = messages.message(CHAT, MEMBER).text("well HELLO there").build();

    OutgoingMessage answer = only(send(message));

    assertEquals(Optional.of(message.id()), answer.replyTo());
    assertEquals("Hi <b>Max</b>, welcome to Engines", answer.html());
  }

  @Test
  void matchingIsASubstringSearchWithoutRegardToCase() {
    filter("cat", "meow");

    assertEquals("meow", onlyText(send(MEMBER, "CONCATENATE")));
    assertEquals(List.of(), send(MEMBER, "a dog").actions());
  }

  @Test
  void onlyTheFirstTriggerAnswersTheEarliestThenTheLongest() {
    filter("the", "the-reply");
    filter("hello there", "greeting");
    filter("hello", "short");

    assertEquals("greeting", onlyText(send(MEMBER, "oh hello there, the cat")));
    assertEquals("short", onlyText(send(MEMBER, "hello, then")));
    assertEquals("the-reply", onlyText(send(MEMBER, "the hello there")));
  }

  @Test
  void aCaptionSetsAFilterOff() {
    filter("cat", "meow");
    IncomingMessage photo = messages.message(CHAT, MEMBER).media(ContentType.PHOTO, "AgAC").text("my Cat").build();

    assertEquals("meow", onlyText(send(photo)));
  }

  @Test
  void aLinksAddressSetsAFilterOffWhenTheTextHoldsNone() {
    filter("example.org", "no ads");
    IncomingMessage link = messages.message(CHAT, MEMBER).text("look here")
        .entities(new MessageEntity(EntityType.TEXT_LINK, 0, 4, Optional.of("https://example.org/x"),
            Optional.empty()))
        .build();

    assertEquals("no ads", onlyText(send(link)));
  }

  @Test
  void commandsDoNotSetFiltersOff() {
    filter("hi", "hello!");

    Effects effects = send(ADMIN, "/filter hi hello again");

    // the overwrite question, and no answer from the filter
    assertEquals("There is a filter for hi already. Replace its reply with the new one?", onlyText(effects));
    assertEquals(List.of(), send(MEMBER, "/somecommand hi").actions());
    assertEquals(List.of(), send(MEMBER, "/other@another_bot hi").actions());
    assertEquals("hello!", onlyText(send(MEMBER, "hi /there")));
  }

  @Test
  void theBotsOwnMessagesAndEditsAreNotAnswered() {
    filter("hi", "hello!");
    SeenUser bot = new SeenUser(TestDispatcher.BOT.id(), "Alita", null, "alita_test_bot", true);

    assertEquals(List.of(), send(messages.message(CHAT, bot).text("hi").build()).actions());
    assertEquals(List.of(), send(messages.message(CHAT, MEMBER).text("hi").edited().build()).actions());
  }

  @Test
  void flagsStayLiteralInFilters() {
    filter("secret", "{admin}{private} the answer");

    assertEquals("{admin}{private} the answer", onlyText(send(MEMBER, "secret")));
  }

  @Test
  void randomVariantsPickOne() {
    filter("dice", "one %%% two %%% three");

    for (int i = 0; i < 10; i++) {
      assertTrue(List.of("one", "two", "three").contains(onlyText(send(MEMBER, "dice"))));
    }
  }

  @Test
  void theAnswerGoesToTheMessagesForumTopic() {
    filter("hi", "hello");

    OutgoingMessage answer = only(send(messages.message(CHAT, MEMBER).text("hi").inThread(42).build()));

    assertEquals(Optional.of(42), answer.threadId());
  }

  @Test
  void aStickerFilterAnswersWithTheSticker() {
    store.put(CHAT_ID, new Filter(trigger("cat"),
        StoredContent.media(new Media(ContentType.STICKER, "CAACAgIAAx"), "")));
    IncomingMessage message = messages.message(CHAT, MEMBER).text("a cat!").build();

    ChatAction.SendMedia media = assertInstanceOf(ChatAction.SendMedia.class,
        send(message).actions().get(0));

    assertEquals(new Media(ContentType.STICKER, "CAACAgIAAx"), media.media());
    assertEquals(Optional.of(message.id()), media.replyTo());
  }

  @Test
  void noformatFromAnAdminShowsTheReplyAsTyped() {
    filter("hello", "*Hi* {first}\n[Site](buttonurl://https://example.com)");

    OutgoingMessage raw = only(send(ADMIN, "hello noformat"));
    assertEquals("*Hi* {first}\n[Site](buttonurl://https://example.com)", Html.visibleText(raw.html()));
    assertTrue(raw.keyboard().isEmpty());

    assertEquals("Hi Max", onlyText(send(MEMBER, "hello noformat")));
  }

  @Test
  void privateChatsHaveNoFilters() {
    filter("hi", "hello");

    assertEquals(List.of(), send(messages.message(TestMessages.privateChat(MEMBER), MEMBER).text("hi").build())
        .actions());
  }

  @Test
  void aFilterOfAnotherChatDoesNotAnswer() {
    store.put(ChatId.of(-1009), new Filter(trigger("hi"), StoredContent.text("elsewhere")));

    assertEquals(List.of(), send(MEMBER, "hi").actions());
  }

  @Test
  void theCacheLoadsAChatOnceAndAnExternalChangeIsSeenAfterInvalidation() {
    filter("hi", "one");
    assertEquals("one", onlyText(send(MEMBER, "hi")));

    filter("hi", "two"); // as the console would, in another process
    assertEquals("one", onlyText(send(MEMBER, "hi")));

    dispatcher.settingsChanges().chatChanged(CHAT_ID);
    assertEquals("two", onlyText(send(MEMBER, "hi")));
  }
}

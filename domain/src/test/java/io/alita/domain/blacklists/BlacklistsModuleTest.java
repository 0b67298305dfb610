package io.alita.domain.blacklists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.ActionResult;
import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.action.Effects;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.command.EntityType;
import io.alita.domain.command.MessageEntity;
import io.alita.domain.confirm.Confirmations;
import io.alita.domain.confirm.InMemoryConfirmationStore;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.dispatch.EventKey;
import io.alita.domain.dispatch.InMemoryUpdateTransactions;
import io.alita.domain.dispatch.MessageFilter;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.dispatch.Stage;
import io.alita.domain.format.Html;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.penalty.PenaltyMode;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.permission.Right;
import io.alita.domain.testing.TestDispatcher;
import io.alita.domain.testing.TestEffects;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChannel;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Incoming;
import io.alita.domain.update.IncomingMessage;
import io.alita.domain.update.MessageKind;
import io.alita.domain.warns.InMemoryWarnStore;
import io.alita.domain.warns.WarnCount;
import io.alita.domain.warns.WarnIssuer;
import io.alita.domain.warns.WarnLimit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Blacklists commands, buttons and message filter driven through a real {@link Dispatcher}, asserting on the
 * actions they lead to and on what the stores hold.
 */
class BlacklistsModuleTest {

  private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");
  private static final ChatId CHAT_ID = ChatId.of(-1001234567890L);
  private static final SeenChat CHAT = new SeenChat(CHAT_ID, ChatKind.SUPERGROUP, "Engines", null);
  private static final SeenChat OTHER_CHAT = new SeenChat(ChatId.of(-1005555555555L), ChatKind.SUPERGROUP, "Other", null);
  private static final BotIdentity BOT = new BotIdentity(UserId.of(999), "alita_test_bot");
  private static final SeenUser OWNER = new SeenUser(UserId.of(1), "Olga", null, "olga_owner", false);
  private static final SeenUser ADMIN = new SeenUser(UserId.of(2), "Ada", null, null, false);
  private static final SeenUser MEMBER = new SeenUser(UserId.of(3), "Max", "<Mustermann>", null, false);
  private static final SeenUser APPROVED = new SeenUser(UserId.of(4), "Eve", null, null, false);
  private static final SeenUser ANONYMOUS = new SeenUser(UserId.GROUP_ANONYMOUS_BOT, "Group", null, "GroupAnonymousBot",
      true);
  private static final SeenUser TELEGRAM = new SeenUser(UserId.TELEGRAM, "Telegram", null, null, false);
  private static final SeenUser CHANNEL_BOT = new SeenUser(UserId.of(136817688), "Channel", null, "Channel_Bot", true);
  private static final SeenChannel NEWS = new SeenChannel(ChatId.of(-1009876543210L), "Daily News", "dailynews");
  private static final SeenChannel LINKED = new SeenChannel(ChatId.of(-1001111111111L), "Engines Channel", null);

  private final BlacklistFakes.Telegram telegram = new BlacklistFakes.Telegram();
  private final InMemoryBlacklistStore words = new InMemoryBlacklistStore();
  private final BlacklistFakes.CountingStore store = new BlacklistFakes.CountingStore(words);
  private final InMemoryWarnStore warnStore = new InMemoryWarnStore();
  private final InMemoryUpdateTransactions transactions = new InMemoryUpdateTransactions();
  private final List<IncomingMessage> reachedFilters = new ArrayList<>();
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final TestMessages messages = new TestMessages(clock);
  private Dispatcher dispatcher;

  @BeforeEach
  void chatWithOwnerAdminsAndMembers() {
    telegram.admin(OWNER.id(), MemberStatus.CREATOR, AdminRights.ALL);
    telegram.admin(ADMIN.id(), MemberStatus.ADMINISTRATOR, AdminRights.of(Right.RESTRICT_MEMBERS, Right.DELETE_MESSAGES));
    telegram.admin(BOT.id(), MemberStatus.ADMINISTRATOR, AdminRights.of(Right.RESTRICT_MEMBERS, Right.DELETE_MESSAGES));
    telegram.member(MEMBER.id());
    telegram.member(APPROVED.id());
    build();
  }

  private void build() {
    AdminCache admins = new AdminCache(telegram, clock);
    WarnIssuer warns = new WarnIssuer(warnStore, BOT, chat -> false, clock);
    Confirmations confirmations = new Confirmations(new InMemoryConfirmationStore(), clock, new Random(1));
    BlacklistsModule blacklists = new BlacklistsModule(store, admins, BOT,
        (chat, user) -> user.equals(APPROVED.id()), warns, clock, confirmations);
    // A later stage, to see which messages the blacklist lets through.
    BotModule later = new BotModule() {
      @Override
      public String name() {
        return "Later";
      }

      @Override
      public void register(Registry registry) {
        registry.filter(Stage.FILTERS, ctx -> {
          reachedFilters.add(ctx.message());
          return MessageFilter.Verdict.CONTINUE;
        });
      }
    };
    dispatcher = TestDispatcher.with(blacklists, confirmations, later).bot(BOT).admins(admins).clock(clock)
        .transactions(transactions).build();
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private IncomingMessage message(SeenChat chat, Optional<SeenUser> from, Optional<SeenChannel> senderChat,
      boolean edited, MessageKind kind, String text, List<MessageEntity> entities) {
    TestMessages.Draft m = from.map(u -> messages.message(chat, u)).orElseGet(() -> messages.messageWithoutSender(chat))
        .kind(kind).text(text).entities(entities);
    senderChat.ifPresent(m::senderChat);
    return (edited ? m.edited() : m).build();
  }

  private IncomingMessage text(SeenUser from, String text) {
    return messages.message(CHAT, from).text(text).build();
  }

  private Effects send(IncomingMessage message) {
    return dispatcher.dispatch(new Incoming.Message(messages.nextUpdate(), message));
  }

  private Effects send(SeenUser from, String text) {
    return send(text(from, text));
  }

  private Effects press(SeenUser from, String data) {
    return dispatcher.dispatch(messages.press(CHAT, from, MessageId.of(77), data));
  }

  private void blacklist(String... typed) {
    for (String t : typed) {
      words.add(CHAT_ID, List.of(BlacklistWord.parse(t).word().orElseThrow()));
    }
  }

  private static BlacklistWord word(String typed) {
    return BlacklistWord.parse(typed).word().orElseThrow();
  }

  private static List<OutgoingMessage> sent(Effects effects) {
    return effects.actions().stream().filter(a -> a instanceof ChatAction.Send)
        .map(a -> ((ChatAction.Send) a).message()).toList();
  }

  /** The text of the one message sent, as the user reads it. */
  private static String onlyText(Effects effects) {
    List<OutgoingMessage> messages = sent(effects);
    assertEquals(1, messages.size(), () -> "expected one message in " + effects.actions());
    return Html.visibleText(messages.get(0).html());
  }

  private static List<ChatAction> moderation(Effects effects) {
    return effects.actions().stream().filter(a -> !(a instanceof ChatAction.Send)
        && !(a instanceof ChatAction.AnswerButton) && !(a instanceof ChatAction.Edit)).toList();
  }

  private static ChatAction.Delete deletes(IncomingMessage m) {
    return ChatAction.Delete.one(m.chatId(), m.id());
  }

  // ------------------------------------------------------------------------------------------------ adding

  @Test
  void addingSeveralWordsAndAQuotedPhraseListsThemFolded() {
    Effects effects = send(ADMIN, "/addblacklist Spam \"Buy NOW\" eggs");

    assertEquals("Added to the blacklist: buy now, eggs, spam.", onlyText(effects));
    assertEquals(List.of(word("buy now"), word("eggs"), word("spam")), words.blacklist(CHAT_ID).words());
  }

  @Test
  void blacklistIsAnotherNameForAddblacklist() {
    send(ADMIN, "/blacklist casino");

    assertEquals(List.of(word("casino")), words.blacklist(CHAT_ID).words());
  }

  @Test
  void wordsAlreadyListedAreNamedApart() {
    blacklist("spam");

    Effects effects = send(ADMIN, "/addblacklist spam SPAM eggs");

    assertEquals("Added to the blacklist: eggs.\nAlready blacklisted: spam.", onlyText(effects));
  }

  @Test
  void addingWithoutWordsExplainsHow() {
    assertEquals("Give the words to blacklist, e.g. /addblacklist spam \"buy now\"; quote a phrase to keep its words "
        + "together.", onlyText(send(ADMIN, "/addblacklist")));
    assertEquals(onlyText(send(ADMIN, "/addblacklist")), onlyText(send(ADMIN, "/addblacklist \"  \"")));
    assertEquals(List.of(), words.blacklist(CHAT_ID).entries());
  }

  @Test
  void anUnclosedQuoteIsShownAndNothingIsAdded() {
    Effects effects = send(ADMIN, "/addblacklist spam \"buy now");

    assertTrue(onlyText(effects).contains("buy now"), onlyText(effects));
    assertEquals(List.of(), words.blacklist(CHAT_ID).entries());
    assertEquals(List.of(), transactions.applied());
  }

  @Test
  void aWordOverTwoHundredCharactersAddsNothing() {
    Effects effects = send(ADMIN, "/addblacklist ok " + "x".repeat(201));

    assertEquals("'" + "x".repeat(30) + "…' is too long: a blacklisted word has at most 200 characters. Nothing was "
        + "added.", onlyText(effects));
    assertEquals(List.of(), words.blacklist(CHAT_ID).entries());
  }

  @Test
  void aMemberCannotChangeTheBlacklist() {
    Effects effects = send(MEMBER, "/addblacklist spam");

    assertEquals("You need to be an admin to do this.", onlyText(effects));
    assertEquals(List.of(), words.blacklist(CHAT_ID).entries());
  }

  @Test
  void wordsAreEscapedInReplies() {
    Effects effects = send(ADMIN, "/addblacklist <b>");

    assertTrue(sent(effects).get(0).html().contains("<code>&lt;b&gt;</code>"), sent(effects).get(0).html());
  }

  // ------------------------------------------------------------------------------------------------ removing

  @Test
  void removingAWordOrAQuotedPhrase() {
    blacklist("spam", "buy now");

    assertEquals("Removed spam from the blacklist.", onlyText(send(ADMIN, "/rmblacklist SPAM")));
    assertEquals("Removed buy now from the blacklist.", onlyText(send(ADMIN, "/rmblacklist \"Buy Now\"")));
    assertEquals("spam isn't blacklisted here.", onlyText(send(ADMIN, "/rmblacklist spam")));
    assertEquals(List.of(), words.blacklist(CHAT_ID).entries());
  }

  @Test
  void removingTakesExactlyOneWord() {
    blacklist("buy", "now");

    String usage = "Give one word to remove, e.g. /rmblacklist spam, or quote a phrase: /rmblacklist \"buy now\".";
    assertEquals(usage, onlyText(send(ADMIN, "/rmblacklist")));
    assertEquals(usage, onlyText(send(ADMIN, "/rmblacklist buy now")));
    assertEquals(2, words.blacklist(CHAT_ID).entries().size());
  }

  // ------------------------------------------------------------------------------------------------ action

  @Test
  void withoutAnArgumentBlactionShowsTheDefaultWarn() {
    assertEquals("When someone uses a blacklisted word here, their message is deleted and they get a warning.",
        onlyText(send(ADMIN, "/blaction")));
  }

  @Test
  void blactionSetsEachActionNoneIncluded() {
    assertEquals("Done: from now on, when someone uses a blacklisted word here, their message is deleted, nothing "
        + "more.", onlyText(send(ADMIN, "/blaction none")));
    assertEquals(BlacklistAction.NONE, words.blacklist(CHAT_ID).action());

    assertEquals("Done: from now on, when someone uses a blacklisted word here, their message is deleted and they are "
        + "muted for 6h.", onlyText(send(ADMIN, "/blacklistaction TMUTE 6h")));
    assertEquals(BlacklistAction.punish(PenaltyMode.TMUTE, Duration.ofHours(6)),
        words.blacklist(CHAT_ID).action());

    send(ADMIN, "/blaction kick");
    assertEquals(BlacklistAction.punish(PenaltyMode.KICK), words.blacklist(CHAT_ID).action());
    assertEquals("When someone uses a blacklisted word here, their message is deleted and they are kicked.",
        onlyText(send(ADMIN, "/blaction")));
  }

  @Test
  void aMalformedActionChangesNothing() {
    send(ADMIN, "/blaction ban");
    String usage = "Give the action: none, warn, mute, kick, ban, tban <time> or tmute <time>, e.g. /blaction tmute 6h.";

    assertEquals(usage, onlyText(send(ADMIN, "/blaction explode")));
    assertEquals(usage, onlyText(send(ADMIN, "/blaction mute 6h")));
    assertEquals(usage, onlyText(send(ADMIN, "/blaction tban 6h extra")));
    assertTrue(onlyText(send(ADMIN, "/blaction tban")).startsWith("Tell me how long"));
    assertTrue(onlyText(send(ADMIN, "/blaction tmute 10")).contains("10"));
    assertTrue(onlyText(send(ADMIN, "/blaction tmute 400d")).contains("400d"));

    assertEquals(BlacklistAction.punish(PenaltyMode.BAN), words.blacklist(CHAT_ID).action());
  }

  // ------------------------------------------------------------------------------------------------ listing

  @Test
  void anyoneMayListTheWordsSortedWithTheActionAndOwnActions() {
    blacklist("spam", "casino", "buy now");
    words.setOverride(CHAT_ID, word("casino"), Optional.of(BlacklistAction.punish(PenaltyMode.BAN)));

    assertEquals("Blacklisted words (when one is used, their message is deleted and they get a warning):\n"
        + "- buy now\n- casino (its own action: ban)\n- spam", onlyText(send(MEMBER, "/blacklists")));
  }

  @Test
  void anEmptyListSaysSo() {
    assertEquals("There are no blacklisted words in this chat.", onlyText(send(MEMBER, "/blacklists")));
  }

  @Test
  void aLongListIsCutToFitOneMessage() {
    for (int i = 0; i < 100; i++) {
      blacklist(String.format("%03d", i) + "x".repeat(150));
    }

    String text = onlyText(send(MEMBER, "/blacklists"));

    assertTrue(text.length() < 4096, "length " + text.length());
    assertTrue(text.endsWith("… and 78 more"), text.substring(text.length() - 40));
  }

  // ------------------------------------------------------------------------------------------------ remove all

  @Test
  void onlyTheCreatorMayAskToRemoveEverything() {
    blacklist("spam");

    assertEquals("Only the chat's owner can do this.", onlyText(send(ADMIN, "/remallbl")));
    assertEquals(List.of(word("spam")), words.blacklist(CHAT_ID).words());
  }

  @Test
  void theCreatorConfirmsRemovingEverythingWithAButton() {
    blacklist("spam", "eggs");

    Effects ask = send(OWNER, "/rmallbl");

    assertEquals("Remove all 2 blacklisted words of this chat? This can't be undone.", onlyText(ask));
    List<Button> buttons = sent(ask).get(0).keyboard().rows().get(0);
    assertEquals(List.of("Yes, remove them all", "No"), buttons.stream().map(Button::text).toList());
    assertTrue(((Button.Callback) buttons.get(0)).data().matches("rmAllBlacklist\\|v1\\|t=[A-Za-z0-9_-]{16}&a=y"),
        buttons.toString());

    Effects yes = press(OWNER, TestEffects.buttonData(ask, "Yes, remove them all"));

    assertEquals(List.of(), words.blacklist(CHAT_ID).entries());
    ChatAction.Edit edit = (ChatAction.Edit) yes.actions().stream().filter(a -> a instanceof ChatAction.Edit)
        .findFirst().orElseThrow();
    assertEquals("The blacklist of this chat is empty now (2 words removed).", Html.visibleText(edit.html()));
    assertEquals(List.of(), moderation(send(MEMBER, "spam again")));
  }

  @Test
  void onlyTheCreatorMayPressTheButtons() {
    blacklist("spam");
    String yes = TestEffects.buttonData(send(OWNER, "/rmallbl"), "Yes, remove them all");

    Effects effects = press(ADMIN, yes);

    ChatAction.AnswerButton answer = (ChatAction.AnswerButton) effects.actions().get(0);
    assertEquals("Only the chat's owner can do this.", answer.text());
    assertTrue(answer.alert());
    assertEquals(List.of(word("spam")), words.blacklist(CHAT_ID).words());
  }

  @Test
  void noKeepsTheList() {
    blacklist("spam");

    Effects effects = press(OWNER, TestEffects.buttonData(send(OWNER, "/rmallbl"), "No"));

    assertTrue(effects.actions().stream().anyMatch(a -> a instanceof ChatAction.Edit e
        && Html.visibleText(e.html()).equals("Cancelled: the blacklist is unchanged.")));
    assertEquals(List.of(word("spam")), words.blacklist(CHAT_ID).words());
  }

  @Test
  void nothingToRemoveNeedsNoButtons() {
    Effects effects = send(OWNER, "/remallbl");

    assertEquals("There are no blacklisted words to remove.", onlyText(effects));
    assertTrue(sent(effects).get(0).keyboard().isEmpty());
  }

  // ------------------------------------------------------------------------------------------------ matching

  @Test
  void aWordInAnyCaseDeletesTheMessageAndWarnsTheSenderByDefault() {
    blacklist("spam");
    IncomingMessage message = text(MEMBER, "cheap SPAM here");

    Effects effects = send(message);

    assertEquals(List.of(deletes(message)), moderation(effects));
    assertEquals("Max <Mustermann> has 1/3 warnings; be careful!\nReason: Blacklisted word: 'spam'", onlyText(effects));
    OutgoingMessage notice = sent(effects).get(0);
    assertEquals(Optional.empty(), notice.replyTo());
    assertEquals(new Button.Callback("Remove warn (admins only)", "rmWarn|v1|u=3"),
        notice.keyboard().rows().get(0).get(0));
    assertEquals(new WarnCount(1, List.of("Blacklisted word: 'spam'")), warnStore.warnsOf(CHAT_ID, MEMBER.id()));
  }

  @Test
  void theWarnLimitAndModeOfTheWarnsModuleApply() {
    blacklist("spam");
    warnStore.setLimit(CHAT_ID, new WarnLimit(2));
    warnStore.setMode(CHAT_ID, PenaltyMode.KICK, Optional.empty());
    send(MEMBER, "spam");
    IncomingMessage second = text(MEMBER, "more spam");

    Effects effects = send(second);

    assertEquals(List.of(deletes(second), new ChatAction.Kick(CHAT_ID, MEMBER.id())), moderation(effects));
    assertTrue(onlyText(effects).startsWith("That's 2/2 warnings: Max <Mustermann> has been kicked."),
        onlyText(effects));
    assertEquals(WarnCount.NONE, warnStore.warnsOf(CHAT_ID, MEMBER.id()));
  }

  @Test
  void aRedeliveredMessageIsNotWarnedTwice() {
    blacklist("spam");
    Incoming.Message update = messages.text(CHAT, MEMBER, "spam");

    dispatcher.dispatch(update);
    Effects again = dispatcher.dispatch(update);

    assertEquals(List.of(), again.actions());
    assertEquals(1, warnStore.warnsOf(CHAT_ID, MEMBER.id()).count());
    assertEquals(List.of(EventKey.update(update.updateId())), transactions.applied());
  }

  @Test
  void aRedeliveredMessageIsPunishedAndAnnouncedOnce() {
    blacklist("spam");
    words.setAction(CHAT_ID, BlacklistAction.punish(PenaltyMode.MUTE));
    Incoming.Message update = messages.text(CHAT, MEMBER, "spam");

    assertEquals(3, dispatcher.dispatch(update).actions().size());
    assertEquals(List.of(), dispatcher.dispatch(update).actions());
  }

  @Test
  void aStoreThatFailsLetsTheMessageThroughToTheLaterStages() {
    BlacklistStore broken = new BlacklistFakes.CountingStore(words) {
      @Override
      public ChatBlacklist blacklist(ChatId chat) {
        throw new IllegalStateException("database down");
      }
    };
    AdminCache admins = new AdminCache(telegram, clock);
    BlacklistsModule module = new BlacklistsModule(broken, admins, BOT, (chat, user) -> false,
        new WarnIssuer(warnStore, BOT, chat -> false, clock), clock,
        new Confirmations(new InMemoryConfirmationStore(), clock, new Random(1)));
    List<IncomingMessage> later = new ArrayList<>();
    Dispatcher failing = TestDispatcher.with(module, new BotModule() {
      @Override
      public String name() {
        return "Later";
      }

      @Override
      public void register(Registry registry) {
        registry.filter(Stage.FILTERS, ctx -> {
          later.add(ctx.message());
          return MessageFilter.Verdict.CONTINUE;
        });
      }
    }).bot(BOT).admins(admins).clock(clock).build();

    Effects effects = failing.dispatch(messages.text(CHAT, MEMBER, "spam"));

    assertEquals(List.of(), effects.actions());
    assertEquals(1, later.size());
  }

  @Test
  void captionsAreChecked() {
    blacklist("casino");
    IncomingMessage photo = message(CHAT, Optional.of(MEMBER), Optional.empty(), false, MessageKind.PHOTO,
        "Best Casino in town", List.of());

    assertEquals(List.of(deletes(photo)), moderation(send(photo)));
  }

  @Test
  void theAddressesOfLinksAreChecked() {
    blacklist("casino.example");
    String text = "click here";
    IncomingMessage linked = message(CHAT, Optional.of(MEMBER), Optional.empty(), false, MessageKind.TEXT, text,
        List.of(MessageEntity.textLink(0, 5, "https://CASINO.example/win")));

    assertEquals(List.of(deletes(linked)), moderation(send(linked)));
  }

  @Test
  void aUrlInTheTextIsChecked() {
    blacklist("casino.example");
    String text = "see https://casino.example/win";
    IncomingMessage url = message(CHAT, Optional.of(MEMBER), Optional.empty(), false, MessageKind.TEXT, text,
        List.of(MessageEntity.of(EntityType.URL, 4, text.length() - 4)));

    assertEquals(List.of(deletes(url)), moderation(send(url)));
  }

  @Test
  void aMatchNeverSpansTheTextAndALinkAddress() {
    blacklist("herehttps");
    IncomingMessage linked = message(CHAT, Optional.of(MEMBER), Optional.empty(), false, MessageKind.TEXT, "click here",
        List.of(MessageEntity.textLink(6, 4, "https://example.org")));

    assertEquals(List.of(), moderation(send(linked)));
  }

  @Test
  void editedMessagesAreChecked() {
    blacklist("spam");
    send(MEMBER, "harmless");
    IncomingMessage edited = message(CHAT, Optional.of(MEMBER), Optional.empty(), true, MessageKind.TEXT,
        "harmless spam", List.of());

    assertEquals(List.of(deletes(edited)), moderation(send(edited)));
  }

  @Test
  void anOrdinaryMessagePassesWithoutAnyAction() {
    blacklist("spam");

    Effects effects = send(MEMBER, "hello there");

    assertEquals(List.of(), effects.actions());
    assertEquals(1, reachedFilters.size());
  }

  @Test
  void aDeletedMessageDoesNotReachTheLaterStages() {
    blacklist("spam");

    send(MEMBER, "spam");

    assertEquals(List.of(), reachedFilters);
  }

  @Test
  void privateChatsAreNotChecked() {
    SeenChat pm = new SeenChat(ChatId.of(MEMBER.id().value()), ChatKind.PRIVATE, null, null);
    words.add(pm.id(), List.of(word("spam")));

    assertEquals(List.of(), send(message(pm, Optional.of(MEMBER), Optional.empty(), false, MessageKind.TEXT, "spam",
        List.of())).actions());
  }

  @Test
  void eachChatHasItsOwnList() {
    blacklist("spam");

    IncomingMessage elsewhere = message(OTHER_CHAT, Optional.of(MEMBER), Optional.empty(), false, MessageKind.TEXT,
        "spam", List.of());

    assertEquals(List.of(), send(elsewhere).actions());
  }

  // ------------------------------------------------------------------------------------------------ actions

  private Effects matchWith(BlacklistAction action) {
    blacklist("spam");
    words.setAction(CHAT_ID, action);
    return send(text(MEMBER, "spam"));
  }

  @Test
  void noneOnlyDeletes() {
    Effects effects = matchWith(BlacklistAction.NONE);

    assertEquals(1, effects.actions().size());
    assertInstanceOf(ChatAction.Delete.class, effects.actions().get(0));
    assertEquals(WarnCount.NONE, warnStore.warnsOf(CHAT_ID, MEMBER.id()));
  }

  @Test
  void muteTakesEveryPermissionForGood() {
    Effects effects = matchWith(BlacklistAction.punish(PenaltyMode.MUTE));

    assertEquals(new ChatAction.Restrict(CHAT_ID, MEMBER.id(), ChatPermissions.NOTHING, Optional.empty()),
        moderation(effects).get(1));
    assertEquals("Max <Mustermann> used a blacklisted word and has been muted.", onlyText(effects));
  }

  @Test
  void tmuteMutesUntilNowPlusItsDuration() {
    Effects effects = matchWith(BlacklistAction.punish(PenaltyMode.TMUTE, Duration.ofHours(6)));

    assertEquals(new ChatAction.Restrict(CHAT_ID, MEMBER.id(), ChatPermissions.NOTHING,
        Optional.of(NOW.plus(Duration.ofHours(6)))), moderation(effects).get(1));
    assertEquals("Max <Mustermann> used a blacklisted word and has been muted for 6h.", onlyText(effects));
  }

  @Test
  void kickRemovesTheSender() {
    Effects effects = matchWith(BlacklistAction.punish(PenaltyMode.KICK));

    assertEquals(new ChatAction.Kick(CHAT_ID, MEMBER.id()), moderation(effects).get(1));
    assertEquals("Max <Mustermann> used a blacklisted word and has been kicked.", onlyText(effects));
  }

  @Test
  void banBansForGood() {
    Effects effects = matchWith(BlacklistAction.punish(PenaltyMode.BAN));

    assertEquals(new ChatAction.Ban(CHAT_ID, MEMBER.id(), Optional.empty()), moderation(effects).get(1));
    assertEquals("Max <Mustermann> used a blacklisted word and has been banned.", onlyText(effects));
  }

  @Test
  void tbanBansUntilNowPlusItsDuration() {
    Effects effects = matchWith(BlacklistAction.punish(PenaltyMode.TBAN, Duration.ofDays(2)));

    assertEquals(new ChatAction.Ban(CHAT_ID, MEMBER.id(), Optional.of(NOW.plus(Duration.ofDays(2)))),
        moderation(effects).get(1));
    assertEquals("Max <Mustermann> used a blacklisted word and has been banned for 2d.", onlyText(effects));
  }

  @Test
  void aPunishmentTelegramRefusesIsNotAnnouncedButExplained() {
    Effects effects = matchWith(BlacklistAction.punish(PenaltyMode.BAN));
    List<ChatAction> carriedOut = new ArrayList<>();

    effects.runOn(action -> {
      carriedOut.add(action);
      return action instanceof ChatAction.Ban
          ? new ActionResult.Refused(ActionResult.Refusal.NOT_ENOUGH_RIGHTS, "not enough rights")
          : new ActionResult.Done();
    });

    ChatAction.Send said = (ChatAction.Send) carriedOut.get(2);
    assertEquals("Telegram refused: I don't have the rights to do that here. Check my admin rights.",
        Html.visibleText(said.message().html()));
  }

  @Test
  void aWordsOwnActionWinsOverTheChats() {
    blacklist("spam", "eggs");
    words.setAction(CHAT_ID, BlacklistAction.punish(PenaltyMode.BAN));
    words.setOverride(CHAT_ID, word("spam"), Optional.of(BlacklistAction.punish(PenaltyMode.MUTE)));

    assertInstanceOf(ChatAction.Restrict.class, moderation(send(MEMBER, "spam")).get(1));
    assertInstanceOf(ChatAction.Ban.class, moderation(send(MEMBER, "eggs")).get(1));
  }

  @Test
  void aChannelPostingAWordIsBannedAsAChannel() {
    blacklist("spam");
    words.setAction(CHAT_ID, BlacklistAction.punish(PenaltyMode.TBAN, Duration.ofDays(1)));
    IncomingMessage post = message(CHAT, Optional.of(CHANNEL_BOT), Optional.of(NEWS), false, MessageKind.TEXT, "spam",
        List.of());

    Effects effects = send(post);

    assertEquals(List.of(deletes(post), new ChatAction.BanSenderChat(CHAT_ID, NEWS.id())), moderation(effects));
    assertEquals("The channel @dailynews posted a blacklisted word and has been banned from this chat.",
        onlyText(effects));
  }

  @Test
  void aChannelCannotBeWarnedSoItsPostIsOnlyDeleted() {
    blacklist("spam");
    IncomingMessage post = message(CHAT, Optional.of(CHANNEL_BOT), Optional.of(NEWS), false, MessageKind.TEXT, "spam",
        List.of());

    Effects effects = send(post);

    assertEquals(List.of(deletes(post)), effects.actions());
    assertEquals(WarnCount.NONE, warnStore.warnsOf(CHAT_ID, CHANNEL_BOT.id()));
  }

  // ------------------------------------------------------------------------------------------------ exemptions

  @Test
  void adminsApprovedMembersAnonymousAdminsAndTheLinkedChannelAreExempt() {
    blacklist("spam");
    List<IncomingMessage> exempt = List.of(
        text(ADMIN, "spam"),
        text(OWNER, "spam"),
        text(APPROVED, "spam"),
        message(CHAT, Optional.of(ANONYMOUS), Optional.of(new SeenChannel(CHAT_ID, "Engines", null)), false,
            MessageKind.TEXT, "spam", List.of()),
        message(CHAT, Optional.of(TELEGRAM), Optional.of(LINKED), false, MessageKind.TEXT, "spam", List.of()));

    for (IncomingMessage m : exempt) {
      assertEquals(List.of(), send(m).actions(), () -> "sent by " + m.from());
    }
    assertEquals(exempt.size(), reachedFilters.size());
  }

  @Test
  void nothingHappensWhileTheBotCannotDelete() {
    telegram.admin(BOT.id(), MemberStatus.ADMINISTRATOR, AdminRights.of(Right.RESTRICT_MEMBERS));
    build();
    blacklist("spam");

    assertEquals(List.of(), send(MEMBER, "spam").actions());
    assertEquals(WarnCount.NONE, warnStore.warnsOf(CHAT_ID, MEMBER.id()));
  }

  // ------------------------------------------------------------------------------------------------ the cache

  @Test
  void aChatsListIsReadOnceAndOrdinaryMessagesAskNobody() {
    blacklist("spam");

    send(MEMBER, "hello");
    send(MEMBER, "how are you");
    send(MEMBER, "fine, thanks");

    assertEquals(1, store.loads.get());
    assertEquals(0, telegram.adminLoads.get());
  }

  @Test
  void everyChangeIsSeenByTheNextMessage() {
    send(MEMBER, "spam");
    assertEquals(1, store.loads.get());

    send(ADMIN, "/addblacklist spam");
    IncomingMessage afterAdding = text(MEMBER, "spam");
    assertEquals(List.of(deletes(afterAdding)), moderation(send(afterAdding)));

    send(ADMIN, "/blaction kick");
    assertInstanceOf(ChatAction.Kick.class, moderation(send(MEMBER, "spam")).get(1));

    send(ADMIN, "/rmblacklist spam");
    assertEquals(List.of(), moderation(send(MEMBER, "spam")));
    int loads = store.loads.get();

    send(MEMBER, "spam");
    send(MEMBER, "spam");
    assertEquals(loads, store.loads.get());
  }

  @Test
  void aWordAddedByAnotherProcessIsEnforcedOnceTheDispatcherHearsOfTheChange() {
    assertEquals(List.of(), moderation(send(MEMBER, "spam"))); // the chat's (empty) list is now cached
    words.add(CHAT_ID, List.of(word("spam"))); // the console writes to the same database

    assertEquals(List.of(), moderation(send(MEMBER, "spam")), "still the cached list");
    dispatcher.settingsChanges().chatChanged(CHAT_ID);

    IncomingMessage after = text(MEMBER, "spam");
    assertEquals(List.of(deletes(after)), moderation(send(after)));
  }

  @Test
  void afterMissedChangesEveryChatsListIsReadAgain() {
    send(MEMBER, "spam");
    words.add(CHAT_ID, List.of(word("spam")));

    dispatcher.settingsChanges().everythingChanged();

    IncomingMessage after = text(MEMBER, "spam");
    assertEquals(List.of(deletes(after)), moderation(send(after)));
  }

  @Test
  void aChangeInAnotherChatKeepsThisChatsListCached() {
    send(MEMBER, "hello");

    dispatcher.settingsChanges().chatChanged(OTHER_CHAT.id());
    send(MEMBER, "hello again");

    assertEquals(1, store.loads.get());
  }

  @Test
  void aRepeatedCommandChangesNothingAndSaysNothing() {
    Incoming.Message add = messages.text(CHAT, ADMIN, "/addblacklist spam");
    dispatcher.dispatch(add);

    Effects again = dispatcher.dispatch(add);

    assertEquals(List.of(), again.actions());
    assertEquals(Set.of(word("spam")), Set.copyOf(words.blacklist(CHAT_ID).words()));
    assertEquals(List.of(EventKey.update(add.updateId())), transactions.applied());
  }
}

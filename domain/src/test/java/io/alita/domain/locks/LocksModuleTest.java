package io.alita.domain.locks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.approvals.Approval;
import io.alita.domain.approvals.Approvals;
import io.alita.domain.approvals.ApprovalsModule;
import io.alita.domain.approvals.InMemoryApprovalStore;
import io.alita.domain.bans.UserNames;
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
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.FakeChatQueries;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.permission.Right;
import io.alita.domain.testing.TestDispatcher;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChannel;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Incoming;
import io.alita.domain.update.IncomingMessage;
import io.alita.domain.update.MessageKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Locks driven through a real {@link Dispatcher}: the commands, and what happens to messages in a locked chat. */
class LocksModuleTest {

  private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");
  private static final ChatId CHAT_ID = ChatId.of(-1001234567890L);
  private static final SeenChat CHAT = new SeenChat(CHAT_ID, ChatKind.SUPERGROUP, "Engines", null);
  private static final BotIdentity BOT = new BotIdentity(UserId.of(999), "alita_test_bot");
  private static final SeenUser OWNER = new SeenUser(UserId.of(1), "Olga", null, "olga_owner", false);
  private static final SeenUser ADMIN = new SeenUser(UserId.of(2), "Ada", null, null, false);
  private static final SeenUser MEMBER = new SeenUser(UserId.of(3), "Max", null, null, false);
  private static final SeenUser STRANGER = new SeenUser(UserId.of(4), "Sam", null, null, false);
  private static final SeenUser SPAM_BOT = new SeenUser(UserId.of(4242), "Spammer", null, "spam_bot", true);
  private static final SeenUser TELEGRAM = new SeenUser(UserId.TELEGRAM, "Telegram", null, null, false);
  private static final SeenChannel NEWS = new SeenChannel(ChatId.of(-1009876543210L), "News", "news");

  private final FakeChatQueries telegram = new FakeChatQueries();
  private final InMemoryLockStore store = new InMemoryLockStore();
  private final InMemoryApprovalStore approvalStore = new InMemoryApprovalStore();
  private final InMemoryUpdateTransactions transactions = new InMemoryUpdateTransactions();
  private final List<IncomingMessage> laterStage = new ArrayList<>();
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final TestMessages messages = new TestMessages(clock);
  private Dispatcher dispatcher;

  @BeforeEach
  void chatWithOwnerAdminAndMembers() {
    telegram.admin(OWNER.id(), MemberStatus.CREATOR, AdminRights.ALL);
    telegram.admin(ADMIN.id(), MemberStatus.ADMINISTRATOR, AdminRights.of(Right.DELETE_MESSAGES));
    botMayDeleteAndBan();
    telegram.member(MEMBER.id(), MemberStatus.MEMBER);
    telegram.member(STRANGER.id(), MemberStatus.LEFT);
    AdminCache admins = new AdminCache(telegram, clock);
    Approvals approvals = new Approvals(approvalStore);
    LocksModule locks = new LocksModule(store, approvals::isApproved, admins, telegram, BOT);
    Confirmations confirmations = new Confirmations(new InMemoryConfirmationStore(), clock, new Random(1));
    ApprovalsModule approvalsModule = new ApprovalsModule(approvals, admins, username -> Optional.empty(),
        UserNames.NONE, BOT, clock, confirmations);
    BotModule blacklistsStandIn = new BotModule() {
      @Override
      public String name() {
        return "Later stage";
      }

      @Override
      public void register(Registry registry) {
        registry.filter(Stage.BLACKLISTS, ctx -> {
          laterStage.add(ctx.message());
          return MessageFilter.Verdict.CONTINUE;
        });
      }
    };
    dispatcher = TestDispatcher.with(locks, approvalsModule, confirmations, blacklistsStandIn).bot(BOT).admins(admins)
        .clock(clock).transactions(transactions).build();
  }

  private void botMayDeleteAndBan() {
    telegram.admin(BOT.id(), MemberStatus.ADMINISTRATOR, AdminRights.of(Right.DELETE_MESSAGES, Right.RESTRICT_MEMBERS));
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private IncomingMessage message(SeenUser from, Optional<SeenChannel> senderChat, MessageKind kind, String text,
      List<MessageEntity> entities, boolean edited, boolean forwarded, List<SeenUser> newMembers) {
    TestMessages.Draft m = messages.message(CHAT, from).kind(kind).text(text).entities(entities)
        .newMembers(newMembers.toArray(SeenUser[]::new));
    senderChat.ifPresent(m::senderChat);
    if (forwarded) {
      senderChat.ifPresentOrElse(m::forwardedFrom, m::forwarded);
    }
    return (edited ? m.edited() : m).build();
  }

  private IncomingMessage text(SeenUser from, String text) {
    return message(from, Optional.empty(), MessageKind.TEXT, text, List.of(), false, false, List.of());
  }

  private IncomingMessage link(SeenUser from) {
    return message(from, Optional.empty(), MessageKind.TEXT, "visit example.com",
        List.of(MessageEntity.of(EntityType.URL, 6, 11)), false, false, List.of());
  }

  private IncomingMessage sticker(SeenUser from) {
    return message(from, Optional.empty(), MessageKind.STICKER, "", List.of(), false, false, List.of());
  }

  private Effects send(IncomingMessage message) {
    return dispatcher.dispatch(new Incoming.Message(messages.nextUpdate(), message));
  }

  private Effects command(SeenUser from, String text) {
    return send(text(from, text));
  }

  private void lock(LockType... types) {
    store.set(CHAT_ID, EnumSet.of(types[0], types), true);
  }

  private static List<ChatAction> deletions(Effects effects) {
    return effects.actions().stream().filter(a -> a instanceof ChatAction.Delete).toList();
  }

  private static ChatAction.Delete deletionOf(IncomingMessage message) {
    return ChatAction.Delete.one(CHAT_ID, message.id());
  }

  private static List<OutgoingMessage> sent(Effects effects) {
    return effects.actions().stream().filter(a -> a instanceof ChatAction.Send)
        .map(a -> ((ChatAction.Send) a).message()).toList();
  }

  private static String onlyText(Effects effects) {
    List<OutgoingMessage> messages = sent(effects);
    assertEquals(1, messages.size(), () -> "expected one message in " + effects.actions());
    return Html.visibleText(messages.get(0).html());
  }

  // ------------------------------------------------------------------------------------------------ enforcement

  @Test
  void aMembersLinkInAUrlLockedChatIsDeletedAndGoesNoFurther() {
    lock(LockType.URL);
    IncomingMessage link = link(MEMBER);

    Effects effects = send(link);

    assertEquals(List.of(deletionOf(link)), effects.actions());
    assertEquals(List.of(), laterStage);
  }

  @Test
  void anAdminsLinkStays() {
    lock(LockType.URL);
    IncomingMessage link = link(ADMIN);

    assertEquals(List.of(), send(link).actions());
    assertEquals(List.of(link), laterStage);
  }

  @Test
  void anApprovedMembersLinkStaysUntilTheyAreUnapproved() {
    lock(LockType.URL);
    command(ADMIN, "/approve " + MEMBER.id().value());

    assertEquals(List.of(), deletions(send(link(MEMBER))));

    command(ADMIN, "/unapprove " + MEMBER.id().value());
    IncomingMessage after = link(MEMBER);
    assertEquals(List.of(deletionOf(after)), deletions(send(after)));
  }

  @Test
  void aLockAndAnApprovalMadeByAnotherProcessApplyOnceTheDispatcherHearsOfThem() {
    assertEquals(List.of(), send(sticker(MEMBER)).actions()); // locks and approvals of the chat are now cached
    lock(LockType.STICKER); // written by another process, straight to the store
    assertEquals(List.of(), send(sticker(MEMBER)).actions(), "still the cached locks");

    dispatcher.settingsChanges().chatChanged(CHAT_ID);
    IncomingMessage sticker = sticker(MEMBER);
    assertEquals(List.of(deletionOf(sticker)), send(sticker).actions());

    approvalStore.approve(CHAT_ID, new Approval(MEMBER.id(), "", ADMIN.id(), NOW));
    dispatcher.settingsChanges().chatChanged(CHAT_ID);
    assertEquals(List.of(), send(sticker(MEMBER)).actions(), "approved members are exempt");
  }

  @Test
  void aMessageWithoutALinkStaysInAUrlLockedChat() {
    lock(LockType.URL);

    assertEquals(List.of(), send(text(MEMBER, "no links here")).actions());
  }

  @Test
  void aStickerLockDeletesStickersOnly() {
    lock(LockType.STICKER);
    IncomingMessage sticker = sticker(MEMBER);

    assertEquals(List.of(deletionOf(sticker)), send(sticker).actions());
    assertEquals(List.of(), send(text(MEMBER, "words are fine")).actions());
    assertEquals(List.of(), send(sticker(ADMIN)).actions());
  }

  @Test
  void anRtlLockDeletesArabicScript() {
    lock(LockType.RTL);
    IncomingMessage arabic = text(MEMBER, "مرحبا everyone");

    assertEquals(List.of(deletionOf(arabic)), send(arabic).actions());
    assertEquals(List.of(), send(text(MEMBER, "hello everyone")).actions());
  }

  @Test
  void anEditThatAddsALinkIsDeletedToo() {
    lock(LockType.URL);
    IncomingMessage edited = message(MEMBER, Optional.empty(), MessageKind.TEXT, "now with example.com",
        List.of(MessageEntity.of(EntityType.URL, 9, 11)), true, false, List.of());

    assertEquals(List.of(deletionOf(edited)), send(edited).actions());
  }

  @Test
  void withoutTheRightToDeleteNothingHappens() {
    telegram.admin(BOT.id(), MemberStatus.ADMINISTRATOR, AdminRights.of(Right.RESTRICT_MEMBERS));
    lock(LockType.URL);

    assertEquals(List.of(), send(link(MEMBER)).actions());
  }

  @Test
  void allLocksEveryMessageOfMembers() {
    lock(LockType.ALL);
    IncomingMessage hello = text(MEMBER, "hello");

    assertEquals(List.of(deletionOf(hello)), send(hello).actions());
    assertEquals(List.of(), send(text(ADMIN, "admins may talk")).actions());
  }

  @Test
  void aChannelPostingInTheGroupIsDeletedWhenAnonymousChannelsAreLocked() {
    lock(LockType.ANONCHANNEL);
    SeenUser channelBot = new SeenUser(UserId.of(136817688), "Channel", null, "Channel_Bot", true);
    IncomingMessage post = message(channelBot, Optional.of(NEWS), MessageKind.TEXT, "buy now", List.of(), false, false,
        List.of());
    IncomingMessage automaticForward = message(TELEGRAM, Optional.of(NEWS), MessageKind.TEXT, "new post", List.of(),
        false, true, List.of());

    assertEquals(List.of(deletionOf(post)), send(post).actions());
    // 777000 stands in for admins, but the sender here is the linked channel, which is not exempt
    assertEquals(List.of(deletionOf(automaticForward)), send(automaticForward).actions());
  }

  @Test
  void commentsOfNonMembersAreDeletedAndMembersKeepTheirs() {
    lock(LockType.COMMENTS);
    IncomingMessage fromStranger = text(STRANGER, "first!");
    IncomingMessage automaticForward = message(TELEGRAM, Optional.of(NEWS), MessageKind.TEXT, "new post", List.of(),
        false, true, List.of());

    assertEquals(List.of(deletionOf(fromStranger)), send(fromStranger).actions());
    assertEquals(List.of(), send(text(MEMBER, "nice post")).actions());
    assertEquals(List.of(), send(automaticForward).actions());
  }

  @Test
  void aCommentIsKeptWhenTelegramCannotSayWhetherItsSenderIsAMember() {
    lock(LockType.COMMENTS);
    SeenUser unknown = new SeenUser(UserId.of(77), "Una", null, null, false);

    assertEquals(List.of(), send(text(unknown, "hello")).actions());
  }

  @Test
  void anAnonymousAdminIsExempt() {
    lock(LockType.ALL);
    SeenUser anonymous = new SeenUser(UserId.GROUP_ANONYMOUS_BOT, "Group", null, "GroupAnonymousBot", true);
    IncomingMessage post = message(anonymous, Optional.of(new SeenChannel(CHAT_ID, "Engines", null)),
        MessageKind.TEXT, "announcement", List.of(), false, false, List.of());

    assertEquals(List.of(), send(post).actions());
  }

  @Test
  void aBotAddedByAMemberIsBannedWithANotice() {
    lock(LockType.BOTS);
    IncomingMessage join = message(MEMBER, Optional.empty(), MessageKind.SERVICE, "", List.of(), false, false,
        List.of(SPAM_BOT));

    Effects effects = send(join);

    assertEquals(new ChatAction.Ban(CHAT_ID, SPAM_BOT.id(), Optional.empty()), effects.actions().get(0));
    assertEquals("Only admins may add bots to this chat; I removed @spam_bot.", onlyText(effects));
    assertEquals(List.of(), deletions(effects));
  }

  @Test
  void aBotAddedByAnAdminStays() {
    lock(LockType.BOTS);
    IncomingMessage join = message(ADMIN, Optional.empty(), MessageKind.SERVICE, "", List.of(), false, false,
        List.of(SPAM_BOT));

    assertEquals(List.of(), send(join).actions());
  }

  @Test
  void peopleAddedByAMemberStayWhenOnlyBotsAreLocked() {
    lock(LockType.BOTS);
    IncomingMessage join = message(MEMBER, Optional.empty(), MessageKind.SERVICE, "", List.of(), false, false,
        List.of(STRANGER));

    assertEquals(List.of(), send(join).actions());
  }

  @Test
  void withoutTheRightToBanTheBotStaysAndTheNoticeSaysWhy() {
    telegram.admin(BOT.id(), MemberStatus.ADMINISTRATOR, AdminRights.of(Right.DELETE_MESSAGES));
    lock(LockType.BOTS);
    IncomingMessage join = message(MEMBER, Optional.empty(), MessageKind.SERVICE, "", List.of(), false, false,
        List.of(SPAM_BOT));

    Effects effects = send(join);

    assertEquals(1, effects.actions().size());
    assertEquals("Only admins may add bots to this chat, but I can't remove @spam_bot: I need the right to ban members.",
        onlyText(effects));
  }

  @Test
  void theLocksAreReadOnceAndThenServedFromTheCache() {
    lock(LockType.STICKER);

    send(sticker(MEMBER));
    send(text(MEMBER, "hello"));
    send(sticker(MEMBER));

    assertEquals(1, store.reads());
  }

  @Test
  void approvalsAreReadOnceAndThenServedFromTheCache() {
    lock(LockType.STICKER);

    send(sticker(MEMBER));
    send(sticker(MEMBER));

    assertEquals(1, approvalStore.listReads());
  }

  @Test
  void aChatWithoutLocksNeverAsksWhoIsAnAdmin() {
    send(text(MEMBER, "hello"));
    send(link(MEMBER));

    assertEquals(1, store.reads());
    assertEquals(0, approvalStore.listReads());
  }

  // ------------------------------------------------------------------------------------------------ commands

  @Test
  void lockLocksSeveralTypesAndNamesTheUnknownOnes() {
    Effects effects = command(ADMIN, "/lock sticker Foo url bar");

    assertEquals("Locked: sticker, url. Messages of these kinds from members who are neither admins nor approved"
        + " will be deleted.\nNot lock types: Foo, bar. /locktypes lists every type.", onlyText(effects));
    assertEquals(EnumSet.of(LockType.STICKER, LockType.URL), store.locked(CHAT_ID));
  }

  @Test
  void aNewLockAppliesToTheVeryNextMessage() {
    send(sticker(MEMBER));

    command(ADMIN, "/lock sticker");
    IncomingMessage sticker = sticker(MEMBER);

    assertEquals(List.of(deletionOf(sticker)), send(sticker).actions());
  }

  @Test
  void unlockLetsTheTypeThroughAgain() {
    lock(LockType.STICKER, LockType.GIF);
    send(sticker(MEMBER));

    assertEquals("Unlocked: sticker.", onlyText(command(ADMIN, "/unlock sticker")));

    assertEquals(List.of(), send(sticker(MEMBER)).actions());
    assertEquals(EnumSet.of(LockType.GIF), store.locked(CHAT_ID));
  }

  @Test
  void onlyUnknownTypesLockNothing() {
    assertEquals("Not lock types: stickers. /locktypes lists every type.", onlyText(command(ADMIN, "/lock stickers")));
    assertEquals(List.of(), transactions.applied());
  }

  @Test
  void lockWithoutTypesExplainsItself() {
    assertTrue(onlyText(command(ADMIN, "/lock")).startsWith("Tell me what to lock"));
    assertTrue(onlyText(command(ADMIN, "/unlock")).startsWith("Tell me what to unlock"));
  }

  @Test
  void aMemberCannotLock() {
    assertEquals("You need to be an admin to do this.", onlyText(command(MEMBER, "/lock sticker")));
    assertEquals(java.util.Set.of(), store.locked(CHAT_ID));
  }

  @Test
  void lockingWarnsWhenTheBotCannotDelete() {
    telegram.admin(BOT.id(), MemberStatus.ADMINISTRATOR, AdminRights.of(Right.RESTRICT_MEMBERS));

    assertTrue(onlyText(command(ADMIN, "/lock url")).endsWith(
        "Note: I can't delete messages here yet, so nothing will be removed until I get that right."));
  }

  @Test
  void aRepeatedLockUpdateChangesAndSendsNothing() {
    Incoming.Message lock = messages.text(CHAT, ADMIN, "/lock sticker");

    dispatcher.dispatch(lock);
    Effects again = dispatcher.dispatch(lock);

    assertEquals(List.of(), again.actions());
    assertEquals(List.of(EventKey.update(lock.updateId())), transactions.applied());
  }

  @Test
  void locksShowsWhatIsLocked() {
    assertEquals("Nothing is locked in this chat.", onlyText(command(ADMIN, "/locks")));

    command(ADMIN, "/lock url rtl");

    assertEquals("Locked in this chat: url, rtl.", onlyText(command(ADMIN, "/locks")));
  }

  @Test
  void anyoneMayListTheLockTypes() {
    String types = onlyText(command(MEMBER, "/locktypes"));

    assertEquals("Lock types: sticker, audio, voice, document, video, videonote, contact, photo, gif, url, bots,"
        + " forward, game, location, rtl, anonchannel, messages, comments, media, other, previews, all.", types);
  }
}

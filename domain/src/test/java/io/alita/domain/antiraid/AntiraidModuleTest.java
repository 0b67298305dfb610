package io.alita.domain.antiraid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.action.Effects;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.dispatch.InMemoryUpdateTransactions;
import io.alita.domain.format.Html;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.ChatQueries;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.permission.Right;
import io.alita.domain.testing.MutableClock;
import io.alita.domain.testing.TestDispatcher;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Incoming;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Anti-raid driven through a real {@link Dispatcher}: joins, commands and the button, with a clock moved by hand. */
class AntiraidModuleTest {

  private static final Instant START = Instant.parse("2026-03-04T05:06:07Z");
  private static final ChatId CHAT_ID = ChatId.of(-1001234567890L);
  private static final SeenChat CHAT = new SeenChat(CHAT_ID, ChatKind.SUPERGROUP, "Engines", null);
  private static final BotIdentity BOT = new BotIdentity(UserId.of(999), "alita_test_bot");
  private static final SeenUser ADMIN = new SeenUser(UserId.of(2), "Ada", null, null, false);
  private static final SeenUser MAX = new SeenUser(UserId.of(3), "Max", null, null, false);
  private static final SeenUser APPROVED = new SeenUser(UserId.of(5), "Apu", null, null, false);

  private final MutableClock clock = new MutableClock(START);
  private final InMemoryRaidStore store = new InMemoryRaidStore();
  private final InMemoryUpdateTransactions transactions = new InMemoryUpdateTransactions(clock);
  private final TestMessages messages = new TestMessages(clock);
  private AdminCache admins;
  private Dispatcher dispatcher;

  @BeforeEach
  void chatWithAnAdmin() {
    ChatQueries telegram = new ChatQueries() {
      @Override
      public List<ChatMember> administrators(ChatId chat) {
        return List.of(new ChatMember(ADMIN.id(), MemberStatus.ADMINISTRATOR, AdminRights.of(Right.RESTRICT_MEMBERS),
            true, false, Optional.empty()), new ChatMember(BOT.id(), MemberStatus.ADMINISTRATOR,
            AdminRights.of(Right.RESTRICT_MEMBERS), true, true, Optional.empty()));
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
    admins = new AdminCache(telegram, clock);
    dispatcher = newDispatcher();
  }

  /** A fresh module over the same store, as after a restart. */
  private Dispatcher newDispatcher() {
    AntiraidModule antiraid = new AntiraidModule(store, admins, BOT, (chat, user) -> user.equals(APPROVED.id()),
        clock);
    return TestDispatcher.with(antiraid).bot(BOT).admins(admins).clock(clock).transactions(transactions).build();
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private static SeenUser user(long id) {
    return new SeenUser(UserId.of(id), "User" + id, null, null, false);
  }

  /** The service message of {@code member} joining by link. */
  private Effects joinMessage(SeenUser member) {
    return joinMessage(member, member);
  }

  private Effects joinMessage(SeenUser from, SeenUser member) {
    return dispatcher.dispatch(messages.added(CHAT, from, member));
  }

  /** The {@code chat_member} update of {@code member} joining. */
  private Effects joinUpdate(SeenUser member) {
    return dispatcher.dispatch(messages.memberJoined(CHAT, member));
  }

  private Effects command(SeenUser from, String text) {
    return dispatcher.dispatch(messages.text(CHAT, from, text));
  }

  private Effects press(SeenUser from, String data) {
    return dispatcher.dispatch(messages.press(CHAT, from, MessageId.of(77), data));
  }

  private static List<ChatAction> bans(Effects effects) {
    return effects.actions().stream().filter(a -> a instanceof ChatAction.Ban).toList();
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

  private ChatAction.Ban tempBan(SeenUser member, Duration d) {
    return new ChatAction.Ban(CHAT_ID, member.id(), Optional.of(clock.instant().plus(d)));
  }

  // ------------------------------------------------------------------------------------------------ raids

  @Test
  void withoutARaidJoinersAreLeftAlone() {
    assertTrue(joinMessage(MAX).isEmpty());
    assertTrue(joinUpdate(MAX).isEmpty());
  }

  @Test
  void duringARaidAJoinerIsBannedForTheRaidActionTime() {
    command(ADMIN, "/antiraid on");

    assertEquals(List.of(tempBan(MAX, Duration.ofHours(1))), bans(joinMessage(MAX)));
    assertEquals(List.of(tempBan(user(40), Duration.ofHours(1))), bans(joinUpdate(user(40))));
  }

  @Test
  void aRaidStartedByAnotherProcessBansJoinersOnceTheDispatcherHearsOfIt() {
    assertTrue(joinMessage(MAX).isEmpty()); // the chat's settings (no raid) are now cached
    store.setActiveUntil(CHAT_ID, Optional.of(clock.instant().plus(Duration.ofHours(6))));
    assertTrue(bans(joinMessage(user(42))).isEmpty(), "still the cached settings");

    dispatcher.settingsChanges().chatChanged(CHAT_ID);

    assertEquals(List.of(tempBan(user(43), Duration.ofHours(1))), bans(joinMessage(user(43))));
  }

  @Test
  void oneJoinSeenAsServiceMessageAndAsMemberUpdateIsBannedOnce() {
    command(ADMIN, "/antiraid on");

    assertEquals(1, bans(joinMessage(MAX)).size());
    assertEquals(List.of(), bans(joinUpdate(MAX)));
  }

  @Test
  void adminsApprovedMembersTheBotAndMembersAddedByAnAdminAreNotBanned() {
    command(ADMIN, "/antiraid on");

    assertTrue(joinMessage(ADMIN).isEmpty());
    assertTrue(joinMessage(APPROVED).isEmpty());
    assertTrue(joinMessage(MAX, new SeenUser(BOT.id(), "Alita", null, "alita_test_bot", true)).isEmpty());
    assertTrue(joinMessage(ADMIN, user(41)).isEmpty());
  }

  @Test
  void aRaidActionTimeUnderThirtySecondsBansForThirtyNeverForGood() {
    command(ADMIN, "/raidactiontime 5s");
    command(ADMIN, "/antiraid on");

    assertEquals(List.of(tempBan(MAX, Duration.ofSeconds(30))), bans(joinMessage(MAX)));
  }

  @Test
  void aRaidEndsByItselfAtItsEnd() {
    command(ADMIN, "/antiraid 10m");
    clock.advance(Duration.ofMinutes(10));

    assertTrue(joinMessage(MAX).isEmpty());
    assertTrue(onlyText(command(ADMIN, "/antiraid")).startsWith("Anti-raid is off."));
  }

  @Test
  void aRaidsEndIsATimerThatClearsTheStoredEnd() {
    Effects on = command(ADMIN, "/antiraid 10m");
    Instant end = clock.instant().plus(Duration.ofMinutes(10));

    assertEquals(List.of(new Effects.Scheduled(end, new RaidEnd(CHAT_ID, end))), on.scheduled());
    clock.advance(Duration.ofMinutes(10));
    dispatcher.dispatch(new Incoming.Due(new RaidEnd(CHAT_ID, end)));

    assertEquals(Optional.empty(), store.settings(CHAT_ID).activeUntil());
  }

  @Test
  void theEndOfARaidThatWasMovedChangesNothing() {
    command(ADMIN, "/antiraid 10m");
    Instant firstEnd = clock.instant().plus(Duration.ofMinutes(10));
    command(ADMIN, "/antiraid 1h");

    clock.advance(Duration.ofMinutes(10));
    dispatcher.dispatch(new Incoming.Due(new RaidEnd(CHAT_ID, firstEnd)));

    assertEquals(List.of(tempBan(MAX, Duration.ofHours(1))), bans(joinMessage(MAX)));
  }

  @Test
  void aRestartDoesNotEndARaid() {
    command(ADMIN, "/antiraid on");

    dispatcher = newDispatcher();

    assertEquals(List.of(tempBan(MAX, Duration.ofHours(1))), bans(joinMessage(MAX)));
  }

  @Test
  void theRaidStateIsReadOnceNotOnEveryJoin() {
    command(ADMIN, "/antiraid on");
    joinMessage(user(50));
    int reads = store.reads();

    for (int i = 51; i < 60; i++) {
      joinMessage(user(i));
    }

    assertEquals(reads, store.reads());
  }

  @Test
  void autoAntiraidSwitchesOnAtTheNthJoinWithinAMinuteAndBansThatJoiner() {
    command(ADMIN, "/autoantiraid 3");
    assertTrue(joinMessage(user(60)).isEmpty());
    clock.advance(Duration.ofSeconds(20));
    assertTrue(joinUpdate(user(61)).isEmpty());
    clock.advance(Duration.ofSeconds(20));

    Effects third = joinMessage(user(62));

    assertEquals(List.of(tempBan(user(62), Duration.ofHours(1))), bans(third));
    assertEquals("3 members joined within a minute: anti-raid is on until 2026-03-04 11:06 UTC, and everyone who "
        + "joins is banned for 1h. An admin can end it with /antiraid off.", onlyText(third));
    assertEquals(Optional.of(clock.instant().plus(Duration.ofHours(6))), store.settings(CHAT_ID).activeUntil());
    assertEquals(1, bans(joinMessage(user(63))).size());
  }

  @Test
  void joinsSpreadOverMoreThanAMinuteDoNotTriggerAndDuplicatesCountOnce() {
    command(ADMIN, "/autoantiraid 3");
    joinMessage(user(70));
    joinUpdate(user(70));
    clock.advance(Duration.ofSeconds(45));
    joinMessage(user(71));
    clock.advance(Duration.ofSeconds(30));

    assertTrue(joinMessage(user(72)).isEmpty(), "user 70 joined 75 s ago and no longer counts");
    assertEquals(Optional.empty(), store.settings(CHAT_ID).activeUntil());
  }

  // ------------------------------------------------------------------------------------------------ commands

  @Test
  void antiraidShowsTheStatusWithAnEnableButton() {
    Effects effects = command(ADMIN, "/antiraid");

    assertEquals("Anti-raid is off. /antiraid on switches it on for 6h; while it is on, everyone who joins is banned "
        + "for 1h. Automatic anti-raid is off.", onlyText(effects));
    assertEquals(new Button.Callback("Enable anti-raid", "antiraid|v1|a=on"),
        sent(effects).get(0).keyboard().rows().get(0).get(0));
  }

  @Test
  void antiraidOnLastsTheRaidTimeAndOffEndsIt() {
    command(ADMIN, "/raidtime 2h");
    assertEquals("Anti-raid is on until 2026-03-04 07:06 UTC: everyone who joins is banned for 1h.",
        onlyText(command(ADMIN, "/antiraid on")));
    assertTrue(onlyText(command(ADMIN, "/antiraid on")).startsWith("Anti-raid is already on"));
    Effects status = command(ADMIN, "/antiraid");
    assertEquals(new Button.Callback("Disable anti-raid", "antiraid|v1|a=off"),
        sent(status).get(0).keyboard().rows().get(0).get(0));

    assertEquals("Anti-raid is off: new members can join again.", onlyText(command(ADMIN, "/antiraid off")));
    assertEquals("Anti-raid is not on.", onlyText(command(ADMIN, "/antiraid off")));
    assertTrue(joinMessage(MAX).isEmpty());
  }

  @Test
  void antiraidWithADurationStartsOrMovesTheEnd() {
    command(ADMIN, "/antiraid 30m");
    clock.advance(Duration.ofMinutes(10));

    command(ADMIN, "/antiraid 1h");

    assertEquals(Optional.of(clock.instant().plus(Duration.ofHours(1))), store.settings(CHAT_ID).activeUntil());
  }

  @Test
  void aBareNumberOrAnOverlongDurationIsRefused() {
    assertTrue(onlyText(command(ADMIN, "/antiraid 10")).contains("10"));
    command(ADMIN, "/antiraid 400d");
    command(ADMIN, "/raidtime 10");

    assertEquals(RaidSettings.DEFAULTS, store.settings(CHAT_ID));
  }

  @Test
  void raidtimeRaidactiontimeAndAutoantiraidShowAndSet() {
    assertEquals("/antiraid on switches anti-raid on for 6h. Give a new time like /raidtime 3h.",
        onlyText(command(ADMIN, "/raidtime")));
    assertEquals("From now on, /antiraid on lasts 3h.", onlyText(command(ADMIN, "/raidtime 3h")));
    assertEquals("From now on, everyone who joins during a raid is banned for 30m.",
        onlyText(command(ADMIN, "/raidactiontime 30m")));
    assertEquals("Anti-raid will switch itself on when 15 members join within a minute.",
        onlyText(command(ADMIN, "/autoantiraid 15")));
    assertEquals(new RaidSettings(Duration.ofHours(3), Duration.ofMinutes(30), 15, Optional.empty()),
        store.settings(CHAT_ID));
    assertEquals("Automatic anti-raid is off.", onlyText(command(ADMIN, "/autoantiraid off")));
    assertEquals(0, store.settings(CHAT_ID).autoThreshold());
    assertTrue(onlyText(command(ADMIN, "/autoantiraid lots")).startsWith("Give the number of joins"));
  }

  @Test
  void membersCannotUseTheCommands() {
    command(MAX, "/antiraid on");
    command(MAX, "/autoantiraid 2");

    assertEquals(RaidSettings.DEFAULTS, store.settings(CHAT_ID));
  }

  @Test
  void anAdminPressingEnableStartsARaidAndDisableEndsIt() {
    Effects on = press(ADMIN, "antiraid|v1|a=on");
    assertTrue(store.settings(CHAT_ID).activeAt(clock.instant()));
    ChatAction.Edit edit = on.actions().stream().filter(a -> a instanceof ChatAction.Edit).map(a -> (ChatAction.Edit) a)
        .findFirst().orElseThrow();
    assertEquals(new Button.Callback("Disable anti-raid", "antiraid|v1|a=off"), edit.keyboard().rows().get(0).get(0));

    press(ADMIN, "antiraid|v1|a=off");

    assertEquals(Optional.empty(), store.settings(CHAT_ID).activeUntil());
  }

  @Test
  void aMemberPressingTheButtonChangesNothing() {
    Effects effects = press(MAX, "antiraid|v1|a=on");

    assertEquals(Optional.empty(), store.settings(CHAT_ID).activeUntil());
    assertTrue(effects.actions().stream().anyMatch(a -> a instanceof ChatAction.AnswerButton b && b.alert()));
  }
}

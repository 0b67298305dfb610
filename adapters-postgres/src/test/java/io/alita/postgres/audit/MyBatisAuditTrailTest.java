package io.alita.postgres.audit;

import io.alita.domain.penalty.PenaltyMode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.ChatPermissions;
import io.alita.domain.audit.Actor;
import io.alita.domain.audit.AuditEntry;
import io.alita.domain.audit.ChangeKind;
import io.alita.domain.blacklists.BlacklistAction;
import io.alita.domain.blacklists.BlacklistWord;
import io.alita.domain.captcha.CaptchaTimeout;
import io.alita.domain.confirm.Confirmations;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.dispatch.EventKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.Page;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.ChatQueries;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Incoming;
import io.alita.domain.update.IncomingMessage;
import io.alita.domain.update.UpdateId;
import io.alita.domain.warns.WarnReason;
import io.alita.domain.warns.RulesPresence;
import io.alita.domain.warns.WarnsModule;
import io.alita.postgres.blacklists.MyBatisBlacklistStore;
import io.alita.postgres.captcha.MyBatisCaptchaStore;
import io.alita.postgres.confirm.MyBatisConfirmationStore;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.transaction.MyBatisUpdateTransactions;
import io.alita.postgres.warns.MyBatisWarnStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit log on PostgreSQL: the trigger records console and command changes alike with their actor, door, old and
 * new value, nothing for a change rolled back or one that changes nothing, and {@link MyBatisAuditTrail} reads it
 * back newest first.
 */
class MyBatisAuditTrailTest {

  private static final ChatId CHAT = ChatId.of(-100500);
  private static final ChatId OTHER_CHAT = ChatId.of(-100600);
  private static final SeenChat GROUP = new SeenChat(CHAT, ChatKind.SUPERGROUP, "Engines", null);
  private static final BotIdentity BOT = new BotIdentity(UserId.of(999), "alita_test_bot");
  private static final SeenUser OWNER = new SeenUser(UserId.of(1), "Olga", "Owner", null, false);
  private static final Actor ADA = Actor.console(UserId.of(7), "Ada");

  private static AuditDatabase database;
  private static Sessions sessions;
  private static MyBatisChanges changes;
  private static MyBatisAuditTrail trail;
  private static MyBatisCaptchaStore captcha;
  private static MyBatisBlacklistStore blacklists;
  private static MyBatisWarnStore warns;

  @BeforeAll
  static void migrated() {
    database = new AuditDatabase();
    sessions = database.sessions;
    changes = new MyBatisChanges(sessions);
    trail = new MyBatisAuditTrail(sessions);
    captcha = new MyBatisCaptchaStore(sessions);
    blacklists = new MyBatisBlacklistStore(sessions);
    warns = new MyBatisWarnStore(sessions);
  }

  @BeforeEach
  void empty() {
    database.empty();
  }

  private static void asAda(Runnable change) {
    changes.as(ADA, () -> {
      change.run();
      return null;
    });
  }

  private static List<AuditEntry> entries(ChatId chat) {
    return trail.forChat(chat, 1, 50).items();
  }

  @Test
  void aConsoleChangeIsRecordedWithItsActorAndTheOldAndNewValue() {
    asAda(() -> captcha.setTimeout(CHAT, new CaptchaTimeout(5)));
    asAda(() -> captcha.setTimeout(CHAT, new CaptchaTimeout(7)));

    List<AuditEntry> entries = entries(CHAT);

    assertEquals(2, entries.size());
    AuditEntry update = entries.get(0);
    assertEquals(ADA, update.actor());
    assertEquals(CHAT, update.chat());
    assertEquals("captcha_settings", update.subject());
    assertEquals(ChangeKind.UPDATE, update.change());
    assertEquals(List.of("timeout: 5 -> 7"), update.lines());
    AuditEntry insert = entries.get(1);
    assertEquals(ChangeKind.INSERT, insert.change());
    assertTrue(insert.lines().contains("timeout: — -> 5"), insert::summary);
    assertTrue(insert.lines().contains("captcha_mode: — -> math"), insert::summary);
    assertFalse(insert.fields().stream().anyMatch(f -> List.of("id", "chat_id", "created_at", "updated_at")
        .contains(f.field())), insert::summary);
    assertFalse(update.at().isBefore(insert.at()));
  }

  @Test
  void aCommandIsRecordedAsItsSenderThroughTheDispatcher() {
    ChatQueries telegram = new ChatQueries() {
      @Override
      public List<ChatMember> administrators(ChatId chat) {
        return List.of(ChatMember.of(OWNER.id(), MemberStatus.CREATOR),
            new ChatMember(BOT.id(), MemberStatus.ADMINISTRATOR, AdminRights.ALL, true, true, Optional.empty()));
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
    Clock clock = Clock.systemUTC();
    AdminCache admins = new AdminCache(telegram, clock);
    MyBatisUpdateTransactions transactions = new MyBatisUpdateTransactions(sessions);
    Confirmations confirmations = new Confirmations(new MyBatisConfirmationStore(sessions), clock, new Random(1));
    WarnsModule module = new WarnsModule(warns, admins, telegram, username -> Optional.empty(), BOT,
        RulesPresence.NEVER, clock, confirmations);
    Dispatcher dispatcher = new Dispatcher(List.of(module, confirmations), Dispatcher.Ports.of(BOT, admins,
        (user, level) -> false, chat -> false, Messages.english(), clock, transactions)
        .withAttribution(new MyBatisAttribution(sessions)));

    dispatcher.dispatch(new Incoming.Message(new UpdateId(41), IncomingMessage.text(MessageId.of(10), GROUP, OWNER,
        Instant.now(), "/setwarnlimit 5", List.of(), Optional.empty())));

    AuditEntry entry = entries(CHAT).get(0);
    assertEquals(Actor.command(OWNER.id(), "Olga Owner"), entry.actor());
    assertEquals("warns_settings", entry.subject());
    assertTrue(entry.lines().contains("warn_limit: — -> 5"), entry::summary);
  }

  @Test
  void aChangeRolledBackLeavesNoEntry() {
    assertThrows(IllegalStateException.class, () -> asAda(() -> {
      blacklists.add(CHAT, List.of(new BlacklistWord("spam")));
      throw new IllegalStateException("the form failed half way");
    }));

    assertEquals(0, trail.all(1, 10).total());
  }

  @Test
  void writingTheSameValueAgainIsNoChange() {
    asAda(() -> captcha.setTimeout(CHAT, new CaptchaTimeout(5)));
    asAda(() -> captcha.setTimeout(CHAT, new CaptchaTimeout(5))); // only updated_at moves

    assertEquals(1, entries(CHAT).size());
  }

  @Test
  void theBotsOwnChangesHaveNoActor() {
    warns.addWarn(CHAT, UserId.of(42), new WarnReason("spam"));

    AuditEntry entry = entries(CHAT).get(0);
    assertEquals(Actor.SYSTEM, entry.actor());
    assertEquals("warns_users", entry.subject());
    assertEquals(List.of("num_warns: — -> 1", "reasons: — -> [\"spam\"]", "user_id: — -> 42"), entry.lines());
  }

  @Test
  void anUpdateNamesTheRowItChangedAndADeleteShowsWhatWasThere() {
    asAda(() -> blacklists.add(CHAT, List.of(new BlacklistWord("spam"), new BlacklistWord("eggs"))));
    asAda(() -> blacklists.setOverride(CHAT, new BlacklistWord("spam"),
        Optional.of(BlacklistAction.punish(PenaltyMode.BAN))));
    asAda(() -> blacklists.remove(CHAT, new BlacklistWord("eggs")));

    List<AuditEntry> entries = entries(CHAT);

    assertEquals(ChangeKind.DELETE, entries.get(0).change());
    assertEquals(List.of("word: eggs -> —"), entries.get(0).lines());
    assertEquals(ChangeKind.UPDATE, entries.get(1).change());
    assertEquals(List.of("word: spam", "action: — -> ban"), entries.get(1).lines());
    assertEquals(4, entries.size());
  }

  @Test
  void aWarnGivenByAnAdminIsAttributedToThem() {
    new MyBatisAttribution(sessions).during(Actor.command(OWNER.id(), "Olga Owner"),
        () -> new MyBatisUpdateTransactions(sessions).handle(EventKey.update(new UpdateId(77)), work -> {
          work.write(() -> warns.addWarn(CHAT, UserId.of(42), new WarnReason("spam")));
          return null;
        }));
    warns.addWarn(CHAT, UserId.of(42), new WarnReason("flood")); // the bot's own, e.g. antiflood

    List<AuditEntry> entries = entries(CHAT);

    assertEquals(Actor.SYSTEM, entries.get(0).actor());
    assertEquals(List.of("user_id: 42", "num_warns: 1 -> 2", "reasons: [\"spam\"] -> [\"spam\", \"flood\"]"),
        entries.get(0).lines());
    assertEquals(Actor.command(OWNER.id(), "Olga Owner"), entries.get(1).actor());
  }

  @Test
  void entriesStayWithTheirChatAndFollowItWhenItsIdChanges() {
    asAda(() -> captcha.setEnabled(CHAT, true));
    asAda(() -> captcha.setEnabled(OTHER_CHAT, true));

    database.db.execute("UPDATE chats SET chat_id = -100700 WHERE chat_id = " + CHAT.value());

    assertEquals(0, entries(CHAT).size());
    List<AuditEntry> moved = entries(ChatId.of(-100700));
    assertEquals(1, moved.size(), "the chat id carried along by the migration is no change of its own");
    assertEquals(ChatId.of(-100700), moved.get(0).chat());
    assertEquals(1, entries(OTHER_CHAT).size());
  }

  @Test
  void everyChatsEntriesArePagedNewestFirst() {
    asAda(() -> captcha.setEnabled(CHAT, true));
    asAda(() -> captcha.setEnabled(OTHER_CHAT, true));
    asAda(() -> captcha.setEnabled(CHAT, false));

    Page<AuditEntry> first = trail.all(1, 2);
    Page<AuditEntry> second = trail.all(2, 2);

    assertEquals(3, first.total());
    assertEquals(2, first.pages());
    assertTrue(first.hasNext());
    assertEquals(List.of("enabled: true -> false"), first.items().get(0).lines());
    assertEquals(OTHER_CHAT, first.items().get(1).chat());
    assertEquals(1, second.items().size());
    assertEquals(ChangeKind.INSERT, second.items().get(0).change());
    assertFalse(second.hasNext());
    assertThrows(IllegalArgumentException.class, () -> trail.all(0, 10));
    assertThrows(IllegalArgumentException.class, () -> trail.forChat(CHAT, 1, Page.MAX_SIZE + 1));
  }

  @Test
  void theEntriesOfSomeChatsLeaveTheOthersOut() {
    ChatId third = ChatId.of(-100800);
    asAda(() -> captcha.setEnabled(CHAT, true));
    asAda(() -> captcha.setEnabled(OTHER_CHAT, true));
    asAda(() -> captcha.setEnabled(third, true));
    asAda(() -> captcha.setEnabled(CHAT, false));

    Page<AuditEntry> granted = trail.forChats(Set.of(CHAT, third), 1, 2);

    assertEquals(3, granted.total());
    assertEquals(List.of(CHAT, third), granted.items().stream().map(AuditEntry::chat).toList());
    assertEquals(List.of(CHAT), trail.forChats(Set.of(CHAT, third), 2, 2).items().stream()
        .map(AuditEntry::chat).toList());
    assertEquals(1, trail.forChats(Set.of(OTHER_CHAT), 1, 10).total());
    Page<AuditEntry> none = trail.forChats(Set.of(), 1, 10);
    assertEquals(0, none.total());
    assertTrue(none.items().isEmpty());
    assertThrows(IllegalArgumentException.class, () -> trail.forChats(Set.of(), 0, 10));
  }
}

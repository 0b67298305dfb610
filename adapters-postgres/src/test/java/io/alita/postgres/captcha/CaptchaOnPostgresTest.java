package io.alita.postgres.captcha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.ActionResult;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatActionPort;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.action.Effects;
import io.alita.domain.captcha.CaptchaModule;
import io.alita.domain.captcha.VerifiedListener;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.ChatQueries;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.timer.Timer;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Incoming;
import io.alita.domain.update.MemberChange;
import io.alita.domain.update.UpdateId;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import io.alita.postgres.transaction.MyBatisUpdateTransactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The captcha module on the real store: a member joins and is challenged, the process "restarts" (a new module over
 * the same database), and the recovery fails the captcha that expired while it was down.
 */
class CaptchaOnPostgresTest {

  private static final Instant JOINED = Instant.parse("2026-03-04T05:06:07Z");
  private static final ChatId CHAT_ID = ChatId.of(-100777);
  private static final SeenChat CHAT = new SeenChat(CHAT_ID, ChatKind.SUPERGROUP, "Engines", null);
  private static final BotIdentity BOT = new BotIdentity(UserId.of(999), "alita_test_bot");
  private static final SeenUser ADA = new SeenUser(UserId.of(3), "Ada", null, null, false);

  private static Sessions sessions;
  private static MyBatisCaptchaStore store;

  private final List<ChatAction> done = new ArrayList<>();
  private final ChatActionPort telegram = action -> {
    done.add(action);
    return action instanceof ChatAction.Send || action instanceof ChatAction.SendPhoto
        ? new ActionResult.Sent(MessageId.of(500)) : new ActionResult.Done();
  };
  private final ChatQueries queries = new ChatQueries() {
    @Override
    public List<ChatMember> administrators(ChatId chat) {
      return List.of(ChatMember.of(BOT.id(), MemberStatus.ADMINISTRATOR));
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

  @BeforeAll
  static void migratedDatabase() {
    TestDatabase.Coordinates db = TestDatabase.migrated();
    sessions = new Sessions(MyBatis.sessionFactory(db.dataSource()));
    store = new MyBatisCaptchaStore(sessions);
  }

  private CaptchaModule module(Clock clock) {
    return new CaptchaModule(store, new AdminCache(queries, clock), queries, username -> Optional.empty(), BOT,
        (chat, user) -> false, clock, new Random(1), VerifiedListener.NONE);
  }

  private Dispatcher dispatcher(CaptchaModule module, Clock clock) {
    return new Dispatcher(List.of(module), Dispatcher.Ports.of(BOT, new AdminCache(queries, clock),
        (user, level) -> false, chat -> false, Messages.english(), clock, new MyBatisUpdateTransactions(sessions)));
  }

  @Test
  void aCaptchaPendingAcrossARestartIsResolvedByTheRecovery() {
    Clock beforeRestart = Clock.fixed(JOINED, ZoneOffset.UTC);
    CaptchaModule first = module(beforeRestart);
    store.setEnabled(CHAT_ID, true);
    Dispatcher dispatcher = dispatcher(first, beforeRestart);
    MemberChange join = new MemberChange(CHAT, ADA, ADA, ChatMember.of(ADA.id(), MemberStatus.LEFT),
        ChatMember.of(ADA.id(), MemberStatus.MEMBER), false);

    Effects joined = dispatcher.dispatch(new Incoming.Member(new UpdateId(1), join));
    joined.runOn(telegram);

    assertEquals(new ChatAction.Restrict(CHAT_ID, ADA.id(), ChatPermissions.NOTHING, Optional.empty()), done.get(0));
    assertEquals(Optional.of(MessageId.of(500)), store.attemptOf(CHAT_ID, ADA.id()).orElseThrow().message());
    assertEquals(List.of(JOINED.plus(Duration.ofMinutes(2))),
        joined.scheduled().stream().map(Effects.Scheduled::due).toList());
    done.clear();

    Clock afterRestartClock = Clock.fixed(JOINED.plus(Duration.ofMinutes(5)), ZoneOffset.UTC);
    CaptchaModule afterRestart = module(afterRestartClock);
    Dispatcher restarted = dispatcher(afterRestart, afterRestartClock);
    List<Timer> due = new ArrayList<>();
    CaptchaModule.Recovery recovery = afterRestart.recover((at, timer) -> due.add(timer));
    assertEquals(new CaptchaModule.Recovery(0, 1, 0, 0), recovery);
    for (Timer timer : due) {
      restarted.dispatch(new Incoming.Due(timer)).runOn(telegram); // a timer is an event, keyed t:<its id>
    }

    assertTrue(done.contains(new ChatAction.Kick(CHAT_ID, ADA.id())), done::toString);
    assertTrue(done.contains(ChatAction.Delete.one(CHAT_ID, MessageId.of(500))));
    assertEquals(List.of(), store.attempts());
  }
}

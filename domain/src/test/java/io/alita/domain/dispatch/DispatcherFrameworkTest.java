package io.alita.domain.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.action.Keyboard;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.cache.PerChatCache;
import io.alita.domain.callback.CallbackData;
import io.alita.domain.callback.CallbackNamespace;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.FakeChatQueries;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.permission.Right;
import io.alita.domain.rules.InMemoryRulesStore;
import io.alita.domain.rules.RulesModule;
import io.alita.domain.rules.RulesView;
import io.alita.domain.testing.ManualTimers;
import io.alita.domain.testing.MutableClock;
import io.alita.domain.testing.TestDispatcher;
import io.alita.domain.testing.TestEffects;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.timer.DelayedAction;
import io.alita.domain.timer.Timer;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Incoming;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The framework around the modules: one transaction per event, failures contained to their stage, button gates,
 * timers as events, the module lifecycle and the anonymous admin's proof. Driven with tiny modules that write to an
 * in-memory store whose writes are undone with their transaction, so every test can tell what was committed.
 */
class DispatcherFrameworkTest {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  private static final ChatId GROUP_ID = ChatId.of(-1001234);
  private static final SeenChat GROUP = new SeenChat(GROUP_ID, ChatKind.SUPERGROUP, "Engines", null);
  private static final SeenUser OWNER = new SeenUser(UserId.of(10), "Olga", null, null, false);
  private static final SeenUser ADMIN = new SeenUser(UserId.of(11), "Adam", null, null, false);
  private static final SeenUser MEMBER = new SeenUser(UserId.of(12), "Mia", null, null, false);
  private static final String FAILED = "Something went wrong while doing that; it has been logged.";

  /** A timer of the test module: {@code name} says which handler scheduled it. */
  private record Probe(ChatId chat, String name) implements Timer {
    @Override
    public String id() {
      return "probe:" + name;
    }
  }

  /** A timer no module handles. */
  private record Stray(ChatId chat) implements Timer {
    @Override
    public String id() {
      return "stray";
    }
  }

  private final MutableClock clock = new MutableClock(NOW);
  private final TestMessages messages = new TestMessages(clock);
  private final InMemoryUpdateTransactions transactions = new InMemoryUpdateTransactions(clock);
  private final FakeChatQueries telegram = new FakeChatQueries();
  /** What the monitor was told: the stage of every contained failure. */
  private final List<String> contained = new ArrayList<>();
  /** The test store: lines written inside events, undone when their transaction (or stage) is rolled back. */
  private final List<String> notes = new ArrayList<>();

  @BeforeEach
  void aGroupWithAnOwnerAndAnAdmin() {
    telegram.admin(OWNER.id(), MemberStatus.CREATOR, AdminRights.ALL);
    telegram.admin(ADMIN.id(), MemberStatus.ADMINISTRATOR, AdminRights.of(Right.RESTRICT_MEMBERS));
    telegram.admin(TestDispatcher.BOT.id(), MemberStatus.ADMINISTRATOR, AdminRights.ALL);
    telegram.member(MEMBER.id(), MemberStatus.MEMBER);
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private static BotModule module(String name, Consumer<Registry> registration) {
    return new BotModule() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void register(Registry registry) {
        registration.accept(registry);
      }
    };
  }

  private TestDispatcher bot(BotModule... modules) {
    return TestDispatcher.with(modules).telegram(telegram).clock(clock).transactions(transactions)
        .monitor((stage, failure) -> contained.add(stage));
  }

  private Dispatcher dispatcher(BotModule... modules) {
    return bot(modules).build();
  }

  /** A write of {@code line} to the test store, inside the event's transaction. */
  private void note(HandlingContext ctx, String line) {
    ctx.write(() -> {
      notes.add(line);
      transactions.enlist(() -> notes.remove(notes.size() - 1));
    });
  }

  private static void say(HandlingContext ctx, ChatId chat, String text) {
    ctx.act(new ChatAction.Send(OutgoingMessage.to(chat, text)));
  }

  /** A filter at {@code stage} that writes and says its name, schedules a probe, and then does {@code then}. */
  private BotModule writingFilter(Stage stage, Runnable then) {
    String name = stage.name().toLowerCase(Locale.ROOT);
    return module("Filter " + name, r -> r.filter(stage, ctx -> {
      note(ctx, name);
      say(ctx, ctx.chat(), name);
      ctx.later(NOW.plusSeconds(60), new Probe(ctx.chat(), name));
      then.run();
      return MessageFilter.Verdict.CONTINUE;
    }));
  }

  private static Runnable fails(RuntimeException e) {
    return () -> {
      throw e;
    };
  }

  private static final Runnable NOTHING = () -> { };

  /** {@code /note}: writes "command" and confirms, for anyone. */
  private BotModule noteCommand(Gate gate) {
    return module("Notes", r -> r.command(CommandSpec.of("note", gate, ctx -> {
      note(ctx, "command by " + ctx.actor().firstName());
      ctx.replyHtml("noted", Keyboard.NONE);
    }).forAnonymousAdmins()));
  }

  private static List<String> said(Effects effects) {
    return TestEffects.texts(effects);
  }

  private Incoming.Message text(SeenUser from, String text) {
    return messages.text(GROUP, from, text);
  }

  // ------------------------------------------------------------------------------------------------ one transaction

  @Test
  void anEventThatOnlyReadsOpensNoTransaction() {
    int[] loads = {0};
    PerChatCache<String> cached = new PerChatCache<>(chat -> {
      loads[0]++;
      return "settings";
    });
    BotModule reader = module("Reader", r -> r.filter(Stage.LOCKS, ctx -> {
      cached.get(ctx.chat());
      return MessageFilter.Verdict.CONTINUE;
    }));
    InMemoryRulesStore rules = new InMemoryRulesStore();
    Dispatcher dispatcher = dispatcher(reader, new RulesModule(rules, new RulesView(TestDispatcher.BOT, new Random(1))));

    dispatcher.dispatch(text(MEMBER, "hello"));
    Effects rulesShown = dispatcher.dispatch(text(MEMBER, "/rules"));

    assertEquals(List.of("This chat has no rules yet. An admin can set them with /setrules."), said(rulesShown));
    assertEquals(1, loads[0], "the filter's settings come from its cache");
    assertEquals(0, transactions.opened());
    assertEquals(List.of(), transactions.applied());
  }

  @Test
  void theWritesOfACommandAndAFilterCommitInOneTransactionUnderTheUpdatesKey() {
    Dispatcher dispatcher = dispatcher(noteCommand(Gate.ANYONE), writingFilter(Stage.FILTERS, NOTHING));
    Incoming.Message command = text(MEMBER, "/note");

    Effects effects = dispatcher.dispatch(command);

    assertEquals(List.of("noted", "filters"), said(effects));
    assertEquals(List.of("command by Mia", "filters"), notes);
    assertEquals(1, transactions.opened());
    assertEquals(List.of(EventKey.update(command.updateId())), transactions.applied());
  }

  @Test
  void aRedeliveredUpdateLeadsToNothingAndWritesNothing() {
    Dispatcher dispatcher = dispatcher(noteCommand(Gate.ANYONE), writingFilter(Stage.FILTERS, NOTHING));
    Incoming.Message command = text(MEMBER, "/note");
    dispatcher.dispatch(command);

    Outcome again = dispatcher.handle(command);

    assertSame(Outcome.REPEAT, again);
    assertTrue(dispatcher.dispatch(command).isEmpty());
    assertEquals(List.of("command by Mia", "filters"), notes);
    assertEquals(List.of(EventKey.update(command.updateId())), transactions.applied());
  }

  @Test
  void afterCommitHooksRunOnceTheEventCommittedAndNotForAFailedStage() {
    List<String> hooks = new ArrayList<>();
    BotModule module = module("Hooks", r -> {
      r.filter(Stage.LOCKS, ctx -> {
        note(ctx, "locks");
        ctx.afterCommit(() -> hooks.add("locks"));
        throw new IllegalStateException("locks bug");
      });
      r.filter(Stage.FILTERS, ctx -> {
        note(ctx, "filters");
        ctx.afterCommit(() -> hooks.add("filters"));
        return MessageFilter.Verdict.CONTINUE;
      });
    });

    dispatcher(module).dispatch(text(MEMBER, "hello"));

    assertEquals(List.of("filters"), hooks);
    assertEquals(List.of("filters"), notes);
  }

  // ------------------------------------------------------------------------------------------------ contained failures

  @Test
  void aFailingFilterIsUndoneAloneAndTheLaterStagesStillRun() {
    Dispatcher dispatcher = dispatcher(noteCommand(Gate.ANYONE),
        writingFilter(Stage.LOCKS, fails(new IllegalStateException("locks bug"))), writingFilter(Stage.FILTERS, NOTHING));
    Incoming.Message command = text(MEMBER, "/note");

    Effects effects = dispatcher.dispatch(command);

    assertEquals(List.of("noted", "filters"), said(effects), "the failed filter's notice is dropped");
    assertEquals(List.of("command by Mia", "filters"), notes, "the earlier stage's write stays, the failed one's goes");
    assertEquals(List.of(new Probe(GROUP_ID, "filters")), effects.scheduled().stream().map(Effects.Scheduled::timer)
        .toList(), "the failed filter's timer is dropped");
    assertEquals(List.of("locks"), contained);
    assertEquals(List.of(EventKey.update(command.updateId())), transactions.applied());
  }

  @Test
  void aFailingFirstWriterLeavesTheKeyFreeForTheNextStage() {
    Dispatcher dispatcher = dispatcher(writingFilter(Stage.LOCKS, fails(new IllegalStateException("locks bug"))),
        writingFilter(Stage.FILTERS, NOTHING));
    Incoming.Message message = text(MEMBER, "hello");

    dispatcher.dispatch(message);

    assertEquals(List.of("filters"), notes);
    assertEquals(List.of(EventKey.update(message.updateId())), transactions.applied());
  }

  @Test
  void aFailingObserverDoesNotStopTheMessage() {
    BotModule observer = module("Observer", r -> r.observe(m -> {
      throw new IllegalStateException("observer bug");
    }));
    Dispatcher dispatcher = dispatcher(observer, writingFilter(Stage.FILTERS, NOTHING));

    Effects effects = dispatcher.dispatch(text(MEMBER, "hello"));

    assertEquals(List.of("filters"), said(effects));
    assertEquals(List.of("filters"), notes);
    assertEquals(List.of("observer"), contained);
  }

  @Test
  void aFailingMemberListenerIsUndoneAndTheNextListenerStillRuns() {
    BotModule listeners = module("Listeners", r -> {
      r.onMember(ctx -> {
        note(ctx, "first");
        say(ctx, ctx.chat(), "first");
        throw new IllegalStateException("listener bug");
      });
      r.onMember(ctx -> {
        note(ctx, "second");
        say(ctx, ctx.chat(), "second");
      });
    });

    Effects effects = dispatcher(listeners).dispatch(messages.memberJoined(GROUP, MEMBER));

    assertEquals(List.of("second"), said(effects));
    assertEquals(List.of("second"), notes);
    assertEquals(List.of("member"), contained);
  }

  @Test
  void aFailingJoinRequestListenerIsUndoneAndTheNextStillRuns() {
    BotModule listeners = module("Joins", r -> {
      r.onJoinRequest(ctx -> {
        note(ctx, "first");
        ctx.act(new ChatAction.DeclineJoinRequest(ctx.chat(), ctx.request().user().id()));
        throw new IllegalStateException("join bug");
      });
      r.onJoinRequest(ctx -> ctx.act(new ChatAction.ApproveJoinRequest(ctx.chat(), ctx.request().user().id())));
    });

    Effects effects = dispatcher(listeners).dispatch(messages.joinRequest(GROUP, MEMBER));

    assertEquals(List.of(new ChatAction.ApproveJoinRequest(GROUP_ID, MEMBER.id())), effects.actions());
    assertEquals(List.of(), notes);
    assertEquals(List.of("join"), contained);
  }

  @Test
  void aFailingCommandIsAnsweredWithAnApologyAndItsWritesAreUndone() {
    BotModule boom = module("Boom", r -> r.command(CommandSpec.of("boom", Gate.ANYONE, ctx -> {
      note(ctx, "boom");
      ctx.replyHtml("half done", Keyboard.NONE);
      throw new IllegalStateException("command bug");
    })));
    Dispatcher dispatcher = dispatcher(boom, writingFilter(Stage.FILTERS, NOTHING));

    Effects effects = dispatcher.dispatch(text(MEMBER, "/boom"));

    assertEquals(List.of(FAILED, "filters"), said(effects));
    assertEquals(List.of("filters"), notes);
    assertEquals(List.of("command"), contained);
  }

  @Test
  void aFailingButtonIsAnsweredOnceWithTheApology() {
    BotModule button = module("Button", r -> r.button(CallbackNamespace.ABOUT, ctx -> {
      ctx.answer(Dispatcher.ANON_PROVEN, false);
      note(ctx, "pressed");
      throw new IllegalStateException("button bug");
    }));

    Effects effects = dispatcher(button).dispatch(press(MEMBER, CallbackData.of(CallbackNamespace.ABOUT).encode()));

    ChatAction.AnswerButton answer = TestEffects.onlyAnswer(effects);
    assertEquals(FAILED, answer.text());
    assertTrue(answer.alert());
    assertEquals(List.of(), notes);
    assertEquals(List.of("button"), contained);
  }

  @Test
  void aFailingTimerHandlerIsUndone() {
    BotModule timers = module("Timers", r -> r.onTimer(Probe.class, ctx -> {
      note(ctx, "timer");
      say(ctx, ctx.chat(), "timer");
      throw new IllegalStateException("timer bug");
    }));

    Effects effects = dispatcher(timers).dispatch(new Incoming.Due(new Probe(GROUP_ID, "t")));

    assertTrue(effects.isEmpty());
    assertEquals(List.of(), notes);
    assertEquals(List.of("timer"), contained);
  }

  // ------------------------------------------------------------------------------------------------ the event fails

  @Test
  void anUnreachableDatabaseInAnyStageFailsTheWholeEventWithNothingCommitted() {
    StoreUnavailable down = new StoreUnavailable("connection refused", null);
    Dispatcher dispatcher = dispatcher(noteCommand(Gate.ANYONE), writingFilter(Stage.FILTERS, fails(down)));
    Incoming.Message command = text(MEMBER, "/note");

    Outcome outcome = dispatcher.handle(command);

    assertEquals(new Outcome.Unavailable(down), outcome);
    assertEquals(List.of(), notes, "the command's write is rolled back with the rest");
    assertEquals(List.of(), transactions.applied());
    assertEquals(List.of(), contained, "not a handler's failure");
    assertSame(down, assertThrows(StoreUnavailable.class, () -> dispatcher.dispatch(command)));
  }

  @Test
  void anUnreachableDatabaseFailsTheEventFromObserversListenersButtonsAndTimersToo() {
    StoreUnavailable down = new StoreUnavailable("pool exhausted", null);
    BotModule everywhere = module("Down", r -> {
      r.observe(m -> {
        throw down;
      });
      r.onMember(ctx -> {
        throw down;
      });
      r.button(CallbackNamespace.ABOUT, ctx -> {
        throw down;
      });
      r.onTimer(Probe.class, ctx -> {
        throw down;
      });
    });
    Dispatcher dispatcher = dispatcher(everywhere);

    assertInstanceOf(Outcome.Unavailable.class, dispatcher.handle(text(MEMBER, "hello")));
    assertInstanceOf(Outcome.Unavailable.class, dispatcher.handle(messages.memberJoined(GROUP, MEMBER)));
    assertInstanceOf(Outcome.Unavailable.class,
        dispatcher.handle(press(MEMBER, CallbackData.of(CallbackNamespace.ABOUT).encode())));
    assertInstanceOf(Outcome.Unavailable.class, dispatcher.handle(new Incoming.Due(new Probe(GROUP_ID, "t"))));
  }

  @Test
  void anEventThatCouldNotCommitFailsWithNothingCommitted() {
    IllegalStateException commitFailed = new IllegalStateException("could not serialize access");
    UpdateTransactions failingCommit = new UpdateTransactions() {
      @Override
      public <T> T handle(EventKey key, Function<UnitOfWork, T> handling) {
        return transactions.handle(key, work -> {
          handling.apply(work);
          throw commitFailed;
        });
      }

      @Override
      public int forgetBefore(Instant before) {
        return transactions.forgetBefore(before);
      }
    };
    Dispatcher dispatcher = bot(noteCommand(Gate.ANYONE)).transactions(failingCommit).build();
    Incoming.Message command = text(MEMBER, "/note");

    Outcome outcome = dispatcher.handle(command);

    assertEquals(new Outcome.Failed(commitFailed), outcome);
    assertEquals(List.of(), notes);
    assertEquals(List.of(), transactions.applied());
    assertSame(commitFailed, assertThrows(IllegalStateException.class, () -> dispatcher.dispatch(command)));
  }

  // ------------------------------------------------------------------------------------------------ button gates

  @Test
  void aButtonWhoseGateDeniesThePresserIsAnsweredWithTheDenialAndItsHandlerDoesNotRun() {
    List<String> pressed = new ArrayList<>();
    BotModule gated = module("Gated", r -> r.button(CallbackNamespace.ABOUT, Gate.GROUP_ADMIN,
        ctx -> pressed.add(ctx.press().from().firstName())));
    Dispatcher dispatcher = dispatcher(gated);
    String data = CallbackData.of(CallbackNamespace.ABOUT).encode();

    Effects byMember = dispatcher.dispatch(press(MEMBER, data));
    dispatcher.dispatch(press(ADMIN, data));

    ChatAction.AnswerButton denial = TestEffects.onlyAnswer(byMember);
    assertEquals("You need to be an admin to do this.", denial.text());
    assertTrue(denial.alert());
    assertEquals(List.of("Adam"), pressed);
  }

  // ------------------------------------------------------------------------------------------------ timers

  @Test
  void aDueTimerReachesTheHandlerOfItsTypeAsAnEventOfItsOwn() {
    List<String> fired = new ArrayList<>();
    BotModule timers = module("Timers", r -> r.onTimer(Probe.class, ctx -> {
      fired.add(ctx.timer().name() + " in " + ctx.chat() + " as " + ctx.key());
      note(ctx, "timer");
    }));
    Probe timer = new Probe(GROUP_ID, "reminder");

    dispatcher(timers).dispatch(new Incoming.Due(timer));

    assertEquals(List.of("reminder in " + GROUP_ID + " as t:probe:reminder"), fired);
    assertEquals(List.of(EventKey.timer(timer)), transactions.applied());
  }

  @Test
  void aDelayedActionBecomesItsAction() {
    Effects effects = dispatcher().dispatch(new Incoming.Due(DelayedAction.delete(GROUP_ID, MessageId.of(5))));

    assertEquals(List.of(ChatAction.Delete.one(GROUP_ID, MessageId.of(5))), effects.actions());
    assertEquals(0, transactions.opened());
  }

  @Test
  void aTimerNoModuleHandlesIsDropped() {
    Effects effects = dispatcher().dispatch(new Incoming.Due(new Stray(GROUP_ID)));

    assertTrue(effects.isEmpty());
    assertEquals(List.of(), contained);
  }

  @Test
  void laterSchedulesTheTimerOnceTheEventIsCarriedOut() {
    Effects effects = dispatcher(writingFilter(Stage.FILTERS, NOTHING)).dispatch(text(MEMBER, "hello"));

    assertEquals(List.of(new Effects.Scheduled(NOW.plusSeconds(60), new Probe(GROUP_ID, "filters"))),
        effects.scheduled());
  }

  @Test
  void aModuleMayOwnATimerTypeOnlyOnce() {
    BotModule one = module("One", r -> r.onTimer(Probe.class, ctx -> { }));
    BotModule two = module("Two", r -> r.onTimer(Probe.class, ctx -> { }));
    BotModule delayed = module("Delayed", r -> r.onTimer(DelayedAction.class, ctx -> { }));

    assertThrows(IllegalStateException.class, () -> dispatcher(one, two));
    assertThrows(IllegalStateException.class, () -> dispatcher(delayed));
  }

  // ------------------------------------------------------------------------------------------------ lifecycle

  @Test
  void startHooksRunInModuleOrderAndOneFailingDoesNotStopTheOthers() {
    List<String> started = new ArrayList<>();
    ManualTimers timers = new ManualTimers();
    Dispatcher dispatcher = dispatcher(
        module("A", r -> r.onStart(t -> {
          started.add("A");
          t.schedule(NOW, new Probe(GROUP_ID, "recovered"));
        })),
        module("B", r -> r.onStart(t -> {
          started.add("B");
          throw new IllegalStateException("B could not recover");
        })),
        module("C", r -> r.onStart(t -> started.add("C"))));

    int failed = dispatcher.lifecycle().start(timers);

    assertEquals(List.of("A", "B", "C"), started);
    assertEquals(1, failed);
    assertEquals(List.of(new Probe(GROUP_ID, "recovered")), timers.waiting().stream()
        .map(ManualTimers.Waiting::timer).toList());
  }

  @Test
  void periodicJobsAreListedWithTheirModuleAndPeriod() {
    List<String> ran = new ArrayList<>();
    Dispatcher dispatcher = dispatcher(
        module("Flusher", r -> r.every(Duration.ofSeconds(5), t -> ran.add("flush"))),
        module("Sweeper", r -> r.every(Duration.ofMinutes(5), t -> {
          throw new IllegalStateException("sweep failed");
        })));

    List<Lifecycle.Job> jobs = dispatcher.lifecycle().jobs();
    jobs.forEach(job -> job.runOnce(new ManualTimers()));

    assertEquals(List.of("Dispatcher PT1H", "Flusher PT5S", "Sweeper PT5M"),
        jobs.stream().map(j -> j.module() + " " + j.period()).toList());
    assertEquals(List.of("flush"), ran, "a failing job is logged and tried again next period");
  }

  @Test
  void theDispatchersOwnJobForgetsKeysOlderThanTwoDays() {
    Dispatcher dispatcher = dispatcher(noteCommand(Gate.ANYONE));
    Incoming.Message command = text(MEMBER, "/note");
    dispatcher.dispatch(command);
    Lifecycle.Job forget = dispatcher.lifecycle().jobs().get(0);

    clock.advance(Dispatcher.REMEMBER_KEYS.minusMinutes(1));
    forget.runOnce(new ManualTimers());
    assertTrue(dispatcher.dispatch(command).isEmpty(), "still remembered");
    clock.advance(Duration.ofMinutes(2));
    forget.runOnce(new ManualTimers());

    assertFalse(dispatcher.dispatch(command).isEmpty(), "forgotten: Telegram no longer redelivers it");
  }

  @Test
  void stopHooksRunInModuleOrderAndOneFailingDoesNotStopTheOthers() {
    List<String> stopped = new ArrayList<>();
    Dispatcher dispatcher = dispatcher(
        module("A", r -> r.onStop(() -> {
          stopped.add("A");
          throw new IllegalStateException("A could not flush");
        })),
        module("B", r -> r.onStop(() -> stopped.add("B"))));

    dispatcher.lifecycle().stop();

    assertEquals(List.of("A", "B"), stopped);
  }

  // ------------------------------------------------------------------------------------------------ anonymous admins

  private Incoming.Message anonymously(String text) {
    return messages.messageFromAnonymousAdmin(GROUP).text(text).incoming();
  }

  private Incoming.Button press(SeenUser from, String data) {
    return messages.press(GROUP, from, MessageId.of(500), data);
  }

  @Test
  void theProvenCommandRunsAsPartOfThePressUnderItsKey() {
    Dispatcher dispatcher = dispatcher(noteCommand(Gate.GROUP_ADMIN));
    Incoming.Message command = anonymously("/note");
    Effects prompt = dispatcher.dispatch(command);
    assertEquals(List.of(), notes, "nothing runs before the proof");
    assertEquals(0, transactions.opened());

    Incoming.Button proof = press(ADMIN, TestEffects.buttons(prompt).get(0).data());
    Effects proven = dispatcher.dispatch(proof);

    assertEquals(List.of("command by Adam"), notes);
    assertEquals(List.of(EventKey.update(proof.updateId())), transactions.applied());
    assertTrue(proven.actions().contains(new ChatAction.Send(
        OutgoingMessage.replyTo(GROUP_ID, command.message().id(), "noted"))), "the reply answers the command");
    assertTrue(proven.actions().contains(ChatAction.Delete.one(GROUP_ID, MessageId.of(500))), "the prompt goes");
  }

  @Test
  void aProofRetriedAfterTheDatabaseWasUnreachableStillRunsTheCommand() {
    boolean[] down = {true};
    BotModule flaky = module("Flaky", r -> r.command(CommandSpec.of("note", Gate.GROUP_ADMIN, ctx -> {
      if (down[0]) {
        throw new StoreUnavailable("connection reset", null);
      }
      note(ctx, "command by " + ctx.actor().firstName());
    }).forAnonymousAdmins()));
    Dispatcher dispatcher = dispatcher(flaky);
    Incoming.Button proof = press(ADMIN, TestEffects.buttons(dispatcher.dispatch(anonymously("/note"))).get(0).data());

    assertInstanceOf(Outcome.Unavailable.class, dispatcher.handle(proof));
    down[0] = false;
    Outcome retried = dispatcher.handle(proof);

    assertInstanceOf(Outcome.Handled.class, retried);
    assertEquals(List.of("command by Adam"), notes);
  }
}

package io.alita.app.sandbox;

import io.alita.app.BotAssembly;
import io.alita.domain.devs.ChatSummary;
import io.alita.domain.action.Effects;
import io.alita.domain.devs.KnownChatsPort;
import io.alita.domain.dispatch.DispatchMonitor;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.dispatch.UpdateTransactions;
import io.alita.domain.timer.DelayedAction;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.sandbox.Persona;
import io.alita.domain.sandbox.Sandbox;
import io.alita.domain.sandbox.SandboxReport;
import io.alita.domain.sandbox.SandboxRequest;
import io.alita.domain.sandbox.SandboxResult;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Incoming;
import io.alita.domain.update.IncomingMessage;
import io.alita.domain.update.MemberChange;
import io.alita.domain.update.UpdateId;
import io.alita.postgres.mybatis.Sessions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Sandbox} with the worker's own modules ({@link BotAssembly}): each simulation assembles a fresh set around
 * ports that carry nothing out, feeds it the updates Telegram would deliver (the join of a new member, then each
 * message), and writes down every action the modules decide on.
 *
 * <p>Everything that touches the database runs in one transaction that is always rolled back
 * ({@link Sessions#rolledBack}): the chat's real settings are read, and what the simulation changes (a warn count, a
 * captcha) is seen by the simulation alone and then discarded; each event's writes join that transaction. Nothing
 * reaches Telegram either: there is no client behind {@link RecordingActions}, timers and delayed actions are only
 * written down, and the activity tracker's store is {@link UnrecordedSightings}.
 *
 * <p>Thread-safe: a simulation shares no state with another; each runs on its caller's thread with its own
 * transaction, modules and caches.
 */
public final class SandboxSimulator implements Sandbox {

  /**
   * The simulated member: an id above 2^52, which no Telegram account has (Telegram's ids fit in 52 bits), so no
   * real member's warns or approval can be mistaken for theirs.
   */
  public static final SeenUser SIMULATED_USER =
      new SeenUser(UserId.of((1L << 52) + 1), "Sandbox", "User", null, false);

  /**
   * The bot as the sandbox knows it. A console process has no {@code getMe} to ask, and the bot's identity shows only
   * in texts (links to its private chat) and in {@code /command@username}: commands typed without a username, or
   * {@code @sandbox_bot}, are the bot's.
   */
  public static final BotIdentity PLACEHOLDER_BOT = new BotIdentity(UserId.of(1L << 52), "sandbox_bot");

  private static final Logger LOG = LoggerFactory.getLogger(SandboxSimulator.class);

  private final Sessions sessions;
  private final UpdateTransactions transactions;
  private final BotAssembly assembly;
  private final BotIdentity bot;
  private final Clock clock;
  private final KnownChatsPort chats;
  private final Messages messages = Messages.english();

  /**
   * @param sessions the sessions {@code assembly}'s stores use: the simulation's transaction is theirs
   * @param transactions the events' units of work, which join the simulation's transaction
   * @param chats the chats the bot has seen (only those can be simulated)
   * @param assembly the worker's assembly (the same modules and stores); each simulation assembles it anew
   * @param bot who the bot is; {@link #PLACEHOLDER_BOT} in a console process
   * @param clock the time of each simulation
   */
  public SandboxSimulator(Sessions sessions, UpdateTransactions transactions, KnownChatsPort chats,
      BotAssembly assembly, BotIdentity bot, Clock clock) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.chats = Objects.requireNonNull(chats, "chats");
    this.assembly = Objects.requireNonNull(assembly, "assembly");
    this.bot = Objects.requireNonNull(bot, "bot");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public SandboxResult simulate(SandboxRequest request) {
    Objects.requireNonNull(request, "request");
    Optional<String> problem = request.problem(messages);
    if (problem.isPresent()) {
      return new SandboxResult.Rejected(problem.get());
    }
    try {
      return sessions.rolledBack(() -> run(request));
    } catch (RuntimeException e) {
      LOG.warn("Sandbox: simulating in chat {} failed", request.chat(), e);
      return SandboxReport.failed(messages);
    }
  }

  private SandboxResult run(SandboxRequest request) {
    Optional<ChatSummary> known = chats.chat(request.chat());
    if (known.isEmpty()) {
      return SandboxReport.unknownChat(messages, request.chat());
    }
    if (!known.get().kind().hasMembers()) {
      return SandboxReport.notAGroup(messages, request.chat(), known.get().kind());
    }
    SeenChat chat = new SeenChat(request.chat(), known.get().kind(), known.get().title().orElse(null),
        known.get().username().orElse(null));
    // One instant for the whole simulation: the messages come in quick succession, and a mute "until" that instant
    // plus 10 minutes reads back as exactly 10m.
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    int messageCount = request.writes() ? request.repeat() : 0;
    SandboxReport report = new SandboxReport(messages, SIMULATED_USER, bot.id(), messageCount, now);
    RecordingActions actions = new RecordingActions(report);
    Dispatcher dispatcher = assembly.at(Clock.fixed(now, ZoneOffset.UTC)).assemble(
        new BotAssembly.Ports(bot, new SimulatedChatQueries(bot.id(), SIMULATED_USER.id(), request.persona()),
            new UnrecordedSightings(), transactions, DispatchMonitor.NONE)).dispatcher();
    UpdateIds updates = new UpdateIds();

    if (request.persona() == Persona.NEW_MEMBER) {
      report.joins();
      MemberChange joined = new MemberChange(chat, SIMULATED_USER, SIMULATED_USER,
          ChatMember.of(SIMULATED_USER.id(), MemberStatus.LEFT), ChatMember.of(SIMULATED_USER.id(), MemberStatus.MEMBER),
          false);
      carryOut(dispatcher.dispatch(new Incoming.Member(updates.next(), joined)), actions, report, now);
    }
    for (int number = 1; number <= messageCount; number++) {
      if (!report.memberCanWrite()) {
        report.stopBefore(messageCount - number + 1);
        break;
      }
      MessageId id = MessageId.of(number);
      report.writes(number, id, request.text());
      IncomingMessage message = IncomingMessage.text(id, chat, SIMULATED_USER, now, request.text(),
          TypedEntities.of(request.text()), Optional.empty());
      carryOut(dispatcher.dispatch(new Incoming.Message(updates.next(), message)), actions, report, now);
    }
    return report.result();
  }

  /** Writes down the actions (as if carried out) and the timers the modules set, in that order. */
  private static void carryOut(Effects effects, RecordingActions actions, SandboxReport report, Instant now) {
    effects.runOn(actions);
    for (Effects.Scheduled s : effects.scheduled()) {
      Duration in = Duration.between(now, s.due());
      if (s.timer() instanceof DelayedAction delayed) {
        report.scheduled(in, delayed.action());
      } else {
        report.timerSet(in);
      }
    }
  }

  /** Update ids no real update has: Telegram's are positive, these are negative, from a random start. */
  private static final class UpdateIds {
    private long next = -ThreadLocalRandom.current().nextLong(1L << 40, 1L << 62);

    UpdateId next() {
      return new UpdateId(next--);
    }
  }
}

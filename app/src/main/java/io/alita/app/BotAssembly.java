package io.alita.app;

import io.alita.domain.action.ChatActionPort;
import io.alita.domain.admin.AdminModule;
import io.alita.domain.antiflood.AntifloodModule;
import io.alita.domain.antiraid.AntiraidModule;
import io.alita.domain.approvals.Approvals;
import io.alita.domain.approvals.ApprovalsModule;
import io.alita.domain.bans.BansModule;
import io.alita.domain.bans.UserNames;
import io.alita.domain.blacklists.BlacklistsModule;
import io.alita.domain.captcha.CaptchaModule;
import io.alita.domain.captcha.CaptchaTimers;
import io.alita.domain.captcha.VerifiedListener;
import io.alita.domain.console.ConsoleLinkModule;
import io.alita.domain.console.ConsoleLogin;
import io.alita.domain.devs.BotTeam;
import io.alita.domain.devs.DevsModule;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.help.HelpModule;
import io.alita.domain.help.HelpTopics;
import io.alita.domain.i18n.Messages;
import io.alita.domain.locks.LocksModule;
import io.alita.domain.misc.MiscModule;
import io.alita.domain.model.UserId;
import io.alita.domain.mutes.MutesModule;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.ChatQueries;
import io.alita.domain.purges.ActionScheduler;
import io.alita.domain.purges.PurgeMarks;
import io.alita.domain.purges.PurgesModule;
import io.alita.domain.rules.PrivateRules;
import io.alita.domain.rules.RulesModule;
import io.alita.domain.rules.RulesStore;
import io.alita.domain.rules.RulesView;
import io.alita.domain.target.TargetExtractor;
import io.alita.domain.target.UserDirectory;
import io.alita.domain.tracking.ActivityTracker;
import io.alita.domain.tracking.SeenStore;
import io.alita.domain.tracking.TrackingModule;
import io.alita.domain.warns.WarnIssuer;
import io.alita.domain.warns.WarnsModule;
import io.alita.postgres.admin.MyBatisAdminSettingsStore;
import io.alita.postgres.admin.MyBatisUserNames;
import io.alita.postgres.antiflood.MyBatisFloodSettingsStore;
import io.alita.postgres.antiraid.MyBatisRaidStore;
import io.alita.postgres.approvals.MyBatisApprovalStore;
import io.alita.postgres.audit.MyBatisAttribution;
import io.alita.postgres.blacklists.MyBatisBlacklistStore;
import io.alita.postgres.captcha.MyBatisCaptchaStore;
import io.alita.postgres.devs.MyBatisBotStats;
import io.alita.postgres.devs.MyBatisKnownChats;
import io.alita.postgres.devs.MyBatisTeamStore;
import io.alita.postgres.locks.MyBatisLockStore;
import io.alita.postgres.misc.MyBatisUserProfiles;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.rules.MyBatisRulesStore;
import io.alita.postgres.transaction.MyBatisUpdateTransactions;
import io.alita.postgres.warns.MyBatisWarnStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every bot module, wired to its PostgreSQL stores around one {@link Dispatcher}: the one place that says which
 * modules the bot has, in which order, and with which rules. The worker assembles it once with Telegram behind the
 * ports; the console's sandbox assembles a fresh one per simulation with ports that carry nothing out. Both get the
 * same modules, so what the sandbox shows is what the worker would do.
 *
 * <p>The stores take part in the thread's transaction when there is one ({@link Sessions}): that is how the sandbox
 * reads a chat's real settings and throws away every write.
 */
public final class BotAssembly {

  /**
   * What the assembly needs from the process around it.
   *
   * @param bot who the bot is (its id is never acted on; its username addresses commands and builds links)
   * @param actions carries out what captcha timers and recovery decide outside an update
   * @param queries what Telegram knows: admins, members, default permissions
   * @param seen where the activity tracker writes, on its flush and for leaves and upgrades
   * @param timers runs captcha timeouts and the ends of captcha mutes
   * @param later carries out delayed actions (self-deleting notices of the purges module)
   */
  public record Ports(BotIdentity bot, ChatActionPort actions, ChatQueries queries, SeenStore seen,
      CaptchaTimers timers, ActionScheduler later) {
    public Ports {
      Objects.requireNonNull(bot, "bot");
      Objects.requireNonNull(actions, "actions");
      Objects.requireNonNull(queries, "queries");
      Objects.requireNonNull(seen, "seen");
      Objects.requireNonNull(timers, "timers");
      Objects.requireNonNull(later, "later");
    }
  }

  /**
   * One assembled bot.
   *
   * @param captcha for the worker's startup recovery and periodic sweep
   * @param tracker for the worker's periodic flush
   * @param transactions for the worker's pruning of processed update ids
   * @param moduleNames in dispatch order, for the startup notice
   */
  public record Assembled(Dispatcher dispatcher, CaptchaModule captcha, ActivityTracker tracker,
      MyBatisUpdateTransactions transactions, List<String> moduleNames) {}

  private final Sessions sessions;
  private final UserDirectory directory;
  private final UserId owner;
  private final ConsoleLogin consoleLogin;
  private final String consoleUrl;
  private final Clock clock;

  /**
   * @param directory resolves {@code @username} targets
   * @param owner {@code OWNER_ID}, the top of the bot's team; without one nobody is the owner
   * @param consoleLogin issues the console's one-time links ({@code /console})
   * @param consoleUrl the console's public address, without a trailing slash
   * @param clock the time the rules see
   */
  public BotAssembly(Sessions sessions, UserDirectory directory, Optional<UserId> owner, ConsoleLogin consoleLogin,
      String consoleUrl, Clock clock) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.directory = Objects.requireNonNull(directory, "directory");
    // 0 is nobody's id: without OWNER_ID no user passes an owner check
    this.owner = Objects.requireNonNull(owner, "owner").orElse(UserId.of(0));
    this.consoleLogin = Objects.requireNonNull(consoleLogin, "consoleLogin");
    this.consoleUrl = Objects.requireNonNull(consoleUrl, "consoleUrl");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** This assembly with the rules seeing {@code other} (the sandbox fixes the time of each simulation). */
  public BotAssembly at(Clock other) {
    return new BotAssembly(sessions, directory, Optional.of(owner), consoleLogin, consoleUrl, other);
  }

  /** A new set of modules, with fresh caches and in-memory state, around one dispatcher. */
  public Assembled assemble(Ports ports) {
    BotIdentity bot = ports.bot();
    ChatActionPort actions = ports.actions();
    ChatQueries queries = ports.queries();
    Messages messages = Messages.english();
    AdminCache admins = new AdminCache(queries, clock);
    MyBatisUpdateTransactions transactions = new MyBatisUpdateTransactions(sessions);
    ActivityTracker tracker = new ActivityTracker(ports.seen(), clock);
    MyBatisAdminSettingsStore adminSettings = new MyBatisAdminSettingsStore(sessions);
    MyBatisTeamStore teamStore = new MyBatisTeamStore(sessions);
    BotTeam team = new BotTeam(owner, teamStore);
    RulesStore rules = new MyBatisRulesStore(sessions);
    RulesView rulesView = new RulesView(bot, new SecureRandom());
    UserNames names = new MyBatisUserNames(sessions);
    TargetExtractor targets = new TargetExtractor(directory);

    Approvals approvals = new Approvals(new MyBatisApprovalStore(sessions));
    CaptchaModule captcha = new CaptchaModule(new MyBatisCaptchaStore(sessions), transactions, admins, queries,
        directory, bot, approvals::isApproved, ports.timers(), actions, messages, clock, new SecureRandom(),
        VerifiedListener.NONE);

    List<BotModule> modules = new ArrayList<>();
    modules.add(new TrackingModule(tracker));
    modules.add(new AdminModule(admins, queries, bot, directory, names, adminSettings, transactions));
    modules.add(new BansModule(directory, admins, queries, bot, names, clock));
    modules.add(new MutesModule(directory, admins, queries, bot, names, clock));
    modules.add(new PurgesModule(new PurgeMarks(clock), ports.later()));
    modules.add(new MiscModule(targets, new MyBatisUserProfiles(sessions), team, clock));
    modules.add(new DevsModule(team, teamStore, transactions, targets, new MyBatisBotStats(sessions),
        new MyBatisKnownChats(sessions), clock));
    modules.add(new RulesModule(rules, transactions, rulesView));
    modules.add(new ApprovalsModule(approvals, transactions, admins, directory, names, bot, clock, captcha::release));
    modules.add(new AntifloodModule(new MyBatisFloodSettingsStore(sessions), transactions, admins, bot,
        approvals::isApproved, messages, clock));
    modules.add(new AntiraidModule(new MyBatisRaidStore(sessions), transactions, admins, bot, approvals::isApproved,
        messages, clock));
    modules.add(captcha);
    modules.add(new LocksModule(new MyBatisLockStore(sessions), approvals::isApproved, transactions, admins, queries,
        bot, messages));
    MyBatisWarnStore warnStore = new MyBatisWarnStore(sessions);
    modules.add(new WarnsModule(warnStore, transactions, admins, queries, directory, bot,
        chat -> rules.find(chat).hasRules(), clock));
    modules.add(new BlacklistsModule(new MyBatisBlacklistStore(sessions), transactions, admins, bot,
        approvals::isApproved,
        new WarnIssuer(warnStore, transactions, bot, chat -> rules.find(chat).hasRules(), clock), clock));
    modules.add(new ConsoleLinkModule(consoleLogin, transactions, consoleUrl));
    List<BotModule> listed = List.copyOf(modules);
    modules.add(new HelpModule(new HelpTopics(() -> listed), new PrivateRules(rules, rulesView), bot));
    // Commands and buttons are audited under whoever sent or pressed them (see docs/decisions/0013).
    Dispatcher dispatcher = new Dispatcher(modules, bot, admins, team, adminSettings, messages, clock,
        new MyBatisAttribution(sessions));
    return new Assembled(dispatcher, captcha, tracker, transactions,
        modules.stream().map(BotModule::name).toList());
  }
}

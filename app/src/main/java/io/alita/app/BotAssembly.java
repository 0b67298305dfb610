package io.alita.app;

import io.alita.domain.cache.CacheLimits;
import io.alita.domain.admin.AdminModule;
import io.alita.domain.antiflood.AntifloodModule;
import io.alita.domain.antiraid.AntiraidModule;
import io.alita.domain.approvals.Approvals;
import io.alita.domain.approvals.ApprovalsModule;
import io.alita.domain.backup.BackupCommands;
import io.alita.domain.backup.ChatBackups;
import io.alita.domain.backup.FileDownloads;
import io.alita.domain.bans.BansModule;
import io.alita.domain.blacklists.BlacklistsModule;
import io.alita.domain.captcha.CaptchaModule;
import io.alita.domain.confirm.Confirmations;
import io.alita.domain.connections.ConnectionsModule;
import io.alita.domain.content.ContentSender;
import io.alita.domain.console.ConsoleLinkModule;
import io.alita.domain.console.ConsoleLogin;
import io.alita.domain.content.ContentSender;
import io.alita.domain.devs.BotTeam;
import io.alita.domain.devs.DevsModule;
import io.alita.domain.disabling.DisablingModule;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.DispatchMonitor;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.dispatch.UpdateTransactions;
import io.alita.domain.greetings.Greeter;
import io.alita.domain.greetings.GreetingsEdit;
import io.alita.domain.greetings.GreetingsModule;
import io.alita.domain.filters.FiltersModule;
import io.alita.domain.help.FormattingModule;
import io.alita.domain.help.HelpModule;
import io.alita.domain.help.HelpTopics;
import io.alita.domain.i18n.Messages;
import io.alita.domain.locks.LocksModule;
import io.alita.domain.misc.MiscModule;
import io.alita.domain.misc.TranslationPort;
import io.alita.domain.model.UserId;
import io.alita.domain.mutes.MutesModule;
import io.alita.domain.notes.NotesModule;
import io.alita.domain.pins.PinsModule;
import io.alita.domain.reactions.ReactionsModule;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.ChatQueries;
import io.alita.domain.purges.PurgeMarks;
import io.alita.domain.purges.PurgesModule;
import io.alita.domain.reports.ReportsModule;
import io.alita.domain.rules.PrivateRules;
import io.alita.domain.rules.RulesModule;
import io.alita.domain.rules.RulesView;
import io.alita.domain.target.TargetExtractor;
import io.alita.domain.tracking.ActivityTracker;
import io.alita.domain.tracking.SeenStore;
import io.alita.domain.tracking.TrackingModule;
import io.alita.domain.warns.WarnIssuer;
import io.alita.domain.warns.WarnsModule;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every bot module, wired to the process's PostgreSQL stores around one {@link Dispatcher}: the one place that says
 * which modules the bot has, in which order, and with which rules. The worker assembles it once with Telegram behind the
 * ports; the console's sandbox assembles a fresh one per simulation with ports that carry nothing out. Both get the
 * same modules and the same stores, so what the sandbox shows is what the worker would do.
 *
 * <p>The stores take part in the thread's transaction when there is one: that is how the sandbox reads a chat's real
 * settings and throws away every write. Modules carry nothing out themselves: what they decide is data
 * ({@code Effects}), and their timers and lifecycle are run by whoever drives the dispatcher.
 */
public final class BotAssembly {

  /**
   * What the assembly needs from the process around it.
   *
   * @param bot who the bot is (its id is never acted on; its username addresses commands and builds links)
   * @param queries what Telegram knows: admins, members, default permissions
   * @param seen where the activity tracker writes, on its flush and for leaves and upgrades
   * @param transactions each event's unit of work (the worker's records processed events; the sandbox's joins its
   *     rolled-back transaction)
   * @param monitor told of every contained handler failure
   */
  public record Ports(BotIdentity bot, ChatQueries queries, SeenStore seen, UpdateTransactions transactions,
      DispatchMonitor monitor) {
    public Ports {
      Objects.requireNonNull(bot, "bot");
      Objects.requireNonNull(queries, "queries");
      Objects.requireNonNull(seen, "seen");
      Objects.requireNonNull(transactions, "transactions");
      Objects.requireNonNull(monitor, "monitor");
    }
  }

  /**
   * One assembled bot.
   *
   * @param moduleNames in dispatch order, for the startup notice
   */
  public record Assembled(Dispatcher dispatcher, List<String> moduleNames) {}

  private final Stores stores;
  private final UserId owner;
  private final ConsoleLogin consoleLogin;
  private final String consoleUrl;
  private final Clock clock;
  private final TranslationPort translation;
  private final FileDownloads downloads;
  private final CacheLimits cacheLimits;

  /**
   * @param owner {@code OWNER_ID}, the top of the bot's team; without one nobody is the owner
   * @param consoleLogin issues the console's one-time links ({@code /console})
   * @param consoleUrl the console's public address, without a trailing slash
   * @param clock the time the rules see
   */
  public BotAssembly(Stores stores, Optional<UserId> owner, ConsoleLogin consoleLogin, String consoleUrl,
      Clock clock) {
    this(stores, Objects.requireNonNull(owner, "owner").orElse(UserId.of(0)), consoleLogin, consoleUrl, clock,
        TranslationPort.NOT_CONFIGURED, FileDownloads.NONE, CacheLimits.DEFAULT);
  }

  private BotAssembly(Stores stores, UserId owner, ConsoleLogin consoleLogin, String consoleUrl, Clock clock,
      TranslationPort translation, FileDownloads downloads, CacheLimits cacheLimits) {
    this.cacheLimits = Objects.requireNonNull(cacheLimits, "cacheLimits");
    this.stores = Objects.requireNonNull(stores, "stores");
    // 0 is nobody's id: without OWNER_ID no user passes an owner check
    this.owner = owner;
    this.consoleLogin = Objects.requireNonNull(consoleLogin, "consoleLogin");
    this.consoleUrl = Objects.requireNonNull(consoleUrl, "consoleUrl");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.translation = Objects.requireNonNull(translation, "translation");
    this.downloads = Objects.requireNonNull(downloads, "downloads");
  }

  /** This assembly with the rules seeing {@code other} (the sandbox fixes the time of each simulation). */
  public BotAssembly at(Clock other) {
    return new BotAssembly(stores, owner, consoleLogin, consoleUrl, other, translation, downloads, cacheLimits);
  }

  /** This assembly with {@code /tr} asking {@code port}; without, {@code /tr} says translation is not configured. */
  public BotAssembly translatingWith(TranslationPort port) {
    return new BotAssembly(stores, owner, consoleLogin, consoleUrl, clock, port, downloads, cacheLimits);
  }

  /**
   * This assembly with {@code /import} downloading files through {@code port}; without, every download is refused
   * (the sandbox downloads nothing).
   */
  public BotAssembly downloadingWith(FileDownloads port) {
    return new BotAssembly(stores, owner, consoleLogin, consoleUrl, clock, translation, port, cacheLimits);
  }

  /** This assembly with every per-chat settings cache bounded by {@code limits} ({@code SETTINGS_CACHE_*}). */
  public BotAssembly limitingCaches(CacheLimits limits) {
    return new BotAssembly(stores, owner, consoleLogin, consoleUrl, clock, translation, downloads, limits);
  }

  /** A new set of modules, with fresh caches and in-memory state, around one dispatcher. */
  public Assembled assemble(Ports ports) {
    BotIdentity bot = ports.bot();
    ChatQueries queries = ports.queries();
    Messages messages = Messages.english();
    AdminCache admins = new AdminCache(queries, clock);
    ActivityTracker tracker = new ActivityTracker(ports.seen(), clock);
    BotTeam team = new BotTeam(owner, stores.team());
    RulesView rulesView = new RulesView(bot, new SecureRandom());
    TargetExtractor targets = new TargetExtractor(stores.directory());
    Confirmations confirmations = new Confirmations(stores.confirmations(), clock, new SecureRandom());
    // One sender for every stored reply (notes, filters, greetings): {rules} resolves through the chat's rules.
    ContentSender content = new ContentSender(rulesView.rulesButtons(stores.rules()), new SecureRandom());

    Approvals approvals = stores.approvedLists();
    // Captcha tells the greeter when a member solved it; Greetings asks captcha whether a joiner will be challenged.
    Greeter greeter = new Greeter(stores.greetings(), content);
    CaptchaModule captcha = new CaptchaModule(stores.captcha(), admins, queries, stores.directory(), bot,
        approvals::isApproved, clock, new SecureRandom(), greeter);

    List<BotModule> modules = new ArrayList<>();
    modules.add(new TrackingModule(tracker));
    modules.add(new AdminModule(admins, queries, bot, stores.directory(), stores.userNames(), stores.adminSettings()));
    modules.add(new BansModule(stores.directory(), admins, queries, bot, stores.userNames(), clock));
    modules.add(new MutesModule(stores.directory(), admins, queries, bot, stores.userNames(), clock));
    modules.add(new PurgesModule(new PurgeMarks(clock), clock));
    modules.add(new MiscModule(targets, stores.userProfiles(), team, clock, translation));
    modules.add(new DevsModule(team, stores.team(), targets, stores.botStats(), stores.knownChats(), clock));
    modules.add(new ReportsModule(stores.reports(), admins, bot, clock));
    modules.add(new RulesModule(stores.rules(), rulesView));
    modules.add(new ApprovalsModule(approvals, admins, stores.directory(), stores.userNames(), bot, clock,
        confirmations, captcha::release));
    modules.add(new AntifloodModule(stores.flood(), admins, bot, approvals::isApproved, clock));
    AntiraidModule antiraid = new AntiraidModule(stores.raids(), admins, bot, approvals::isApproved, clock);
    modules.add(antiraid);
    modules.add(captcha);
    modules.add(new GreetingsModule(greeter, new GreetingsEdit(stores.greetings(), content, messages),
        content,
        (chat, member) -> captcha.challenges(chat, member) || antiraid.bansJoiner(chat, member.id()), admins, bot,
        clock));
    modules.add(new LocksModule(stores.locks(), approvals::isApproved, admins, queries, bot));
    modules.add(new WarnsModule(stores.warns(), admins, queries, stores.directory(), bot,
        chat -> stores.rules().find(chat).hasRules(), clock, confirmations));
    modules.add(new BlacklistsModule(stores.blacklists(), admins, bot, approvals::isApproved,
        new WarnIssuer(stores.warns(), bot, chat -> stores.rules().find(chat).hasRules(), clock), clock,
        confirmations));
    NotesModule notes = new NotesModule(stores.notes(), admins, bot, content, confirmations);
    modules.add(notes);
    modules.add(new ConsoleLinkModule(consoleLogin, consoleUrl));
    modules.add(new DisablingModule(stores.disabling()));
    // Connection-aware commands sent in private act on the group the user connected to (docs/decisions/0025).
    ConnectionsModule connections = new ConnectionsModule(stores.connections(), queries, admins, bot);
    modules.add(connections);
    // Reactions before filters (the original's handler groups 8 and 9), the linked channel's posts after them (10).
    modules.add(new ReactionsModule(stores.reactions(), bot, confirmations));
    modules.add(new FiltersModule(stores.filters(), admins, bot, content, confirmations));
    modules.add(new PinsModule(stores.pins(), queries, content, confirmations));
    modules.add(new FormattingModule());
    // /export, /import, /reset (docs/decisions/0039); their questions are the confirm dialog's, registered below.
    modules.add(new BackupCommands(new ChatBackups(stores.backups(), clock), stores.backupCooldowns(), downloads, clock,
        confirmations));
    // Every event is answered in its chat's language: a group's, or in private the user's (docs/decisions/0035).
    modules.add(new io.alita.domain.languages.LanguagesModule(stores.languages(), admins));
    modules.add(confirmations);
    List<BotModule> listed = List.copyOf(modules);
    modules.add(new HelpModule(new HelpTopics(() -> listed), new PrivateRules(stores.rules(), rulesView),
        notes.privateNotes(), bot, connections::connectFromLink));
    // Commands and buttons are audited under whoever sent or pressed them (see docs/decisions/0013).
    Dispatcher dispatcher = new Dispatcher(modules, Dispatcher.Ports.of(bot, admins, team, stores.adminSettings(),
        messages, clock, ports.transactions()).withAttribution(stores.attribution()).withMonitor(ports.monitor())
        .withCacheLimits(cacheLimits));
    return new Assembled(dispatcher, modules.stream().map(BotModule::name).toList());
  }
}

package io.alita.web.chats;

import io.alita.domain.languages.GroupLanguageChange;

import io.alita.domain.antiflood.FloodSettingsChange;
import io.alita.domain.antiflood.FloodSettingsStore;
import io.alita.domain.antiraid.RaidSettingsChange;
import io.alita.domain.antiraid.RaidStore;
import io.alita.domain.audit.Changes;
import io.alita.domain.bans.UserNames;
import io.alita.domain.console.ChatDirectory;
import io.alita.domain.disabling.DisableChange;
import io.alita.domain.disabling.DisableStore;
import io.alita.domain.locks.LockChange;
import io.alita.domain.locks.LockStore;
import io.alita.domain.pins.PinSwitchChange;
import io.alita.domain.pins.PinsStore;
import io.alita.domain.reports.ReportSettingsChange;
import io.alita.domain.reports.ReportStore;
import io.alita.web.Guard;
import io.alita.web.PageGroup;
import io.javalin.config.JavalinConfig;
import java.util.Objects;

/**
 * The console's locks, antiflood, anti-raid, pins, reports and disabled-commands pages of a chat
 * ({@code /chats/{id}/locks}, {@code /antiflood}, {@code /antiraid}, {@code /pins}, {@code /reports}, {@code /disabling}, {@code /language}). Their own page group beside {@link ChatPages}, with the same guard, lookup and notices: every change goes through
 * {@link LockChange} (the use case of /lock and /unlock) or {@link FloodSettingsChange} (/setflood, /setfloodmode,
 * /delflood), {@link PinSwitchChange} (/antichannelpin, /cleanlinked), {@link ReportSettingsChange} (/reports) or
 * {@link DisableChange} (/disable, /enable, /disabledel) or {@link RaidSettingsChange} (/raidtime, /raidactiontime,
 * /autoantiraid) or {@link GroupLanguageChange} (/lang), committed as the signed-in user, so it is audited and the worker hears of it (the tables' NOTIFY).
 */
public final class ProtectionPages implements PageGroup {

  /**
   * What the pages need.
   *
   * @param changes commits a change as the signed-in user
   * @param lockChange the use case of /lock and /unlock
   * @param floodChange the use case of /setflood, /setfloodmode and /delflood
   * @param locks read to show what is locked
   * @param flood read to show the antiflood settings
   * @param pinChange the use case of /antichannelpin and /cleanlinked
   * @param pins read to show the pin switches
   * @param reportChange the use case of /reports on|off and block|unblock
   * @param reports read to show whether reports are on and who is blocked
   * @param names how blocked members are named
   * @param disableChange the use case of /disable, /enable and /disabledel
   * @param disabled read to show the disabled commands
   * @param raidChange the use case of /raidtime, /raidactiontime and /autoantiraid
   * @param raids read to show the anti-raid settings
   * @param languageChange the use case of /lang in a group
   */
  public record Ports(ChatDirectory directory, Changes changes, LockChange lockChange,
      FloodSettingsChange floodChange, PinSwitchChange pinChange, LockStore locks, FloodSettingsStore flood,
      PinsStore pins, ReportSettingsChange reportChange, ReportStore reports, UserNames names,
      DisableChange disableChange, DisableStore disabled, RaidSettingsChange raidChange, RaidStore raids,
      GroupLanguageChange languageChange) {
    public Ports {
      Objects.requireNonNull(languageChange, "languageChange");
      Objects.requireNonNull(directory, "directory");
      Objects.requireNonNull(changes, "changes");
      Objects.requireNonNull(lockChange, "lockChange");
      Objects.requireNonNull(floodChange, "floodChange");
      Objects.requireNonNull(locks, "locks");
      Objects.requireNonNull(flood, "flood");
      Objects.requireNonNull(pinChange, "pinChange");
      Objects.requireNonNull(pins, "pins");
      Objects.requireNonNull(reportChange, "reportChange");
      Objects.requireNonNull(reports, "reports");
      Objects.requireNonNull(names, "names");
      Objects.requireNonNull(disableChange, "disableChange");
      Objects.requireNonNull(disabled, "disabled");
      Objects.requireNonNull(raidChange, "raidChange");
      Objects.requireNonNull(raids, "raids");
    }
  }

  private final Ports ports;
  private final boolean https;

  /** @param https the console is served over HTTPS (its one-shot notice cookie is then {@code Secure}) */
  public ProtectionPages(Ports ports, boolean https) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.https = https;
  }

  @Override
  public void register(JavalinConfig cfg, Guard guard) {
    ChatLookup lookup = new ChatLookup(ports.directory(), ports.changes(), guard);
    Notice notice = new Notice(https);
    LocksPage locks = new LocksPage(ports, lookup, notice);
    AntifloodPage antiflood = new AntifloodPage(ports, lookup, notice);
    cfg.routes.get("/chats/{id}/locks", guard.chatViewer(locks::show));
    cfg.routes.post("/chats/{id}/locks", guard.form(locks::submit));
    cfg.routes.get("/chats/{id}/antiflood", guard.chatViewer(antiflood::show));
    cfg.routes.post("/chats/{id}/antiflood", guard.form(antiflood::submit));
    PinsPage pins = new PinsPage(ports, lookup, notice);
    cfg.routes.get("/chats/{id}/pins", guard.chatViewer(pins::show));
    cfg.routes.post("/chats/{id}/pins", guard.form(pins::submit));
    ReportsPage reports = new ReportsPage(ports, lookup, notice);
    cfg.routes.get("/chats/{id}/reports", guard.chatViewer(reports::show));
    cfg.routes.post("/chats/{id}/reports", guard.form(reports::submit));
    cfg.routes.post("/chats/{id}/reports/unblock", guard.form(reports::unblock));
    DisablingPage disabling = new DisablingPage(ports, lookup, notice);
    cfg.routes.get("/chats/{id}/disabling", guard.chatViewer(disabling::show));
    cfg.routes.post("/chats/{id}/disabling", guard.form(disabling::submit));
    AntiraidPage antiraid = new AntiraidPage(ports, lookup, notice);
    cfg.routes.get("/chats/{id}/antiraid", guard.chatViewer(antiraid::show));
    cfg.routes.post("/chats/{id}/antiraid", guard.form(antiraid::submit));
    LanguagePage language = new LanguagePage(ports, lookup, notice);
    cfg.routes.get("/chats/{id}/language", guard.chatViewer(language::show));
    cfg.routes.post("/chats/{id}/language", guard.form(language::submit));
  }
}

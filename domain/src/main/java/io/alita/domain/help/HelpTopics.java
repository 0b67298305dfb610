package io.alita.domain.help;

import io.alita.domain.dispatch.BotModule;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The modules the help menu lists, and their help texts. A module's text is the bundle entry
 * {@code help.module.<name>} (the name in lower case, anything but letters and digits as '_'); a module without one is
 * hidden, as the original hides its Devs, Users and Antispam modules. So adding a module's help means adding a text to
 * the bundle and declaring its key below, where the bundle test can see it.
 *
 * <p>A module is found by its name or by one of its aliases ({@link #ALIASES}, as the original's {@code alt_names}):
 * {@code /help ban} opens Bans, {@code /help mdhelp} Formatting. Names and aliases are compared in lower case without
 * anything but letters and digits, so {@code anti-raid} finds AntiRaid. Aliases of a module the bot does not have
 * (yet) find nothing.
 */
public final class HelpTopics {

  static final MessageKey ADMIN = MessageKey.of("help.module.admin");
  static final MessageKey BANS = MessageKey.of("help.module.bans");
  static final MessageKey MUTES = MessageKey.of("help.module.mutes");
  static final MessageKey WARNS = MessageKey.of("help.module.warns");
  static final MessageKey PURGES = MessageKey.of("help.module.purges");
  static final MessageKey RULES = MessageKey.of("help.module.rules");
  static final MessageKey MISC = MessageKey.of("help.module.misc");
  static final MessageKey APPROVALS = MessageKey.of("help.module.approvals");
  static final MessageKey BLACKLISTS = MessageKey.of("help.module.blacklists");
  static final MessageKey LOCKS = MessageKey.of("help.module.locks");
  static final MessageKey ANTIFLOOD = MessageKey.of("help.module.antiflood");
  static final MessageKey ANTIRAID = MessageKey.of("help.module.antiraid");
  static final MessageKey CONSOLE = MessageKey.of("help.module.console");
  static final MessageKey NOTES = MessageKey.of("help.module.notes");
  static final MessageKey FILTERS = MessageKey.of("help.module.filters");
  static final MessageKey FORMATTING = MessageKey.of("help.module.formatting");
  static final MessageKey LANGUAGES = MessageKey.of("help.module.languages");
  static final MessageKey BACKUP = MessageKey.of("help.module.backup");

  /**
   * Other names of each module in the help, by module name: mostly its commands, and the words people try. No alias
   * belongs to two modules, and none is another module's name (HelpTopicsTest).
   */
  static final Map<String, List<String>> ALIASES = Map.ofEntries(
      Map.entry("Admin", List.of("admins", "adminlist", "promote", "demote", "title", "invitelink", "admincache",
          "clearadmincache", "anonadmin")),
      Map.entry("Bans", List.of("ban", "banned", "sban", "dban", "tban", "unban", "kick", "dkick", "kickme",
          "restrict", "unrestrict")),
      Map.entry("Mutes", List.of("mute", "muted", "smute", "dmute", "tmute", "unmute")),
      Map.entry("Warns", List.of("warn", "warning", "warnings", "swarn", "dwarn", "unwarn", "rmwarn", "resetwarn",
          "resetwarns", "resetallwarns", "setwarnlimit", "setwarnmode")),
      Map.entry("Purges", List.of("purge", "del", "delete", "purgefrom", "purgeto")),
      Map.entry("Rules", List.of("rule", "setrules", "resetrules", "clearrules", "privaterules", "rulesbutton")),
      Map.entry("Misc", List.of("extra", "extras", "id", "info", "ping", "tr", "translate", "translation", "stat",
          "tell", "removebotkeyboard")),
      Map.entry("Approvals", List.of("approve", "approval", "approved", "unapprove", "unapproveall")),
      Map.entry("Blacklists", List.of("blacklist", "bl", "addblacklist", "rmblacklist", "blaction", "blacklistaction",
          "remallbl")),
      Map.entry("Locks", List.of("lock", "unlock", "locktypes")),
      Map.entry("Antiflood", List.of("flood", "setflood", "setfloodmode", "delflood")),
      Map.entry("AntiRaid", List.of("raid", "raids", "raidtime", "raidactiontime", "autoantiraid")),
      Map.entry("Captcha", List.of("captchas", "verify", "verification", "captchamode", "captchatime")),
      Map.entry("Console", List.of("web", "dashboard", "panel")),
      Map.entry("Notes", List.of("note", "get", "save", "saved", "clear", "clearall", "privatenotes", "hashtag")),
      Map.entry("Filters", List.of("filter", "stop", "stopall")),
      Map.entry("Greetings", List.of("greeting", "welcome", "welcomes", "goodbye", "setwelcome", "setgoodbye",
          "cleanwelcome", "cleanservice", "autoapprove")),
      Map.entry("Formatting", List.of("markdownhelp", "mdhelp", "markdown", "format", "fillings", "buttons")),
      Map.entry("Connections", List.of("connect", "connection", "disconnect", "reconnect", "allowconnect")),
      Map.entry("Disabling", List.of("disable", "enable", "disabled", "disableable", "disabledel")),
      Map.entry("Reports", List.of("report", "reporting", "block", "unblock")),
      Map.entry("Pins", List.of("pin", "pinned", "unpin", "unpinall", "permapin", "antichannelpin", "cleanlinked")),
      Map.entry("Reactions", List.of("reaction", "react", "addreaction", "removereaction", "resetreactions")),
      Map.entry("Languages", List.of("lang", "language", "locale", "translations")),
      Map.entry("Backup", List.of("backups", "export", "import")));

  /** A listed module: its name as shown and the key of its help text. */
  public record Topic(String name, MessageKey text) {
    public Topic {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(text, "text");
    }
  }

  private final Supplier<List<BotModule>> modules;

  /**
   * @param modules the bot's modules; read on every use, since the help module is itself one of them and is built
   *     before the list is complete
   */
  public HelpTopics(Supplier<List<BotModule>> modules) {
    this.modules = Objects.requireNonNull(modules, "modules");
  }

  /** The modules that have a help text, by name. */
  public List<Topic> listed() {
    // English is every language's fallback, so a text there is a text everywhere.
    java.util.Set<String> texts = Messages.english().keys();
    return modules.get().stream()
        .map(m -> new Topic(m.name(), keyFor(m.name())))
        .filter(t -> texts.contains(t.text().id()))
        .sorted(Comparator.comparing(t -> t.name().toLowerCase(Locale.ROOT)))
        .toList();
  }

  /** The listed module called {@code name}, or that has it as an alias; compared by {@link #normalized} form. */
  public Optional<Topic> find(String name) {
    String wanted = normalized(name);
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    List<Topic> listed = listed();
    return listed.stream().filter(t -> normalized(t.name()).equals(wanted)).findFirst()
        .or(() -> listed.stream().filter(t -> aliases(t.name()).stream().anyMatch(a -> normalized(a).equals(wanted)))
            .findFirst());
  }

  /** The aliases of the module called {@code moduleName} (compared by normalized form); none when it has none. */
  public static List<String> aliases(String moduleName) {
    String wanted = normalized(moduleName);
    return ALIASES.entrySet().stream().filter(e -> normalized(e.getKey()).equals(wanted))
        .map(Map.Entry::getValue).findFirst().orElse(List.of());
  }

  /** Lower case, letters and digits only: {@code Anti-Raid} and {@code antiraid} are one name. */
  static String normalized(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  static MessageKey keyFor(String moduleName) {
    String slug = moduleName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    return MessageKey.of("help.module." + (slug.isEmpty() ? "_" : slug));
  }
}

package io.alita.domain.help;

import io.alita.domain.dispatch.BotModule;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The modules the help menu lists, and their help texts. A module's text is the bundle entry
 * {@code help.module.<name>} (the name in lower case, anything but letters and digits as '_'); a module without one is
 * hidden, as the original hides its Devs, Users and Antispam modules. So adding a module's help means adding a text to
 * the bundle and declaring its key below, where the bundle test can see it.
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

  /** The listed module called {@code name}, compared without regard to case. */
  public Optional<Topic> find(String name) {
    return listed().stream().filter(t -> t.name().equalsIgnoreCase(name.strip())).findFirst();
  }

  static MessageKey keyFor(String moduleName) {
    String slug = moduleName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    return MessageKey.of("help.module." + (slug.isEmpty() ? "_" : slug));
  }
}

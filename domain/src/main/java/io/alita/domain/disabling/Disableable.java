package io.alita.domain.disabling;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The commands a chat may disable: the original bot's twenty. */
public final class Disableable {

  /** The original's disableable commands, whether or not this bot has them yet. */
  public static final Set<String> ORIGINAL = Set.copyOf(new TreeSet<>(Set.of("adminlist", "antiraid", "blacklists",
      "disabled", "export", "filters", "flood", "get", "id", "import", "info", "locks", "locktypes", "notes", "ping",
      "report", "rules", "stat", "tr", "warns")));

  private Disableable() {}

  /**
   * A command name as an admin typed it ({@code /Notes}, {@code notes@AlitaBot}): lower case, without the slash or
   * the bot's name; empty when it cannot be a command name at all.
   */
  public static Optional<String> name(String typed) {
    String s = typed.strip();
    if (s.startsWith("/")) {
      s = s.substring(1);
    }
    int at = s.indexOf('@');
    if (at >= 0) {
      s = s.substring(0, at);
    }
    s = s.toLowerCase(Locale.ROOT);
    return s.matches("[a-z0-9_]{1,32}") ? Optional.of(s) : Optional.empty();
  }
}

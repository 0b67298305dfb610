package io.alita.domain.audit;

import java.util.Locale;
import java.util.Optional;

/** Through which front door a change came: a bot command (or an admin's button), the console, or the bot itself. */
public enum Via {
  /** A command or button in Telegram, by the member who sent or pressed it. */
  COMMAND,
  /** A page of the web console, by the signed-in user. */
  CONSOLE,
  /** The bot on its own: timers, automatic anti-raid, warns given by a filter, startup recovery. */
  SYSTEM;

  /** The word stored in the audit log ({@code command}, {@code console}, {@code system}). */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The door called {@code word}; empty for anything else. */
  public static Optional<Via> of(String word) {
    for (Via v : values()) {
      if (v.word().equals(word)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}

package io.alita.domain.backup;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The 17 modules of the original's backup file, by the names the file uses. */
public enum BackupModule {
  ADMIN, ANTIFLOOD, ANTIRAID, APPROVALS, BLACKLISTS, CAPTCHA, CONNECTIONS, DISABLING, FILTERS, GREETINGS, LOCKS, NOTES,
  PINS, REACTIONS, REPORTS, RULES, WARNS;

  /** The name in the file's {@code modules} array and {@code data} object, e.g. {@code "blacklists"}. */
  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The module a file (or a command argument) names, case-insensitively. */
  public static Optional<BackupModule> named(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(m -> m.fileName().equals(n)).findFirst();
  }

  /** All 17, in the file's order. */
  public static Set<BackupModule> all() {
    return EnumSet.allOf(BackupModule.class);
  }
}

package io.alita.web.audit;

import java.util.Map;

/**
 * What an audited table holds, in the words of the console's pages. The audit log names the table
 * ({@link io.alita.domain.audit.AuditEntry#subject}); a table added later reads as its name until it is listed here.
 */
final class Subjects {

  private static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("rules", "rules"),
      Map.entry("blacklists", "blacklist word"),
      Map.entry("blacklist_settings", "blacklist settings"),
      Map.entry("captcha_settings", "captcha settings"),
      Map.entry("warns_settings", "warn settings"),
      Map.entry("warns_users", "a member's warns"),
      Map.entry("locks", "lock"),
      Map.entry("antiflood_settings", "antiflood settings"),
      Map.entry("antiraid_settings", "anti-raid settings"),
      Map.entry("approved_users", "approved member"),
      Map.entry("admin", "anonymous admin setting"));

  private Subjects() {}

  static String words(String table) {
    return WORDS.getOrDefault(table, table.replace('_', ' '));
  }
}

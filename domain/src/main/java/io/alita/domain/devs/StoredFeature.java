package io.alita.domain.devs;

/** The kinds of rows {@code /stats} counts, one per feature that keeps data per chat. */
public enum StoredFeature {
  NOTES,
  FILTERS,
  BLACKLIST_WORDS,
  WARNED_USERS,
  RULES,
  GREETINGS,
  LOCKS,
  APPROVED_USERS,
  DISABLED_COMMANDS,
  CONNECTIONS,
  CAPTCHA,
  ANTIFLOOD,
  PINS
}

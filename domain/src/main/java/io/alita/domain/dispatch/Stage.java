package io.alita.domain.dispatch;

/**
 * When a message filter runs, relative to the others and to commands: the original's handler groups. Every stage sees
 * every message unless an earlier stage stopped it (a captcha gate swallows a pending user's messages; a deleted
 * flood message needs no lock check).
 */
public enum Stage {
  /** Messages of users with a pending captcha: stored and deleted. */
  CAPTCHA,
  /** Join service messages while a raid is on. */
  ANTIRAID,
  /** Commands (handled by the dispatcher itself). */
  COMMANDS,
  ANTIFLOOD,
  LOCKS,
  BLACKLISTS,
  /** {@code @admin} reports (the original's handler group 8). */
  REPORTS,
  FILTERS
}

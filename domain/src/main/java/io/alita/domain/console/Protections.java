package io.alita.domain.console;

/**
 * Which protections a chat has on, for the console's chat list.
 *
 * @param captcha new members are challenged
 * @param antiflood a flood limit is set
 * @param blacklistWords how many words are blacklisted
 * @param locks how many lock types are locked
 * @param antiraid a raid is on now, or automatic anti-raid is armed (a join threshold is set)
 * @param rules the chat has rules
 */
public record Protections(boolean captcha, boolean antiflood, int blacklistWords, int locks, boolean antiraid,
    boolean rules) {

  /** A chat that set nothing. */
  public static final Protections NONE = new Protections(false, false, 0, 0, false, false);

  public Protections {
    if (blacklistWords < 0 || locks < 0) {
      throw new IllegalArgumentException("counts are never negative");
    }
  }

  /** True when anything at all is on. */
  public boolean any() {
    return captcha || antiflood || blacklistWords > 0 || locks > 0 || antiraid || rules;
  }
}

package io.alita.domain.model;

/** A Telegram user id (always positive for real users and bots). */
public record UserId(long value) {

  /** GroupAnonymousBot: the sender of messages written by anonymous group admins. */
  public static final UserId GROUP_ANONYMOUS_BOT = new UserId(1087968824L);

  /** Telegram's service account, the sender of posts forwarded from a linked channel. */
  public static final UserId TELEGRAM = new UserId(777000L);

  public static UserId of(long value) {
    return new UserId(value);
  }

  /** The two ids that stand for "an admin whose identity Telegram hides". */
  public boolean isAnonymousAdminProxy() {
    return equals(GROUP_ANONYMOUS_BOT) || equals(TELEGRAM);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}

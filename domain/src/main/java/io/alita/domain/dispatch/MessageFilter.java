package io.alita.domain.dispatch;

/**
 * A rule applied to messages at one {@link Stage} (antiflood, locks, blacklists, ...): it may add actions and may stop
 * the message from reaching later stages. Runs on every group message, so it must be cheap: settings from a cache,
 * no database query for an ordinary message.
 */
@FunctionalInterface
public interface MessageFilter {

  /** Whether later stages still see the message. */
  enum Verdict {
    CONTINUE,
    STOP
  }

  Verdict check(MessageContext ctx);
}

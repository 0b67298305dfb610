package io.alita.domain.bans;

import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;

/** The "Reason:" line under a moderation reply, when the admin gave one; the reason is user text and is escaped. */
public final class Reasons {

  static final MessageKey REASON = MessageKey.of("bans.reason");

  private Reasons() {}

  /** {@code html}, followed by the reason on a line of its own unless it is empty. */
  public static String append(Messages messages, String html, String reason) {
    return reason.isEmpty() ? html : html + "\n" + messages.html(REASON, "reason", reason);
  }
}

package io.alita.domain.captcha;

import io.alita.domain.dispatch.HandlingContext;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;

/**
 * Told when a member solved their captcha, so that Greetings can send its welcome now rather than at the join; its
 * actions join the same event, after the "verified" notice.
 */
@FunctionalInterface
public interface VerifiedListener {

  /** Does nothing. */
  VerifiedListener NONE = (chat, member, ctx) -> { };

  void verified(SeenChat chat, SeenUser member, HandlingContext ctx);
}

package io.alita.domain.captcha;

import io.alita.domain.action.Effects;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;

/**
 * Told when a member solved their captcha, so that Greetings can send its welcome now rather than at the join; its
 * actions go to the same {@link Effects}, after the "verified" notice.
 */
@FunctionalInterface
public interface VerifiedListener {

  /** Does nothing. */
  VerifiedListener NONE = (chat, member, effects) -> { };

  void verified(SeenChat chat, SeenUser member, Effects effects);
}

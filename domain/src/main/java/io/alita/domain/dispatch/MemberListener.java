package io.alita.domain.dispatch;

import io.alita.domain.action.Effects;
import io.alita.domain.update.MemberChange;
import io.alita.domain.update.UpdateId;

/** Reacts to a member's status changing (admin cache refresh, greetings, captcha, ...). */
@FunctionalInterface
public interface MemberListener {
  void changed(UpdateId updateId, MemberChange change, Effects effects);
}

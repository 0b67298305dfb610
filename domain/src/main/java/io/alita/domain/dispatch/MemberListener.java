package io.alita.domain.dispatch;

/** Reacts to a member's status changing (admin cache refresh, greetings, captcha, ...). */
@FunctionalInterface
public interface MemberListener {
  void changed(MemberContext ctx);
}

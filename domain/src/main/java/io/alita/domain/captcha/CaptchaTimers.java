package io.alita.domain.captcha;

import java.time.Instant;

/**
 * Outbound port: runs a task at a time (a captcha's timeout, the end of a 24-hour mute, removing a failure notice).
 * Implemented by the composition root with a scheduled executor; a task whose time has passed runs as soon as
 * possible. Best effort across restarts: {@link CaptchaModule#recover()} reschedules what is still pending.
 *
 * <p>Called from handlers and from the follow-ups of {@link io.alita.domain.action.Effects}, so it must not block.
 * Tasks are safe to run on any thread: each claims its captcha atomically before acting.
 */
@FunctionalInterface
public interface CaptchaTimers {

  void schedule(Instant at, Runnable task);
}

/**
 * Captcha: new members are muted and must answer a challenge (a button, a sum, or a code) before they may talk.
 * Their messages meanwhile are stored and deleted; a wrong answer too many or the timeout leads to a kick, a ban or a
 * 24-hour mute. Timeouts and mute ends are timers of the chat; after a restart
 * {@link io.alita.domain.captcha.CaptchaModule#recover} picks up what was pending.
 */
package io.alita.domain.captcha;

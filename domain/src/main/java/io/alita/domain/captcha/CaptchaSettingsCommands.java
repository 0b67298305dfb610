package io.alita.domain.captcha;

import io.alita.domain.cache.PerChatCache;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.model.ChatId;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;

/**
 * /captcha without an argument, /captcha on, /captchamode, /captchatime, /captchaaction and /captchamaxattempts: show
 * and change a chat's settings. The checks and the replies are {@link CaptchaSettingsChange}'s, shared with the
 * console; a value out of range is answered with the range or the choices, and changes nothing.
 */
final class CaptchaSettingsCommands {

  static final MessageKey SETTINGS = MessageKey.of("captcha.settings");
  static final MessageKey STATE_ON = MessageKey.of("captcha.state_on");
  static final MessageKey STATE_OFF = MessageKey.of("captcha.state_off");

  /** One of {@link CaptchaSettingsChange}'s methods. */
  @FunctionalInterface
  private interface Change {
    ChangeOutcome apply(ChatId chat, String typed, Commit commit);
  }

  private final CaptchaStore store;
  private final PerChatCache<CaptchaSettings> settings;

  /** The replies come in the chat's language: each command's change is made with its context's texts. */
  CaptchaSettingsCommands(CaptchaStore store, PerChatCache<CaptchaSettings> settings) {
    this.store = store;
    this.settings = settings;
  }

  private CaptchaSettingsChange change(CommandContext ctx) {
    return new CaptchaSettingsChange(store, ctx.messages());
  }

  void showSettings(CommandContext ctx) {
    CaptchaSettings s = settings.get(ctx.chat());
    ctx.reply(SETTINGS, "state", ctx.messages().plain(s.enabled() ? STATE_ON : STATE_OFF), "mode", s.mode().word(),
        "minutes", s.timeout().minutes(), "action", CaptchaSettingsChange.actionText(ctx.messages(), s.action()),
        "max", s.maxAttempts().value());
  }

  /** /captcha on, or a word that is neither on nor off (answered with the usage). */
  void turnOnOrExplain(CommandContext ctx, String word) {
    run(ctx, word, change(ctx)::enabled);
  }

  void setMode(CommandContext ctx) {
    run(ctx, ctx.command().argumentText(), change(ctx)::mode);
  }

  void setTime(CommandContext ctx) {
    run(ctx, ctx.command().argumentText(), change(ctx)::timeout);
  }

  void setAction(CommandContext ctx) {
    run(ctx, ctx.command().argumentText(), change(ctx)::failureAction);
  }

  void setMaxAttempts(CommandContext ctx) {
    run(ctx, ctx.command().argumentText(), change(ctx)::maxAttempts);
  }

  /** Runs a change as part of the command's event; the cache is dropped once it is committed. */
  private void run(CommandContext ctx, String typed, Change work) {
    ChangeOutcome outcome = work.apply(ctx.chat(), typed, Commit.in(ctx.unitOfWork()));
    if (outcome.applied()) {
      ctx.afterCommit(() -> settings.invalidate(ctx.chat()));
    }
    outcome.replyTo(ctx);
  }
}

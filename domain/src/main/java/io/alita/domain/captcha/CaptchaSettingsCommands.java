package io.alita.domain.captcha;

import io.alita.domain.cache.PerChatCache;
import io.alita.domain.command.Words;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.dispatch.UpdateTransactions;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.i18n.TrustedHtml;
import java.util.Optional;

/**
 * /captcha without an argument, /captchamode, /captchatime, /captchaaction and /captchamaxattempts: show and change
 * a chat's settings. A value out of range is answered with the range or the choices, and changes nothing.
 */
final class CaptchaSettingsCommands {

  static final MessageKey SETTINGS = MessageKey.of("captcha.settings");
  static final MessageKey STATE_ON = MessageKey.of("captcha.state_on");
  static final MessageKey STATE_OFF = MessageKey.of("captcha.state_off");
  static final MessageKey MODE_SET = MessageKey.of("captcha.mode_set");
  static final MessageKey MODE_USAGE = MessageKey.of("captcha.mode_usage");
  static final MessageKey MODE_INVALID = MessageKey.of("captcha.mode_invalid");
  static final MessageKey TIME_SET = MessageKey.of("captcha.time_set");
  static final MessageKey TIME_USAGE = MessageKey.of("captcha.time_usage");
  static final MessageKey TIME_INVALID = MessageKey.of("captcha.time_invalid");
  static final MessageKey ACTION_SET = MessageKey.of("captcha.action_set");
  static final MessageKey ACTION_USAGE = MessageKey.of("captcha.action_usage");
  static final MessageKey ACTION_INVALID = MessageKey.of("captcha.action_invalid");
  static final MessageKey ACTION_KICK = MessageKey.of("captcha.action_kick");
  static final MessageKey ACTION_BAN = MessageKey.of("captcha.action_ban");
  static final MessageKey ACTION_MUTE = MessageKey.of("captcha.action_mute");
  static final MessageKey ATTEMPTS_SET = MessageKey.of("captcha.attempts_set");
  static final MessageKey ATTEMPTS_USAGE = MessageKey.of("captcha.attempts_usage");
  static final MessageKey ATTEMPTS_INVALID = MessageKey.of("captcha.attempts_invalid");

  private final CaptchaStore store;
  private final UpdateTransactions transactions;
  private final PerChatCache<CaptchaSettings> settings;

  CaptchaSettingsCommands(CaptchaStore store, UpdateTransactions transactions, PerChatCache<CaptchaSettings> settings) {
    this.store = store;
    this.transactions = transactions;
    this.settings = settings;
  }

  void showSettings(CommandContext ctx) {
    CaptchaSettings s = settings.get(ctx.chat());
    ctx.reply(SETTINGS, "state", ctx.messages().plain(s.enabled() ? STATE_ON : STATE_OFF), "mode", s.mode().word(),
        "minutes", s.timeout().minutes(), "action", actionText(ctx.messages(), s.action()),
        "max", s.maxAttempts().value());
  }

  void setMode(CommandContext ctx) {
    String typed = Words.splitFirst(ctx.command().argumentText()).first();
    if (typed.isEmpty()) {
      ctx.reply(MODE_USAGE, "mode", settings.get(ctx.chat()).mode().word());
      return;
    }
    Optional<CaptchaMode> mode = CaptchaMode.of(typed);
    if (mode.isEmpty()) {
      ctx.reply(MODE_INVALID, "input", typed);
      return;
    }
    if (write(ctx, () -> store.setMode(ctx.chat(), mode.get()))) {
      ctx.reply(MODE_SET, "mode", mode.get().word());
    }
  }

  void setTime(CommandContext ctx) {
    String typed = Words.splitFirst(ctx.command().argumentText()).first();
    if (typed.isEmpty()) {
      ctx.reply(TIME_USAGE, "min", CaptchaTimeout.MIN, "max", CaptchaTimeout.MAX,
          "minutes", settings.get(ctx.chat()).timeout().minutes());
      return;
    }
    Optional<CaptchaTimeout> timeout = CaptchaTimeout.parse(typed);
    if (timeout.isEmpty()) {
      ctx.reply(TIME_INVALID, "input", typed, "min", CaptchaTimeout.MIN, "max", CaptchaTimeout.MAX);
      return;
    }
    if (write(ctx, () -> store.setTimeout(ctx.chat(), timeout.get()))) {
      ctx.reply(TIME_SET, "minutes", timeout.get().minutes());
    }
  }

  void setAction(CommandContext ctx) {
    String typed = Words.splitFirst(ctx.command().argumentText()).first();
    if (typed.isEmpty()) {
      ctx.reply(ACTION_USAGE, "action", settings.get(ctx.chat()).action().word());
      return;
    }
    Optional<FailureAction> action = FailureAction.of(typed);
    if (action.isEmpty()) {
      ctx.reply(ACTION_INVALID, "input", typed);
      return;
    }
    if (write(ctx, () -> store.setFailureAction(ctx.chat(), action.get()))) {
      ctx.reply(ACTION_SET, "action", actionText(ctx.messages(), action.get()));
    }
  }

  void setMaxAttempts(CommandContext ctx) {
    String typed = Words.splitFirst(ctx.command().argumentText()).first();
    if (typed.isEmpty()) {
      ctx.reply(ATTEMPTS_USAGE, "min", MaxAttempts.MIN, "max", MaxAttempts.MAX,
          "current", settings.get(ctx.chat()).maxAttempts().value());
      return;
    }
    Optional<MaxAttempts> max = MaxAttempts.parse(typed);
    if (max.isEmpty()) {
      ctx.reply(ATTEMPTS_INVALID, "input", typed, "min", MaxAttempts.MIN, "max", MaxAttempts.MAX);
      return;
    }
    if (write(ctx, () -> store.setMaxAttempts(ctx.chat(), max.get()))) {
      ctx.reply(ATTEMPTS_SET, "max", max.get().value());
    }
  }

  /** A settings write for the command's update; the cache is dropped once it is committed. */
  private boolean write(CommandContext ctx, Runnable change) {
    boolean applied = transactions.applyOnce(ctx.updateId(), change);
    if (applied) {
      settings.invalidate(ctx.chat());
    }
    return applied;
  }

  static TrustedHtml actionText(Messages messages, FailureAction action) {
    MessageKey key = switch (action) {
      case KICK -> ACTION_KICK;
      case BAN -> ACTION_BAN;
      case MUTE -> ACTION_MUTE;
    };
    return TrustedHtml.of(messages.html(key));
  }
}

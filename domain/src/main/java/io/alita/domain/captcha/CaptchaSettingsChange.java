package io.alita.domain.captcha;

import io.alita.domain.command.Words;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.i18n.TrustedHtml;
import io.alita.domain.model.ChatId;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Use case: changes a chat's captcha settings from what an admin typed, for the commands ({@code /captcha on},
 * {@code /captchamode}, {@code /captchatime}, {@code /captchaaction}, {@code /captchamaxattempts}) and the console's
 * captcha form alike. Each method takes the text as typed (a command's arguments, a form field; only its first word
 * counts), checks it, and either commits the change through the front door's {@link Commit} and confirms it, or
 * refuses with the reason; both in the bot's words. A refused value changes nothing.
 *
 * <p>A command drops the module's cached settings after an applied change; a console change reaches the worker's
 * caches through the database's change notifications.
 */
public final class CaptchaSettingsChange {

  static final MessageKey TURNED_ON = MessageKey.of("captcha.turned_on");
  static final MessageKey TURNED_OFF_LATER = MessageKey.of("captcha.turned_off_later");
  static final MessageKey USAGE = MessageKey.of("captcha.usage");
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
  private final Messages messages;

  /** @param messages the language of the confirmations and refusals */
  public CaptchaSettingsChange(CaptchaStore store, Messages messages) {
    this.store = Objects.requireNonNull(store, "store");
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  /**
   * Switches captcha on ({@code on}, {@code enable}, {@code yes}) or off ({@code off}, {@code disable}, {@code no}).
   *
   * <p>Off from here only stops challenging new members: whoever is being challenged meanwhile is let in when they
   * answer or their time runs out, never punished. ({@code /captcha off} in the chat also frees them at once, which
   * takes the bot's rights in that chat; see {@link CaptchaModule}.)
   */
  public ChangeOutcome enabled(ChatId chat, String typed, Commit commit) {
    Optional<Boolean> on = onOff(firstWord(typed));
    if (on.isEmpty()) {
      return refused(USAGE);
    }
    if (on.get()) {
      int minutes = commit.apply(() -> {
        store.setEnabled(chat, true);
        return store.settings(chat).timeout().minutes();
      });
      return applied(TURNED_ON, "minutes", minutes);
    }
    commit.run(() -> store.setEnabled(chat, false));
    return applied(TURNED_OFF_LATER);
  }

  /** The kind of challenge: {@code button}, {@code math} or {@code text}. */
  public ChangeOutcome mode(ChatId chat, String typed, Commit commit) {
    String word = firstWord(typed);
    if (word.isEmpty()) {
      return refused(MODE_USAGE, "mode", store.settings(chat).mode().word());
    }
    Optional<CaptchaMode> mode = CaptchaMode.of(word);
    if (mode.isEmpty()) {
      return refused(MODE_INVALID, "input", word);
    }
    commit.run(() -> store.setMode(chat, mode.get()));
    return applied(MODE_SET, "mode", mode.get().word());
  }

  /** The minutes a new member has to answer: a whole number from {@value CaptchaTimeout#MIN} to {@value CaptchaTimeout#MAX}. */
  public ChangeOutcome timeout(ChatId chat, String typed, Commit commit) {
    String word = firstWord(typed);
    if (word.isEmpty()) {
      return refused(TIME_USAGE, "min", CaptchaTimeout.MIN, "max", CaptchaTimeout.MAX,
          "minutes", store.settings(chat).timeout().minutes());
    }
    Optional<CaptchaTimeout> timeout = CaptchaTimeout.parse(word);
    if (timeout.isEmpty()) {
      return refused(TIME_INVALID, "input", word, "min", CaptchaTimeout.MIN, "max", CaptchaTimeout.MAX);
    }
    commit.run(() -> store.setTimeout(chat, timeout.get()));
    return applied(TIME_SET, "minutes", timeout.get().minutes());
  }

  /** What happens to a member who fails: {@code kick}, {@code ban} or {@code mute}. */
  public ChangeOutcome failureAction(ChatId chat, String typed, Commit commit) {
    String word = firstWord(typed);
    if (word.isEmpty()) {
      return refused(ACTION_USAGE, "action", store.settings(chat).action().word());
    }
    Optional<FailureAction> action = FailureAction.of(word);
    if (action.isEmpty()) {
      return refused(ACTION_INVALID, "input", word);
    }
    commit.run(() -> store.setFailureAction(chat, action.get()));
    return applied(ACTION_SET, "action", actionText(messages, action.get()));
  }

  /** Wrong answers that fail the captcha: a whole number from {@value MaxAttempts#MIN} to {@value MaxAttempts#MAX}. */
  public ChangeOutcome maxAttempts(ChatId chat, String typed, Commit commit) {
    String word = firstWord(typed);
    if (word.isEmpty()) {
      return refused(ATTEMPTS_USAGE, "min", MaxAttempts.MIN, "max", MaxAttempts.MAX,
          "current", store.settings(chat).maxAttempts().value());
    }
    Optional<MaxAttempts> max = MaxAttempts.parse(word);
    if (max.isEmpty()) {
      return refused(ATTEMPTS_INVALID, "input", word, "min", MaxAttempts.MIN, "max", MaxAttempts.MAX);
    }
    commit.run(() -> store.setMaxAttempts(chat, max.get()));
    return applied(ATTEMPTS_SET, "max", max.get().value());
  }

  /** The words for a switch: on, enable, yes / off, disable, no, in any case; empty for anything else. */
  static Optional<Boolean> onOff(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "on", "enable", "yes" -> Optional.of(true);
      case "off", "disable", "no" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  /** "kicked", "banned", "muted for 24 hours": what a failure does, as HTML for a placeholder. */
  static TrustedHtml actionText(Messages messages, FailureAction action) {
    MessageKey key = switch (action) {
      case KICK -> ACTION_KICK;
      case BAN -> ACTION_BAN;
      case MUTE -> ACTION_MUTE;
    };
    return TrustedHtml.of(messages.html(key));
  }

  private static String firstWord(String typed) {
    return Words.splitFirst(typed == null ? "" : typed).first();
  }

  private ChangeOutcome applied(MessageKey key, Object... namesAndValues) {
    return ChangeOutcome.applied(messages.html(key, namesAndValues));
  }

  private ChangeOutcome refused(MessageKey key, Object... namesAndValues) {
    return ChangeOutcome.refused(messages.html(key, namesAndValues));
  }
}

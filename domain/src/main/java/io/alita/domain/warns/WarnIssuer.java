package io.alita.domain.warns;

import io.alita.domain.format.Mention;
import io.alita.domain.action.Button;
import io.alita.domain.action.Keyboard;
import io.alita.domain.callback.CallbackData;
import io.alita.domain.callback.CallbackNamespace;
import io.alita.domain.dispatch.UnitOfWork;
import io.alita.domain.format.RulesDeepLink;
import io.alita.domain.format.UrlButton;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.i18n.TrustedHtml;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.time.ModerationDuration;
import java.time.Clock;
import java.util.Objects;

/**
 * Gives one warn the way {@code /warn} does, for every module that warns: the count goes up in the chat's
 * {@link WarnStore}, {@link WarnPolicy} decides with the chat's limit and mode, and at the limit the count starts again,
 * all in the event's transaction. {@link #notice} renders what the chat is told. The blacklist's {@code warn} action
 * uses this, so an automatic warn and an admin's warn count towards the same limit.
 */
public final class WarnIssuer {

  /**
   * The text and buttons announcing a warn.
   *
   * @param html Telegram HTML
   * @param keyboard "remove warn" (and "rules" when the chat has rules) below the limit; none at it
   */
  public record Notice(String html, Keyboard keyboard) {}

  private final WarnStore store;
  private final BotIdentity bot;
  private final RulesPresence rules;
  private final Clock clock;

  /**
   * @param rules whether a chat has rules, for the rules button under a warn ({@link RulesPresence#NEVER} for none)
   * @param clock the time a tban or tmute starts from
   */
  public WarnIssuer(WarnStore store, BotIdentity bot, RulesPresence rules, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.bot = Objects.requireNonNull(bot, "bot");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Adds one warn for {@code user} in the event's unit of work.
   *
   * @return what the warn leads to (carry out {@link WarnOutcome.LimitReached#penalty()} at the limit)
   */
  public WarnOutcome warn(UnitOfWork work, ChatId chat, UserId user, WarnReason reason) {
    return work.write(() -> {
      WarnSettings settings = store.settings(chat);
      WarnCount warns = store.addWarn(chat, user, reason);
      WarnOutcome outcome = WarnPolicy.decide(settings, warns, chat, user, clock.instant());
      if (outcome.resetsCount()) {
        store.reset(chat, user);
      }
      return outcome;
    });
  }

  /**
   * What the chat is told about a warn: the count and reason with a "remove warn" button below the limit; at the limit
   * the penalty and every reason.
   *
   * @param mention how the warned member is named (see {@link #mention})
   */
  public Notice notice(Messages messages, ChatId chat, UserId user, TrustedHtml mention, WarnReason reason,
      WarnOutcome outcome) {
    if (outcome instanceof WarnOutcome.LimitReached reached) {
      String html = messages.html(WarnsModule.LIMIT_REACHED, "user", mention, "count", reached.warns().count(),
          "limit", reached.limit().value(), "action", actionText(messages, reached.settings()),
          "reasons", ReasonList.render(reached.reasons(), messages));
      return new Notice(html, Keyboard.NONE);
    }
    String html = messages.html(WarnsModule.WARNED, "user", mention, "count", outcome.warns().count(),
        "limit", outcome.limit().value(), "reason", reason.text());
    return new Notice(html, belowLimitKeyboard(messages, chat, user));
  }

  private Keyboard belowLimitKeyboard(Messages messages, ChatId chat, UserId user) {
    CallbackData data = CallbackData.of(CallbackNamespace.RM_WARN).with("u", user.value());
    Keyboard keyboard = Keyboard.row(Button.Callback.of(messages.plain(WarnsModule.REMOVE_BUTTON), data));
    if (rules.hasRules(chat)) {
      UrlButton link = RulesDeepLink.button(bot.username(), chat, messages.plain(WarnsModule.RULES_BUTTON));
      keyboard = keyboard.plusRow(new Button.Url(link.text(), link.url()));
    }
    return keyboard;
  }

  /** "banned", "muted for 6h", ...: what happens at the limit, as HTML for a placeholder. */
  static TrustedHtml actionText(Messages messages, WarnSettings settings) {
    String duration = settings.modeDuration().map(ModerationDuration::format).orElse("");
    MessageKey key = switch (settings.mode()) {
      case BAN -> WarnsModule.ACTION_BAN;
      case KICK -> WarnsModule.ACTION_KICK;
      case MUTE -> WarnsModule.ACTION_MUTE;
      case TBAN -> WarnsModule.ACTION_TBAN;
      case TMUTE -> WarnsModule.ACTION_TMUTE;
    };
    return TrustedHtml.of(messages.html(key, "duration", duration));
  }
}

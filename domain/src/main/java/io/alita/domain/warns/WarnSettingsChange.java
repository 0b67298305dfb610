package io.alita.domain.warns;

import io.alita.domain.command.Words;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.penalty.Penalty;
import io.alita.domain.penalty.PenaltyChoice;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import io.alita.domain.time.DurationParse;
import io.alita.domain.time.ModerationDuration;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Use case: changes a chat's warn limit and warn mode from what an admin typed, for {@code /setwarnlimit},
 * {@code /setwarnmode} and the console alike. Each method takes the text as typed (a command's arguments, a form
 * field), checks it, and either commits the change through the front door's {@link Commit} and confirms it, or
 * refuses with the reason; both in the bot's words. A refused value changes nothing.
 */
public final class WarnSettingsChange {

  static final MessageKey LIMIT_SET = MessageKey.of("warns.limit_set");
  static final MessageKey LIMIT_USAGE = MessageKey.of("warns.limit_usage");
  static final MessageKey LIMIT_INVALID = MessageKey.of("warns.limit_invalid");
  static final MessageKey MODE_SET = MessageKey.of("warns.mode_set");
  static final MessageKey MODE_USAGE = MessageKey.of("warns.mode_usage");
  static final MessageKey MODE_INVALID = MessageKey.of("warns.mode_invalid");

  private final WarnStore store;
  private final Messages messages;

  /** @param messages the language of the confirmations and refusals */
  public WarnSettingsChange(WarnStore store, Messages messages) {
    this.store = Objects.requireNonNull(store, "store");
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  /** The warns that trigger the warn mode: a whole number from {@value WarnLimit#MIN} to {@value WarnLimit#MAX} (the first word counts). */
  public ChangeOutcome limit(ChatId chat, String typed, Commit commit) {
    String word = Words.splitFirst(typed == null ? "" : typed).first();
    if (word.isEmpty()) {
      return ChangeOutcome.refused(messages.html(LIMIT_USAGE, "min", WarnLimit.MIN, "max", WarnLimit.MAX,
          "limit", store.settings(chat).limit().value()));
    }
    Optional<WarnLimit> limit = WarnLimit.parse(word);
    if (limit.isEmpty()) {
      return ChangeOutcome.refused(messages.html(LIMIT_INVALID, "input", word, "min", WarnLimit.MIN,
          "max", WarnLimit.MAX));
    }
    commit.run(() -> store.setLimit(chat, limit.get()));
    return ChangeOutcome.applied(messages.html(LIMIT_SET, "limit", limit.get().value()));
  }

  /**
   * What happens at the limit: {@code ban}, {@code kick}, {@code mute}, or {@code tban}/{@code tmute} followed by a
   * duration ({@code tmute 6h}), as {@link ModerationDuration#TEMPORARY_ACTION} allows it.
   */
  public ChangeOutcome mode(ChatId chat, String typed, Commit commit) {
    PenaltyChoice choice = PenaltyChoice.parse(typed, Set.of(), PenaltyChoice.Rest.IGNORED);
    if (choice instanceof PenaltyChoice.Unknown unknown) {
      return ChangeOutcome.refused(messages.html(MODE_INVALID, "input", unknown.input()));
    }
    if (choice instanceof PenaltyChoice.BadDuration bad) {
      return ChangeOutcome.refused(bad.failure().message(messages));
    }
    if (!(choice instanceof PenaltyChoice.Chosen chosenPenalty)) {
      return ChangeOutcome.refused(messages.html(MODE_USAGE));
    }
    Penalty penalty = chosenPenalty.penalty();
    WarnSettings chosen = WarnSettings.DEFAULTS.withMode(penalty.mode(), penalty.duration());
    commit.run(() -> store.setMode(chat, chosen.mode(), chosen.modeDuration()));
    return ChangeOutcome.applied(messages.html(MODE_SET, "action", WarnIssuer.actionText(messages, chosen)));
  }
}

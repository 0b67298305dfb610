package io.alita.domain.antiflood;

import io.alita.domain.command.Words;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.i18n.TrustedHtml;
import io.alita.domain.model.ChatId;
import io.alita.domain.penalty.Penalty;
import io.alita.domain.penalty.PenaltyChoice;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import io.alita.domain.time.ModerationDuration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Use case: changes a chat's antiflood limit, mode and whole-flood deletion from what an admin typed, for
 * {@code /setflood}, {@code /setfloodmode}, {@code /delflood} and the console alike. Each method takes the text as
 * typed (a command's arguments, a form field), checks it, and either commits the change through the front door's
 * {@link Commit} and confirms it, or refuses with the reason; both in the bot's words. A refused value changes
 * nothing.
 */
public final class FloodSettingsChange {

  private static final Set<String> OFF_WORDS = Set.of("off", "no", "false", "0");
  private static final Set<String> ON_WORDS = Set.of("on", "yes");
  private static final Set<String> NO_WORDS = Set.of("off", "no");

  private final FloodSettingsStore store;
  private final Messages messages;

  /** @param messages the language of the confirmations and refusals */
  public FloodSettingsChange(FloodSettingsStore store, Messages messages) {
    this.store = Objects.requireNonNull(store, "store");
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  /** The limit: {@value FloodLimit#MIN} to {@value FloodLimit#MAX} messages, or off (also no, false, 0). */
  public ChangeOutcome limit(ChatId chat, String typed, Commit commit) {
    String word = Words.splitFirst(typed == null ? "" : typed).first();
    if (word.isEmpty()) {
      return ChangeOutcome.refused(messages.html(AntifloodModule.LIMIT_USAGE, "min", FloodLimit.MIN,
          "max", FloodLimit.MAX,
          "current", store.settings(chat).limit().map(l -> String.valueOf(l.value())).orElse("off")));
    }
    Optional<FloodLimit> limit;
    if (OFF_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
      limit = Optional.empty();
    } else {
      limit = FloodLimit.parse(word);
      if (limit.isEmpty()) {
        return ChangeOutcome.refused(messages.html(AntifloodModule.LIMIT_INVALID, "input", word,
            "min", FloodLimit.MIN, "max", FloodLimit.MAX));
      }
    }
    commit.run(() -> store.setLimit(chat, limit));
    if (limit.isEmpty()) {
      return ChangeOutcome.applied(messages.html(AntifloodModule.TURNED_OFF));
    }
    return ChangeOutcome.applied(messages.html(AntifloodModule.LIMIT_SET, "limit", limit.get().value(),
        "window", ModerationDuration.format(FloodRule.WINDOW)));
  }

  /** The penalty: ban, kick, mute, or tban/tmute followed by a duration ({@code tmute 1h}). */
  public ChangeOutcome mode(ChatId chat, String typed, Commit commit) {
    PenaltyChoice choice = PenaltyChoice.parse(typed == null ? "" : typed, Set.of(), PenaltyChoice.Rest.IGNORED);
    if (choice instanceof PenaltyChoice.Unknown unknown) {
      return ChangeOutcome.refused(messages.html(AntifloodModule.MODE_INVALID, "input", unknown.input()));
    }
    if (choice instanceof PenaltyChoice.BadDuration bad) {
      return ChangeOutcome.refused(bad.failure().message(messages));
    }
    if (!(choice instanceof PenaltyChoice.Chosen chosenPenalty)) {
      return ChangeOutcome.refused(messages.html(AntifloodModule.MODE_USAGE));
    }
    Penalty penalty = chosenPenalty.penalty();
    FloodSettings chosen = FloodSettings.DEFAULTS.withMode(penalty.mode(), penalty.duration());
    commit.run(() -> store.setMode(chat, chosen.mode(), chosen.modeDuration()));
    return ChangeOutcome.applied(messages.html(AntifloodModule.MODE_SET, "action", actionText(messages, chosen)));
  }

  /** Whether the whole flood is deleted: on or yes, off or no. */
  public ChangeOutcome deleteFlood(ChatId chat, String typed, Commit commit) {
    String word = Words.splitFirst(typed == null ? "" : typed).first().toLowerCase(Locale.ROOT);
    if (!ON_WORDS.contains(word) && !NO_WORDS.contains(word)) {
      return ChangeOutcome.refused(messages.html(AntifloodModule.DELETE_USAGE));
    }
    boolean delete = ON_WORDS.contains(word);
    commit.run(() -> store.setDeleteFlood(chat, delete));
    return ChangeOutcome.applied(messages.html(delete ? AntifloodModule.DELETE_SET_ON : AntifloodModule.DELETE_SET_OFF));
  }

  /** "banned", "muted for 1h": the penalty as the flood notice says it. */
  static TrustedHtml actionText(Messages messages, FloodSettings current) {
    String duration = current.modeDuration().map(ModerationDuration::format).orElse("");
    MessageKey key = switch (current.mode()) {
      case BAN -> AntifloodModule.ACTION_BAN;
      case KICK -> AntifloodModule.ACTION_KICK;
      case MUTE -> AntifloodModule.ACTION_MUTE;
      case TBAN -> AntifloodModule.ACTION_TBAN;
      case TMUTE -> AntifloodModule.ACTION_TMUTE;
    };
    return TrustedHtml.of(messages.html(key, "duration", duration));
  }
}

package io.alita.domain.penalty;

import io.alita.domain.command.Words;
import io.alita.domain.time.DurationParse;
import io.alita.domain.time.ModerationDuration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an admin typed after {@code /setwarnmode}, {@code /setfloodmode} or {@code /blaction}: a mode, followed by a
 * duration for tban and tmute ({@code tmute 6h}), or one of the command's own words ({@code none}, {@code warn}). One
 * reading for every command that sets a punishment, so they accept and refuse the same things.
 */
public sealed interface PenaltyChoice {

  /** A punishment, its duration checked. */
  record Chosen(Penalty penalty) implements PenaltyChoice {
    public Chosen {
      Objects.requireNonNull(penalty, "penalty");
    }
  }

  /** One of the command's own words, in lower case. */
  record Own(String word) implements PenaltyChoice {
    public Own {
      Objects.requireNonNull(word, "word");
    }
  }

  /** Nothing was typed. */
  record Missing() implements PenaltyChoice {}

  /** The first word is neither a mode nor one of the command's words. */
  record Unknown(String input) implements PenaltyChoice {
    public Unknown {
      Objects.requireNonNull(input, "input");
    }
  }

  /** More was typed than the choice takes (only when the command refuses that). */
  record Trailing(String rest) implements PenaltyChoice {
    public Trailing {
      Objects.requireNonNull(rest, "rest");
    }
  }

  /** A tban or tmute without a usable duration; {@code failure} says why, in the bot's words. */
  record BadDuration(DurationParse.Failure failure) implements PenaltyChoice {
    public BadDuration {
      Objects.requireNonNull(failure, "failure");
    }
  }

  /** Whether anything may follow the choice (the warn and flood modes ignore it; the blacklist action refuses it). */
  enum Rest {
    IGNORED,
    REFUSED
  }

  /**
   * Reads {@code typed}.
   *
   * @param own the command's own words besides the modes (e.g. {@code none} and {@code warn}), lower case
   */
  static PenaltyChoice parse(String typed, Set<String> own, Rest rest) {
    Words.Split split = Words.splitFirst(typed == null ? "" : typed);
    String first = split.first();
    if (first.isEmpty()) {
      return new Missing();
    }
    String lower = first.toLowerCase(Locale.ROOT);
    String after = Words.strip(split.rest());
    if (own.contains(lower)) {
      return rest == Rest.REFUSED && !after.isEmpty() ? new Trailing(after) : new Own(lower);
    }
    Optional<PenaltyMode> mode = PenaltyMode.of(first);
    if (mode.isEmpty()) {
      return new Unknown(first);
    }
    if (!mode.get().timed()) {
      return rest == Rest.REFUSED && !after.isEmpty() ? new Trailing(after) : new Chosen(Penalty.of(mode.get()));
    }
    DurationParse parsed = ModerationDuration.TEMPORARY_ACTION.parse(split.rest());
    if (!(parsed instanceof DurationParse.Ok ok)) {
      return new BadDuration((DurationParse.Failure) parsed);
    }
    if (rest == Rest.REFUSED && !ok.remainder().isEmpty()) {
      return new Trailing(ok.remainder());
    }
    return new Chosen(Penalty.timed(mode.get(), ok.duration()));
  }
}

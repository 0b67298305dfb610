package io.alita.domain.antiraid;

import io.alita.domain.command.AsciiInteger;
import io.alita.domain.command.Words;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import io.alita.domain.time.DurationParse;
import io.alita.domain.time.ModerationDuration;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Use case: a chat's anti-raid settings from what an admin typed, for {@code /raidtime}, {@code /raidactiontime},
 * {@code /autoantiraid} and the console alike: the same durations ({@link ModerationDuration#ANTI_RAID}) and
 * threshold range, the same words. A refused value writes nothing.
 */
public final class RaidSettingsChange {

  private static final Set<String> AUTO_OFF_WORDS = Set.of("off", "no", "false", "0");

  private final RaidStore store;
  private final Messages messages;

  /** @param messages the language of the confirmations and refusals */
  public RaidSettingsChange(RaidStore store, Messages messages) {
    this.store = Objects.requireNonNull(store, "store");
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  /** How long a raid lasts once switched on ({@code 6h}). */
  public ChangeOutcome raidTime(ChatId chat, String typed, Commit commit) {
    return duration(typed, commit, AntiraidModule.RAID_TIME_SET, d -> store.setRaidTime(chat, d));
  }

  /** How long members who join during a raid stay banned ({@code 1h}). */
  public ChangeOutcome actionTime(ChatId chat, String typed, Commit commit) {
    return duration(typed, commit, AntiraidModule.ACTION_TIME_SET, d -> store.setActionTime(chat, d));
  }

  /** Joins within a minute that switch a raid on: 1 to {@value RaidSettings#MAX_THRESHOLD}, or off (also 0). */
  public ChangeOutcome autoThreshold(ChatId chat, String typed, Commit commit) {
    String word = Words.splitFirst(typed == null ? "" : typed).first().toLowerCase(Locale.ROOT);
    int threshold;
    if (AUTO_OFF_WORDS.contains(word)) {
      threshold = 0;
    } else if (AsciiInteger.isDigits(word) && word.length() <= 5 && Integer.parseInt(word) >= 1
        && Integer.parseInt(word) <= RaidSettings.MAX_THRESHOLD) {
      threshold = Integer.parseInt(word);
    } else {
      return ChangeOutcome.refused(messages.html(AntiraidModule.AUTO_USAGE, "max", RaidSettings.MAX_THRESHOLD));
    }
    commit.run(() -> store.setAutoThreshold(chat, threshold));
    return ChangeOutcome.applied(threshold == 0 ? messages.html(AntiraidModule.AUTO_SET_OFF)
        : messages.html(AntiraidModule.AUTO_SET, "count", threshold));
  }

  private ChangeOutcome duration(String typed, Commit commit, MessageKey set, Consumer<Duration> write) {
    DurationParse parsed = ModerationDuration.ANTI_RAID.parse(Words.strip(typed == null ? "" : typed));
    if (!(parsed instanceof DurationParse.Ok ok)) {
      return ChangeOutcome.refused(((DurationParse.Failure) parsed).message(messages));
    }
    commit.run(() -> write.accept(ok.duration()));
    return ChangeOutcome.applied(messages.html(set, "duration", ModerationDuration.format(ok.duration())));
  }
}

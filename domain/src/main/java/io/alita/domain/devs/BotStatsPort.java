package io.alita.domain.devs;

import java.time.Instant;

/** Outbound port: counts for {@code /stats}, read from what the bot keeps. */
public interface BotStatsPort {

  /** The counts as of {@code now} (activity windows end at {@code now}). */
  BotStats stats(Instant now);
}

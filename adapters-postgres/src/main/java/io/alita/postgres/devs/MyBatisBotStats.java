package io.alita.postgres.devs;

import io.alita.domain.devs.BotStats;
import io.alita.domain.devs.BotStatsPort;
import io.alita.domain.devs.StoredFeature;
import io.alita.postgres.mybatis.Sessions;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@link BotStatsPort} on PostgreSQL: every count in one statement of sub-selects. Exact counts: a seq scan of a few
 * hundred thousand rows is cheap for a command only the team runs, and estimates ({@code pg_class.reltuples}) are
 * unknown until a table was first analysed. Activity windows are the last 1, 7 and 30 days.
 */
public final class MyBatisBotStats implements BotStatsPort {

  private final Sessions sessions;

  /** @param sessions over a factory with {@link DevReportsMapper} registered */
  public MyBatisBotStats(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public BotStats stats(Instant now) {
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    DevReportsMapper.StatsRow r = sessions.with(DevReportsMapper.class,
        m -> m.stats(at.minus(Duration.ofDays(1)), at.minus(Duration.ofDays(7)), at.minus(Duration.ofDays(30))));
    Map<StoredFeature, Long> rows = new EnumMap<>(StoredFeature.class);
    rows.put(StoredFeature.NOTES, r.notes());
    rows.put(StoredFeature.FILTERS, r.filters());
    rows.put(StoredFeature.BLACKLIST_WORDS, r.blacklistWords());
    rows.put(StoredFeature.WARNED_USERS, r.warnedUsers());
    rows.put(StoredFeature.RULES, r.rules());
    rows.put(StoredFeature.GREETINGS, r.greetings());
    rows.put(StoredFeature.LOCKS, r.locks());
    rows.put(StoredFeature.APPROVED_USERS, r.approvedUsers());
    rows.put(StoredFeature.DISABLED_COMMANDS, r.disabledCommands());
    rows.put(StoredFeature.CONNECTIONS, r.connections());
    rows.put(StoredFeature.CAPTCHA, r.captcha());
    rows.put(StoredFeature.ANTIFLOOD, r.antiflood());
    rows.put(StoredFeature.PINS, r.pins());
    return new BotStats(r.users(), r.activeChats(), r.inactiveChats(),
        new BotStats.Activity(r.usersDay(), r.usersWeek(), r.usersMonth()),
        new BotStats.Activity(r.groupsDay(), r.groupsWeek(), r.groupsMonth()), rows);
  }
}

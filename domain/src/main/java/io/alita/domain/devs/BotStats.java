package io.alita.domain.devs;

import java.util.Map;
import java.util.Objects;

/**
 * What {@code /stats} shows: how many users and chats the bot knows, how many were active lately, and how many rows each
 * feature keeps.
 *
 * @param activeChats groups and channels not marked inactive (private chats are not counted)
 * @param inactiveChats groups and channels the bot left or was removed from
 * @param activeUsers users who wrote in the last day, week and month (DAU, WAU, MAU)
 * @param activeGroups groups with a message in the last day, week and month (DAG, WAG, MAG)
 * @param rows rows per feature; a feature missing from the map has none
 */
public record BotStats(long users, long activeChats, long inactiveChats, Activity activeUsers, Activity activeGroups,
    Map<StoredFeature, Long> rows) {

  public BotStats {
    Objects.requireNonNull(activeUsers, "activeUsers");
    Objects.requireNonNull(activeGroups, "activeGroups");
    rows = Map.copyOf(rows);
  }

  /** Rows kept for {@code feature}. */
  public long rows(StoredFeature feature) {
    return rows.getOrDefault(feature, 0L);
  }

  /** How many were active in the last day, week and month (each window includes the shorter ones). */
  public record Activity(long day, long week, long month) {}
}

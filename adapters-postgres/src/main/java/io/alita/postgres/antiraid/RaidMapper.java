package io.alita.postgres.antiraid;

import java.time.OffsetDateTime;
import org.apache.ibatis.annotations.Param;

/**
 * The MyBatis mapper of {@code antiraid_settings}; the SQL is in {@code RaidMapper.xml} beside it. Register it with
 * {@link io.alita.postgres.mybatis.MyBatis#sessionFactory} to use {@link MyBatisRaidStore}.
 */
public interface RaidMapper {

  /** An {@code antiraid_settings} row; {@code activeUntil} null when no raid was started or it was switched off. */
  record SettingsRow(int raidTimeSeconds, int actionTimeSeconds, int autoThreshold, OffsetDateTime activeUntil) {}

  /** The chat's row, or null when it never changed anything. */
  SettingsRow settings(@Param("chatId") long chatId);

  /** Inserts a bare {@code chats} row unless there is one (the foreign key needs it). */
  int ensureChat(@Param("chatId") long chatId);

  int setRaidTime(@Param("chatId") long chatId, @Param("seconds") int seconds);

  int setActionTime(@Param("chatId") long chatId, @Param("seconds") int seconds);

  int setAutoThreshold(@Param("chatId") long chatId, @Param("joins") int joins);

  int setActiveUntil(@Param("chatId") long chatId, @Param("until") OffsetDateTime until);
}

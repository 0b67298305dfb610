package io.alita.postgres.cooldowns;

import java.time.OffsetDateTime;
import org.apache.ibatis.annotations.Param;

/**
 * The MyBatis mapper of the {@code backup_cooldowns} table; the SQL is in {@code BackupCooldownMapper.xml} beside it.
 * Registered in {@link io.alita.postgres.mybatis.Mappers#ALL}.
 */
public interface BackupCooldownMapper {

  /** Until when {@code command} rests in the chat; null when it never ran there. */
  OffsetDateTime until(@Param("chatId") long chatId, @Param("command") String command);

  /** Sets (or replaces) until when {@code command} rests in the chat. */
  int restUntil(@Param("chatId") long chatId, @Param("command") String command,
      @Param("until") OffsetDateTime until);
}

package io.alita.postgres.antiflood;

import org.apache.ibatis.annotations.Param;

/**
 * The MyBatis mapper of {@code antiflood_settings}; the SQL is in {@code FloodSettingsMapper.xml} beside it. Register it
 * with {@link io.alita.postgres.mybatis.MyBatis#sessionFactory} to use {@link MyBatisFloodSettingsStore}.
 */
public interface FloodSettingsMapper {

  /** An {@code antiflood_settings} row; {@code floodLimit} 0 is off, {@code actionSeconds} null for untimed actions. */
  record SettingsRow(int floodLimit, String action, Integer actionSeconds, boolean deleteFlood) {}

  /** The chat's row, or null when it never changed anything. */
  SettingsRow settings(@Param("chatId") long chatId);

  /** Inserts a bare {@code chats} row unless there is one (the foreign key needs it). */
  int ensureChat(@Param("chatId") long chatId);

  int setLimit(@Param("chatId") long chatId, @Param("limit") int limit);

  int setMode(@Param("chatId") long chatId, @Param("action") String action, @Param("seconds") Integer seconds);

  int setDeleteFlood(@Param("chatId") long chatId, @Param("delete") boolean delete);
}

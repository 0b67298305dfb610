package io.alita.postgres.warns;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * The MyBatis mapper of {@code warns_settings} and {@code warns_users}; the SQL is in {@code WarnMapper.xml} beside it.
 * Register it with {@link io.alita.postgres.mybatis.MyBatis#sessionFactory} to use {@link MyBatisWarnStore}.
 */
public interface WarnMapper {

  /** A {@code warns_settings} row; {@code warnModeSeconds} is null for the untimed modes. */
  record SettingsRow(int warnLimit, String warnMode, Integer warnModeSeconds) {}

  /** A member's count and reasons (oldest first). */
  record WarnsRow(int numWarns, String[] reasons) {}

  /** A warned member with the name the bot last saw (name and username may be null). */
  record WarnedRow(long userId, String name, String username, int numWarns, String[] reasons) {}

  /** The chat's members with warns, most first. */
  List<WarnedRow> warnedIn(@Param("chatId") long chatId);

  /** The chat's settings row, or null when it never changed them. */
  SettingsRow settings(@Param("chatId") long chatId);

  /** Inserts a bare {@code chats} row unless there is one (the foreign keys need it). */
  int ensureChat(@Param("chatId") long chatId);

  /** Inserts a bare {@code users} row unless there is one. */
  int ensureUser(@Param("userId") long userId);

  int setLimit(@Param("chatId") long chatId, @Param("limit") int limit);

  int setMode(@Param("chatId") long chatId, @Param("mode") String mode, @Param("seconds") Integer seconds);

  /** One statement: inserts the first warn or adds one to the count and the reason to the list. */
  WarnsRow addWarn(@Param("chatId") long chatId, @Param("userId") long userId, @Param("reason") String reason);

  /** The row after taking back the latest warn; null when the member had none. */
  WarnsRow removeLatest(@Param("chatId") long chatId, @Param("userId") long userId);

  /** Deletes the member's row; returns 1 when they had warns, else 0. */
  int reset(@Param("chatId") long chatId, @Param("userId") long userId);

  /** Deletes the chat's rows; returns how many members had warns. */
  int resetAll(@Param("chatId") long chatId);

  /** The member's row, or null. */
  WarnsRow warnsOf(@Param("chatId") long chatId, @Param("userId") long userId);
}

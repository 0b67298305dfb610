package io.alita.postgres.console;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * The MyBatis mapper behind {@link MyBatisChatDirectory} (reads of {@code chats}, {@code chat_users} and the settings
 * tables); the SQL is in {@code ChatDirectoryMapper.xml} beside it.
 */
public interface ChatDirectoryMapper {

  /** One group with its counts and protections. */
  record SummaryRow(long chatId, String chatType, String chatName, String username, long membersSeen,
      boolean captcha, boolean antiflood, int blacklistWords, int locks, boolean antiraid, boolean rules) {}

  /**
   * A page of groups by title.
   *
   * @param pattern an ILIKE pattern with {@code \} as escape, or null for every group
   * @param exactId the chat id to match as well, or null
   * @param among the only chat ids to list (not empty), or null for every group
   */
  List<SummaryRow> page(@Param("pattern") String pattern, @Param("exactId") Long exactId,
      @Param("among") List<Long> among, @Param("limit") int limit, @Param("offset") long offset);

  /** How many groups {@link #page} would list across every page. */
  long count(@Param("pattern") String pattern, @Param("exactId") Long exactId, @Param("among") List<Long> among);

  /** One group, or null. */
  SummaryRow chat(@Param("chatId") long chatId);
}

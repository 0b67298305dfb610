package io.alita.postgres.reports;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * The MyBatis mapper of {@code report_chat_settings} and {@code report_user_settings}; the SQL is in
 * {@code ReportMapper.xml} beside it. The blocked users are a {@code BIGINT[]} column, read as rows with
 * {@code unnest} and changed with {@code array_append}/{@code array_remove}, so no array type handler is needed.
 */
public interface ReportMapper {

  /** The chat's switch; null when it never set anything. */
  Boolean chatEnabled(@Param("chatId") long chatId);

  List<Long> blocked(@Param("chatId") long chatId);

  int ensureChat(@Param("chatId") long chatId);

  int ensureUser(@Param("userId") long userId);

  int setChatEnabled(@Param("chatId") long chatId, @Param("enabled") boolean enabled);

  int block(@Param("chatId") long chatId, @Param("userId") long userId);

  int unblock(@Param("chatId") long chatId, @Param("userId") long userId);

  /** The user's switch; null when they never set it. */
  Boolean userEnabled(@Param("userId") long userId);

  int setUserEnabled(@Param("userId") long userId, @Param("enabled") boolean enabled);

  /** Those of {@code users} whose setting is off. */
  List<Long> optedOut(@Param("users") List<Long> users);
}

package io.alita.postgres.devs;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * The MyBatis mapper of the {@code devs} table; the SQL is in {@code TeamMapper.xml} beside it. Register it with
 * {@link io.alita.postgres.mybatis.MyBatis#sessionFactory} to use {@link MyBatisTeamStore}.
 */
public interface TeamMapper {

  /** A {@code devs} row with the member's name from {@code users} (null when the bot never saw them). */
  record TeamRow(long userId, boolean isDev, boolean sudo, String name) {}

  /** The user's row, or null when they have none. */
  TeamRow find(@Param("userId") long userId);

  /** Makes sure {@code users} has a row for the user, which {@code devs.user_id} references. */
  int ensureUser(@Param("userId") long userId);

  int upsert(@Param("userId") long userId, @Param("dev") boolean dev, @Param("sudo") boolean sudo);

  int delete(@Param("userId") long userId);

  /** Every row that gives a role, devs first, then by user id. */
  List<TeamRow> members();
}

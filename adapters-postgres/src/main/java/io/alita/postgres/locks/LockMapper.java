package io.alita.postgres.locks;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * The MyBatis mapper of {@code locks}; the SQL is in {@code LockMapper.xml} beside it. Register it with
 * {@link io.alita.postgres.mybatis.MyBatis#sessionFactory} to use {@link MyBatisLockStore}.
 */
public interface LockMapper {

  /** The words of the chat's locked types. */
  List<String> locked(@Param("chatId") long chatId);

  /** Inserts a bare {@code chats} row unless there is one (the foreign key needs it). */
  int ensureChat(@Param("chatId") long chatId);

  /** Sets {@code locked} for every type in {@code types} in one statement, inserting the rows that are missing. */
  int set(@Param("chatId") long chatId, @Param("types") List<String> types, @Param("locked") boolean locked);
}

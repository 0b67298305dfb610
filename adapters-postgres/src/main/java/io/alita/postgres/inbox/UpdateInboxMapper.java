package io.alita.postgres.inbox;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * The MyBatis mapper of the {@code update_inbox} table; the SQL is in {@code UpdateInboxMapper.xml} beside it.
 * Registered in {@link io.alita.postgres.mybatis.Mappers#ALL}.
 */
public interface UpdateInboxMapper {

  /** One kept update, as stored. */
  record KeptRow(long updateId, long chatId, String payload) {}

  /** Keeps {@code rows} in one statement; an update kept before stays as it was. */
  int keep(@Param("rows") List<KeptRow> rows);

  int handled(@Param("updateId") long updateId);

  /** Forgets every update in {@code updateIds} in one statement. */
  int handledAll(@Param("updateIds") List<Long> updateIds);

  /** Every kept update by {@code update_id}. */
  List<KeptRow> pending();
}

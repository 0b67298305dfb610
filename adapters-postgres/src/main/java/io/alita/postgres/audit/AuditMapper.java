package io.alita.postgres.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * The MyBatis mapper of {@code audit_log} (read only: the rows are written by the database's trigger); the SQL is in
 * {@code AuditMapper.xml} beside it. Register it with {@link io.alita.postgres.mybatis.MyBatis#sessionFactory} to use
 * {@link MyBatisAuditTrail}.
 */
public interface AuditMapper {

  /**
   * One field of one entry: the entry's columns repeated on each of its fields' rows. An entry without fields (a row
   * whose every column is bookkeeping) comes as one row with a null field.
   */
  record FieldRow(long id, OffsetDateTime at, Long actorId, String actorName, String via, long chatId, String subject,
      String change, String field, String before, String after) {}

  /**
   * A page of entries, newest first, one row per field (the fields that name the row first, then by name).
   *
   * @param chatIds the chats (not empty), or null for every chat
   */
  List<FieldRow> page(@Param("chatIds") List<Long> chatIds, @Param("limit") int limit, @Param("offset") long offset);

  /** How many entries there are (of the chats, or of every chat for null). */
  long count(@Param("chatIds") List<Long> chatIds);
}

package io.alita.postgres.approvals;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * The MyBatis mapper of {@code approved_users}; the SQL is in {@code ApprovalMapper.xml} beside it. Register it with
 * {@link io.alita.postgres.mybatis.MyBatis#sessionFactory} to use {@link MyBatisApprovalStore}.
 */
public interface ApprovalMapper {

  /** One {@code approved_users} row. */
  record ApprovalRow(long userId, String reason, long approvedBy, OffsetDateTime createdAt) {}

  /** Inserts a bare {@code chats} row unless there is one (the foreign key needs it). */
  int ensureChat(@Param("chatId") long chatId);

  /** Inserts the approval unless the user is approved already; returns 1 when it was inserted. */
  int approve(@Param("chatId") long chatId, @Param("userId") long userId, @Param("reason") String reason,
      @Param("approvedBy") long approvedBy, @Param("createdAt") OffsetDateTime createdAt);

  /** Returns how many rows were deleted (0 or 1). */
  int unapprove(@Param("chatId") long chatId, @Param("userId") long userId);

  /** Returns how many rows were deleted. */
  int unapproveAll(@Param("chatId") long chatId);

  /** The user's row, or null. */
  ApprovalRow approval(@Param("chatId") long chatId, @Param("userId") long userId);

  /** The chat's rows, oldest first, then by user id. */
  List<ApprovalRow> approvals(@Param("chatId") long chatId);

  /** The ids of the chat's approved users. */
  List<Long> approvedUsers(@Param("chatId") long chatId);
}

package io.alita.postgres.confirm;

import java.time.OffsetDateTime;
import org.apache.ibatis.annotations.Param;

/**
 * The MyBatis mapper of the {@code confirmations} table; the SQL is in {@code ConfirmationMapper.xml} beside it.
 * Registered in {@link io.alita.postgres.mybatis.Mappers#ALL}.
 */
public interface ConfirmationMapper {

  /** One stored question. */
  record ConfirmationRow(String token, long chatId, String dialog, String payload, long askedBy,
      OffsetDateTime expiresAt) {}

  /** Stores a question; one with the same token is replaced. */
  int save(@Param("token") String token, @Param("chatId") long chatId, @Param("dialog") String dialog,
      @Param("payload") String payload, @Param("askedBy") long askedBy, @Param("expiresAt") OffsetDateTime expiresAt);

  /** The question with {@code token}; null when there is none. */
  ConfirmationRow find(@Param("token") String token);

  /** @return 1 for the one caller that removed the question, 0 when it was gone already */
  int take(@Param("token") String token);

  /** @return how many questions that expired before {@code now} were removed */
  int forgetExpired(@Param("now") OffsetDateTime now);
}

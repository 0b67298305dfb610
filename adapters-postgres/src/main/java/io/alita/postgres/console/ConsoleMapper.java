package io.alita.postgres.console;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The MyBatis mapper of {@code console_login_links} and {@code console_sessions}; SQL in ConsoleMapper.xml. */
public interface ConsoleMapper {

  record LinkRow(long userId, String userName) {}

  record SessionRow(long userId, String userName, String role, Long[] chatIds, String csrfToken, Instant expiresAt) {}

  int insertLink(@Param("tokenHash") String tokenHash, @Param("userId") long userId,
      @Param("userName") String userName, @Param("expiresAt") Instant expiresAt);

  /** Marks the link used and returns its holder, when it was unused and unexpired; null otherwise. */
  LinkRow redeemLink(@Param("tokenHash") String tokenHash, @Param("now") Instant now);

  /** 1 when the proof was new and is now recorded as used, 0 when it had been recorded before. */
  int insertUsedProof(@Param("tokenHash") String tokenHash, @Param("userId") long userId,
      @Param("userName") String userName, @Param("now") Instant now, @Param("expiresAt") Instant expiresAt);

  int deleteExpiredLinks(@Param("now") Instant now);

  int insertSession(@Param("idHash") String idHash, @Param("row") SessionRow row);

  SessionRow findSession(@Param("idHash") String idHash, @Param("now") Instant now);

  int deleteSession(@Param("idHash") String idHash);

  int deleteExpiredSessions(@Param("now") Instant now);

  List<Long> chatsWhereSeen(@Param("userId") long userId, @Param("limit") int limit);
}

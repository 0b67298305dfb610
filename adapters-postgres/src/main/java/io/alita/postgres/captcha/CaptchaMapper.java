package io.alita.postgres.captcha;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * The MyBatis mapper of the captcha tables; the SQL is in {@code CaptchaMapper.xml} beside it. Register it with
 * {@link io.alita.postgres.mybatis.MyBatis#sessionFactory} to use {@link MyBatisCaptchaStore}.
 */
public interface CaptchaMapper {

  /** A {@code captcha_settings} row. */
  record SettingsRow(boolean enabled, String captchaMode, int timeout, String failureAction, int maxAttempts) {}

  /** A {@code captcha_attempts} row with the member's name ({@code users.name}, empty when unknown). */
  record AttemptRow(long id, long chatId, long userId, String userName, String answer, int attempts, int refreshCount,
      Long messageId, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime expiresAt) {}

  /** An attempt just deleted, with how many held-back messages went with it. */
  record ClaimedRow(long id, long chatId, long userId, String userName, String answer, int attempts, int refreshCount,
      Long messageId, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime expiresAt, int storedCount) {}

  /** A {@code stored_messages} row. */
  record StoredRow(int messageType, String content, String fileId, String caption) {}

  /** A {@code captcha_muted_users} row. */
  record MuteRow(long chatId, long userId, OffsetDateTime unmuteAt) {}

  SettingsRow settings(@Param("chatId") long chatId);

  /** Inserts a bare {@code chats} row unless there is one (the foreign keys need it). */
  int ensureChat(@Param("chatId") long chatId);

  /** Inserts a {@code users} row with the name unless there is one (the tracker keeps names current). */
  int ensureUser(@Param("userId") long userId, @Param("name") String name);

  int setEnabled(@Param("chatId") long chatId, @Param("enabled") boolean enabled);

  int setMode(@Param("chatId") long chatId, @Param("mode") String mode);

  int setTimeout(@Param("chatId") long chatId, @Param("minutes") int minutes);

  int setFailureAction(@Param("chatId") long chatId, @Param("action") String action);

  int setMaxAttempts(@Param("chatId") long chatId, @Param("maxAttempts") int maxAttempts);

  /** Inserts the attempt; returns its id, or null when the member already has one in the chat. */
  Long create(@Param("chatId") long chatId, @Param("userId") long userId, @Param("answer") String answer,
      @Param("createdAt") OffsetDateTime createdAt, @Param("expiresAt") OffsetDateTime expiresAt);

  AttemptRow attempt(@Param("id") long id);

  AttemptRow attemptOf(@Param("chatId") long chatId, @Param("userId") long userId);

  List<AttemptRow> attempts();

  List<AttemptRow> attemptsIn(@Param("chatId") long chatId);

  int setMessage(@Param("id") long id, @Param("messageId") long messageId);

  /** The new count, or null when the attempt is gone. */
  Integer addWrongAnswer(@Param("id") long id);

  /** Returns 1 when the attempt was refreshed from {@code expected}, else 0. */
  int refresh(@Param("id") long id, @Param("expected") int expected, @Param("answer") String answer,
      @Param("at") OffsetDateTime at);

  /** Deletes the attempt (and, by the cascade, its held-back messages); null when it is gone. */
  ClaimedRow claim(@Param("id") long id);

  /** Returns 1 when stored, 0 when the attempt is gone. */
  int storeMessage(@Param("id") long id, @Param("type") int type, @Param("content") String content,
      @Param("fileId") String fileId, @Param("caption") String caption);

  List<StoredRow> storedMessages(@Param("id") long id);

  int clearStoredMessages(@Param("id") long id);

  int addMute(@Param("chatId") long chatId, @Param("userId") long userId, @Param("unmuteAt") OffsetDateTime unmuteAt);

  int removeMute(@Param("chatId") long chatId, @Param("userId") long userId);

  List<MuteRow> mutes();

  List<MuteRow> removeMutes(@Param("chatId") long chatId);
}

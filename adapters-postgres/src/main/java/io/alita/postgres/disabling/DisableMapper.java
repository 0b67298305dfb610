package io.alita.postgres.disabling;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * The MyBatis mapper of {@code disable} and {@code disable_chat_settings}; the SQL is in {@code DisableMapper.xml}
 * beside it.
 */
public interface DisableMapper {

  /** The chat's disabled commands, sorted. */
  List<String> disabled(@Param("chatId") long chatId);

  /** The chat's /disabledel switch; null when it never set it. */
  Boolean deleteCommands(@Param("chatId") long chatId);

  /** Inserts a bare {@code chats} row unless there is one (the foreign keys need it). */
  int ensureChat(@Param("chatId") long chatId);

  int disable(@Param("chatId") long chatId, @Param("commands") List<String> commands);

  int enable(@Param("chatId") long chatId, @Param("commands") List<String> commands);

  int setDeleteCommands(@Param("chatId") long chatId, @Param("delete") boolean delete);
}

package io.alita.postgres.backup;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * The backup store's MyBatis mapper; its SQL is in {@code BackupMapper.xml}. Besides these methods the XML holds, for
 * every table a backup module covers, the statements {@code select_T}, {@code upsert_T}, {@code delete_T} and
 * {@code clear_T}, which {@link PostgresBackupStore} calls by id with a map of column values.
 */
public interface BackupMapper {

  /** Inserts the chat a file is imported into when it is not recorded yet (the tables' foreign key needs it). */
  int recordChat(@Param("chatId") long chatId, @Param("chatType") String chatType);

  /** Inserts a user the file names whom the bot has never seen (a warned user: warns_users' foreign key). */
  int recordUser(@Param("userId") long userId);

  /** Group-like chats with a row in any module's table, ordered by id. */
  List<Long> chatsWithData();
}

package io.alita.postgres.backup;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * The backup store's MyBatis mapper; its SQL is in {@code BackupMapper.xml}. Besides these methods the XML holds, for
 * every table a backup module covers, {@code select_T} and {@code clear_T}, and {@code upsert_T} (a settings table) or
 * {@code upsertMany_T} and {@code deleteMany_T} (a table with a key), which {@link PostgresBackupStore} calls by id
 * with a map of column values.
 */
public interface BackupMapper {

  /** Inserts the chat a file is imported into when it is not recorded yet (the tables' foreign key needs it). */
  int recordChat(@Param("chatId") long chatId, @Param("chatType") String chatType);

  /** Inserts the users a file names whom the bot has never seen (warned users: warns_users' foreign key). */
  int recordUsers(@Param("userIds") List<Long> userIds);

  /** Group-like chats with a row in any module's table, ordered by id. */
  List<Long> chatsWithData();
}

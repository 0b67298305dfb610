package io.alita.postgres.admin;

import org.apache.ibatis.annotations.Param;

/** The {@code admin} table: one row of settings per chat. */
public interface AdminSettingsMapper {

  /** @return the chat's switch, or null when the chat has no settings row */
  Boolean anonAdmin(@Param("chatId") long chatId);

  /** Creates the chat's row in {@code chats} if it is missing (the settings row references it). */
  int ensureChat(@Param("chatId") long chatId);

  /** Inserts or updates the switch; a row that already holds {@code trusted} is not rewritten. */
  int upsertAnonAdmin(@Param("chatId") long chatId, @Param("trusted") boolean trusted);
}

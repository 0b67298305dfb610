package io.alita.postgres.greetings;

import org.apache.ibatis.annotations.Param;

/**
 * The MyBatis mapper of the {@code greetings} table; the SQL is in {@code GreetingsMapper.xml} beside it. Register it
 * with {@link io.alita.postgres.mybatis.MyBatis#sessionFactory} to use {@link MyBatisGreetingsStore}.
 */
public interface GreetingsMapper {

  /** A chat's row; text columns nullable, buttons as JSON text (nullable). */
  record GreetingsRow(boolean cleanService, boolean welcomeEnabled, String welcomeText, String welcomeFileId,
      int welcomeType, String welcomeButtons, boolean welcomeCleanOld, boolean goodbyeEnabled, String goodbyeText,
      String goodbyeFileId, int goodbyeType, String goodbyeButtons, boolean goodbyeCleanOld, boolean autoApprove) {}

  /** The chat's row, or null. */
  GreetingsRow find(@Param("chatId") long chatId);

  /** Inserts the chat when it is not recorded yet; a recorded chat is left to passive tracking. */
  int recordChat(@Param("chatId") long chatId, @Param("chatType") String chatType, @Param("chatName") String chatName,
      @Param("username") String username);

  /** Creates the chat's row with the defaults when it has none. */
  int ensureRow(@Param("chatId") long chatId, @Param("welcomeText") String welcomeText,
      @Param("goodbyeText") String goodbyeText);

  int setWelcome(@Param("chatId") long chatId, @Param("text") String text, @Param("fileId") String fileId,
      @Param("type") int type, @Param("buttons") String buttons);

  int setGoodbye(@Param("chatId") long chatId, @Param("text") String text, @Param("fileId") String fileId,
      @Param("type") int type, @Param("buttons") String buttons);

  int resetWelcome(@Param("chatId") long chatId, @Param("text") String text, @Param("enabled") boolean enabled);

  int resetGoodbye(@Param("chatId") long chatId, @Param("text") String text, @Param("enabled") boolean enabled);

  /** @param column one of the switch columns, chosen in Java from a fixed list (never user input) */
  int setSwitch(@Param("chatId") long chatId, @Param("column") String column, @Param("on") boolean on);

  /** Records the last welcome sent and returns the one before (null when none, or no row). */
  Long swapLastWelcome(@Param("chatId") long chatId, @Param("message") long message);

  Long swapLastGoodbye(@Param("chatId") long chatId, @Param("message") long message);
}

package io.alita.postgres.rules;

import org.apache.ibatis.annotations.Param;

/**
 * The MyBatis mapper of the {@code rules} table; the SQL is in {@code RulesMapper.xml} beside it. Register it with
 * {@link io.alita.postgres.mybatis.MyBatis#sessionFactory} to use {@link MyBatisRulesStore}.
 */
public interface RulesMapper {

  /**
   * A chat and its rules row, if any.
   *
   * @param chatName nullable
   * @param rules the Markdown source; nullable
   * @param rulesBtn nullable
   */
  record RulesRow(long chatId, String chatName, String rules, String rulesBtn, boolean privately) {}

  /** The chat's row joined with its rules row; null when the chat was never recorded. */
  RulesRow find(@Param("chatId") long chatId);

  /** Inserts the chat when it is not recorded yet; a recorded chat is left to passive tracking. */
  int recordChat(@Param("chatId") long chatId, @Param("chatType") String chatType, @Param("chatName") String chatName,
      @Param("username") String username);

  int saveText(@Param("chatId") long chatId, @Param("rules") String rules);

  int clearText(@Param("chatId") long chatId);

  int setPrivate(@Param("chatId") long chatId, @Param("privately") boolean privately);

  int setButton(@Param("chatId") long chatId, @Param("text") String text);

  int clearButton(@Param("chatId") long chatId);
}

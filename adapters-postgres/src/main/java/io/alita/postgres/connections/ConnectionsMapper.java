package io.alita.postgres.connections;

import org.apache.ibatis.annotations.Param;

/**
 * The MyBatis mapper of the {@code connection} and {@code connection_settings} tables; the SQL is in
 * {@code ConnectionsMapper.xml} beside it. Register it with {@link io.alita.postgres.mybatis.MyBatis#sessionFactory}
 * to use {@link MyBatisConnectionsStore}.
 */
public interface ConnectionsMapper {

  /**
   * A recorded chat.
   *
   * @param chatName nullable
   * @param username nullable
   */
  record ChatRow(long chatId, String chatType, String chatName, String username) {}

  /** A user's connection joined with its chat. */
  record ConnectionRow(long userId, boolean connected, long chatId, String chatType, String chatName,
      String username) {}

  ConnectionRow find(@Param("userId") long userId);

  ChatRow chat(@Param("chatId") long chatId);

  ChatRow chatNamed(@Param("username") String username);

  /** Inserts the user when not recorded yet; a recorded one is left to passive tracking. */
  int recordUser(@Param("userId") long userId, @Param("name") String name, @Param("username") String username);

  /** Inserts the chat when not recorded yet; a recorded one is left to passive tracking. */
  int recordChat(@Param("chatId") long chatId, @Param("chatType") String chatType, @Param("chatName") String chatName,
      @Param("username") String username);

  int connect(@Param("userId") long userId, @Param("chatId") long chatId);

  int disconnect(@Param("userId") long userId);

  Boolean allowConnect(@Param("chatId") long chatId);

  int setAllowConnect(@Param("chatId") long chatId, @Param("allow") boolean allow);
}

package io.alita.postgres.pins;

import org.apache.ibatis.annotations.Param;

/** The MyBatis mapper of the {@code pins} table; the SQL is in {@code PinsMapper.xml} beside it. */
public interface PinsMapper {

  /** One chat's row. */
  record PinsRow(boolean antiChannelPin, boolean cleanLinked) {}

  /** The chat's row; null when it has none. */
  PinsRow find(@Param("chatId") long chatId);

  /** Inserts the chat when it is not recorded yet; a recorded chat is left to passive tracking. */
  int recordChat(@Param("chatId") long chatId, @Param("chatType") String chatType, @Param("chatName") String chatName,
      @Param("username") String username);

  int setAntiChannelPin(@Param("chatId") long chatId, @Param("on") boolean on);

  int setCleanLinked(@Param("chatId") long chatId, @Param("on") boolean on);
}

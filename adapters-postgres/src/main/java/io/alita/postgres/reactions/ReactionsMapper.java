package io.alita.postgres.reactions;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The MyBatis mapper of the {@code reactions} table; the SQL is in {@code ReactionsMapper.xml} beside it. */
public interface ReactionsMapper {

  /** One row. */
  record ReactionRow(String keyword, String emoji) {}

  /** The chat's rows, by keyword. */
  List<ReactionRow> list(@Param("chatId") long chatId);

  /** Inserts the chat when it is not recorded yet; a recorded chat is left to passive tracking. */
  int recordChat(@Param("chatId") long chatId, @Param("chatType") String chatType, @Param("chatName") String chatName,
      @Param("username") String username);

  /** 1 when the keyword existed already (its emoji is replaced), 0 when it was inserted. */
  int exists(@Param("chatId") long chatId, @Param("keyword") String keyword);

  int upsert(@Param("chatId") long chatId, @Param("keyword") String keyword, @Param("emoji") String emoji);

  int remove(@Param("chatId") long chatId, @Param("keyword") String keyword);

  int removeAll(@Param("chatId") long chatId);
}

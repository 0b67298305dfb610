package io.alita.postgres.filters;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * The MyBatis mapper of {@code filters}; the SQL is in {@code FiltersMapper.xml} beside it. Register it with
 * {@link io.alita.postgres.mybatis.MyBatis#sessionFactory} to use {@link MyBatisFiltersStore}.
 */
public interface FiltersMapper {

  /** One filter as stored: the original's columns ({@code filter_buttons} read as text). */
  record Row(String keyword, String reply, int type, String fileId, boolean silent, String buttons) {}

  List<Row> filters(@Param("chatId") long chatId);

  Row find(@Param("chatId") long chatId, @Param("keyword") String keyword);

  int count(@Param("chatId") long chatId);

  /** Inserts a bare {@code chats} row unless there is one (the foreign key needs it). */
  int ensureChat(@Param("chatId") long chatId);

  /** Inserts or replaces the chat's filter for the keyword; returns true when it was inserted. */
  Boolean put(@Param("chatId") long chatId, @Param("keyword") String keyword, @Param("reply") String reply,
      @Param("type") int type, @Param("fileId") String fileId, @Param("silent") boolean silent,
      @Param("buttons") String buttons);

  int remove(@Param("chatId") long chatId, @Param("keyword") String keyword);

  int removeAll(@Param("chatId") long chatId);
}

package io.alita.postgres.blacklists;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * The MyBatis mapper of {@code blacklist_settings} and {@code blacklists}; the SQL is in {@code BlacklistMapper.xml}
 * beside it. Register it with {@link io.alita.postgres.mybatis.MyBatis#sessionFactory} to use
 * {@link MyBatisBlacklistStore}.
 */
public interface BlacklistMapper {

  /**
   * One row of a chat's blacklist joined with its settings: one row per word, or a single row without a word when the
   * chat has none. The chat's columns are null when it never set an action; a word's when it has no action of its own.
   */
  record Row(String chatAction, Integer chatActionSeconds, String word, String wordAction, Integer wordActionSeconds) {}

  /** The chat's settings and words in one statement (one snapshot). */
  List<Row> blacklist(@Param("chatId") long chatId);

  /** Inserts a bare {@code chats} row unless there is one (the foreign keys need it). */
  int ensureChat(@Param("chatId") long chatId);

  /**
   * Inserts the words not listed yet, in the order given, and returns those it inserted. Callers pass them sorted, so
   * that concurrent inserts take the unique index's locks in the same order and never deadlock.
   */
  List<String> addWords(@Param("chatId") long chatId, @Param("words") List<String> words);

  int removeWord(@Param("chatId") long chatId, @Param("word") String word);

  int removeAll(@Param("chatId") long chatId);

  int setAction(@Param("chatId") long chatId, @Param("action") String action, @Param("seconds") Integer seconds);

  /** Sets (or with nulls clears) a listed word's own action; returns 0 when the word is not listed. */
  int setOverride(@Param("chatId") long chatId, @Param("word") String word, @Param("action") String action,
      @Param("seconds") Integer seconds);
}

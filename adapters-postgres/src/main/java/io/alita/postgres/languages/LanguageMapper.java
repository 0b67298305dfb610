package io.alita.postgres.languages;

import org.apache.ibatis.annotations.Param;

/** The MyBatis mapper of {@code chats.language} and {@code users.language}; the SQL is in {@code LanguageMapper.xml}. */
public interface LanguageMapper {

  /** The chat's language; null when the chat was never recorded. */
  String chatLanguage(@Param("chatId") long chatId);

  /** The user's language; null when the user was never recorded. */
  String userLanguage(@Param("userId") long userId);

  int setChatLanguage(@Param("chatId") long chatId, @Param("chatType") String chatType,
      @Param("chatName") String chatName, @Param("username") String username, @Param("language") String language);

  int setUserLanguage(@Param("userId") long userId, @Param("name") String name, @Param("username") String username,
      @Param("language") String language);
}

package io.alita.postgres.tracking;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * The MyBatis mapper of the tracking tables ({@code users}, {@code chats}, {@code chat_users}, {@code channels}); the SQL is
 * in {@code SeenMapper.xml} beside it. Writes take lists of flat rows, each written with one multi-row statement, so a
 * flush costs a handful of round trips whatever its size. Register it with
 * {@link io.alita.postgres.mybatis.MyBatis#sessionFactory} to use {@link MyBatisSeenStore} or {@link MyBatisUserDirectory}.
 */
public interface SeenMapper {

  /** A {@code users} row to upsert; {@code username} is nullable. */
  record UserRow(long userId, String name, String username, OffsetDateTime at) {}

  /** A {@code chats} row to upsert; {@code chatType} is the schema's word (private, group, supergroup, channel). */
  record ChatRow(long chatId, String chatType, String title, String username, OffsetDateTime at) {}

  /** A {@code channels} row to upsert. */
  record ChannelRow(long chatId, String title, String username, OffsetDateTime at) {}

  /** A {@code chat_users} row to upsert. */
  record MembershipRow(long chatId, long userId, OffsetDateTime at) {}

  /** A username the batch gives to {@code holderId}, a user or a channel ({@code holder} is "user" or "channel"). */
  record UsernameClaim(String holder, long holderId, String username, OffsetDateTime at) {}

  /** Who holds a username: {@code kind} is "user" or "channel". */
  record UsernameHolder(String kind, long id) {}

  int takeUsernamesFromUsers(@Param("claims") List<UsernameClaim> claims);

  int takeUsernamesFromChannels(@Param("claims") List<UsernameClaim> claims);

  int upsertUsers(@Param("rows") List<UserRow> rows);

  int upsertChats(@Param("rows") List<ChatRow> rows);

  int upsertChannels(@Param("rows") List<ChannelRow> rows);

  int upsertMemberships(@Param("rows") List<MembershipRow> rows);

  int deleteMembership(@Param("chatId") long chatId, @Param("userId") long userId);

  /** Locks the rows of both ids (in id order, so two migrations cannot deadlock) and returns the ids that exist. */
  List<Long> lockChats(@Param("from") long from, @Param("to") long to);

  int copyMembershipsBack(@Param("from") long from, @Param("to") long to);

  int takeOverChatDetails(@Param("from") long from, @Param("to") long to);

  int deleteChat(@Param("chatId") long chatId);

  int moveChat(@Param("from") long from, @Param("to") long to);

  /** The user holding the username (the most recently active if stale rows share it), else the channel; null if neither. */
  UsernameHolder findUsernameHolder(@Param("canonical") String canonicalUsername);
}

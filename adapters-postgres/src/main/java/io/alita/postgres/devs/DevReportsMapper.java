package io.alita.postgres.devs;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * The MyBatis mapper of the Devs module's reports: counts for {@code /stats} and the chat reads of {@code /chatinfo} and
 * {@code /chatlist}; the SQL is in {@code DevReportsMapper.xml} beside it. Read only. Register it with
 * {@link io.alita.postgres.mybatis.MyBatis#sessionFactory} to use {@link MyBatisBotStats} or {@link MyBatisKnownChats}.
 */
public interface DevReportsMapper {

  /** Every count of {@code /stats}, in one row. */
  record StatsRow(long users, long activeChats, long inactiveChats,
      long usersDay, long usersWeek, long usersMonth, long groupsDay, long groupsWeek, long groupsMonth,
      long notes, long filters, long blacklistWords, long warnedUsers, long rules, long greetings, long locks,
      long approvedUsers, long disabledCommands, long connections, long captcha, long antiflood, long pins) {}

  /** One {@code chats} row with the number of members seen there; nullable: name, username, memberCount. */
  record ChatRow(long chatId, String chatType, String chatName, String username, Integer memberCount,
      boolean inactive, OffsetDateTime lastActivity, long membersSeen) {}

  /** One line of the chat list; {@code chatName} is nullable. */
  record ChatLine(long chatId, String chatName) {}

  /** The counts; activity counts rows whose {@code last_activity} is at or after each bound. */
  StatsRow stats(@Param("dayAgo") OffsetDateTime dayAgo, @Param("weekAgo") OffsetDateTime weekAgo,
      @Param("monthAgo") OffsetDateTime monthAgo);

  /** The chat, or null when there is no row for it. */
  ChatRow chat(@Param("chatId") long chatId);

  /** Groups, supergroups and channels not marked inactive, most recently active first. */
  List<ChatLine> activeChats();
}

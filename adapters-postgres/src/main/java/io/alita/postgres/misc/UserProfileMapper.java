package io.alita.postgres.misc;

import org.apache.ibatis.annotations.Param;

/** Reads {@code users} by id; the SQL is in {@code UserProfileMapper.xml} beside it. */
public interface UserProfileMapper {

  /** A {@code users} row; {@code name} and {@code username} are nullable. */
  record ProfileRow(long userId, String name, String username) {}

  /** The user's row, or null when the bot has never seen them. */
  ProfileRow find(@Param("userId") long userId);
}

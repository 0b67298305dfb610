package io.alita.postgres.admin;

import org.apache.ibatis.annotations.Param;

/** Reads the names kept in {@code users}. */
public interface UserNameMapper {

  /** @return the user's stored name, or null when the user is unknown or has none */
  String name(@Param("userId") long userId);
}

package io.alita.postgres.mybatis;

import org.apache.ibatis.annotations.Param;

/**
 * Tells the database who is acting, for the rest of the current transaction: the settings the audit trigger reads.
 * Registered by {@link MyBatis#sessionFactory} itself, since {@link Sessions} needs it whatever the stores are.
 */
public interface ActorMapper {

  /**
   * Sets {@code alita.actor_id} ({@code ""} for none), {@code alita.actor_name} and {@code alita.via}, local to the
   * transaction.
   *
   * @return the three values as set, joined (only to give the statement a result)
   */
  String attribute(@Param("actorId") String actorId, @Param("actorName") String actorName, @Param("via") String via);
}

package io.alita.postgres.audit;

import io.alita.domain.audit.Actor;
import io.alita.domain.audit.Changes;
import io.alita.postgres.mybatis.Sessions;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@link Changes} on PostgreSQL: one {@link Sessions#inTransaction} with the actor bound, so the transaction starts by
 * telling the database who is acting and the audit trigger records every row it changes under them. Called inside a
 * running transaction, the change joins it and only its own writes are attributed to {@code actor}.
 */
public final class MyBatisChanges implements Changes {

  private final Sessions sessions;

  public MyBatisChanges(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public <T> T as(Actor actor, Supplier<T> change) {
    Objects.requireNonNull(change, "change");
    return sessions.actingAs(actor, () -> sessions.inTransaction(change));
  }
}

package io.alita.postgres.audit;

import io.alita.domain.audit.Actor;
import io.alita.domain.audit.Attribution;
import io.alita.postgres.mybatis.Sessions;
import java.util.Objects;

/**
 * {@link Attribution} on {@link Sessions}: binds the actor to the thread, so each transaction a command's handler runs
 * (the event's, when it opens or is already open) is attributed to them. No transaction is opened here.
 */
public final class MyBatisAttribution implements Attribution {

  private final Sessions sessions;

  public MyBatisAttribution(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public void during(Actor actor, Runnable work) {
    Objects.requireNonNull(work, "work");
    sessions.actingAs(actor, () -> {
      work.run();
      return null;
    });
  }
}

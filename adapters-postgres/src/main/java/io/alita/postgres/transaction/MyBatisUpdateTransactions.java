package io.alita.postgres.transaction;

import io.alita.domain.dispatch.UpdateTransactions;
import io.alita.domain.update.UpdateId;
import io.alita.postgres.mybatis.Sessions;
import java.time.Instant;

/**
 * {@link UpdateTransactions} on PostgreSQL: the update id is inserted first in the transaction; when it is already
 * there the transaction ends without running the work. Two deliveries of one update racing each other serialise on
 * the primary key, so exactly one of them applies.
 */
public final class MyBatisUpdateTransactions implements UpdateTransactions {

  private final Sessions sessions;

  public MyBatisUpdateTransactions(Sessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public boolean applyOnce(UpdateId updateId, Runnable work) {
    return sessions.inTransaction(() -> {
      int claimed = sessions.with(ProcessedUpdateMapper.class, m -> m.claim(updateId.value()));
      if (claimed == 0) {
        return false;
      }
      work.run();
      return true;
    });
  }

  /** Forgets ids applied before {@code before} (Telegram does not redeliver updates older than a day). */
  public int prune(Instant before) {
    return sessions.with(ProcessedUpdateMapper.class, m -> m.pruneBefore(before));
  }
}

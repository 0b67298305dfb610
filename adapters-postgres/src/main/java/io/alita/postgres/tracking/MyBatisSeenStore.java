package io.alita.postgres.tracking;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.tracking.SeenBatch;
import io.alita.domain.tracking.SeenStore;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * {@link SeenStore} on PostgreSQL through {@link SeenMapper}. A batch is one transaction: the username claims are settled
 * first, then users, chats and channels are upserted, and memberships last (they need their user and chat rows).
 */
public final class MyBatisSeenStore implements SeenStore {

  /**
   * Rows per multi-row statement. PostgreSQL takes at most 32,767 bind parameters per statement; the widest row here has
   * seven, so 1,000 rows stay well below, while a flush of a few thousand rows still takes only a few round trips.
   */
  static final int ROWS_PER_STATEMENT = 1_000;

  private final SqlSessionFactory sessions;

  /** @param sessions a factory with {@link SeenMapper} registered */
  public MyBatisSeenStore(SqlSessionFactory sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public void record(SeenBatch batch) {
    Objects.requireNonNull(batch, "batch");
    if (batch.isEmpty()) {
      return;
    }
    SeenRows rows = SeenRows.of(batch);
    inTransaction(mapper -> {
      inChunks(rows.claims(), mapper::takeUsernamesFromUsers);
      inChunks(rows.claims(), mapper::takeUsernamesFromChannels);
      inChunks(rows.users(), mapper::upsertUsers);
      inChunks(rows.chats(), mapper::upsertChats);
      inChunks(rows.channels(), mapper::upsertChannels);
      inChunks(rows.memberships(), mapper::upsertMemberships);
    });
  }

  @Override
  public void forgetMembership(ChatId chat, UserId user) {
    inTransaction(mapper -> mapper.deleteMembership(chat.value(), user.value()));
  }

  @Override
  public void migrateChat(ChatId from, ChatId to) {
    long oldId = from.value();
    long newId = to.value();
    inTransaction(mapper -> {
      List<Long> existing = mapper.lockChats(oldId, newId);
      if (!existing.contains(oldId)) {
        return;
      }
      if (existing.contains(newId)) {
        mapper.copyMembershipsBack(oldId, newId);
        mapper.takeOverChatDetails(oldId, newId);
        mapper.deleteChat(newId);
      }
      mapper.moveChat(oldId, newId);
    });
  }

  /**
   * Runs {@code work} in one transaction. Commits and rolls back are forced: MyBatis skips both when it thinks the session
   * made no change (a {@code SELECT ... FOR UPDATE} does not count), and closing the session then restores autocommit, which
   * commits whatever is open.
   */
  private void inTransaction(Consumer<SeenMapper> work) {
    try (SqlSession session = sessions.openSession(false)) {
      try {
        work.accept(session.getMapper(SeenMapper.class));
        session.commit(true);
      } catch (RuntimeException e) {
        try {
          session.rollback(true);
        } catch (RuntimeException rollbackFailure) {
          e.addSuppressed(rollbackFailure);
        }
        throw e;
      }
    }
  }

  private static <T> void inChunks(List<T> rows, Consumer<List<T>> statement) {
    for (int start = 0; start < rows.size(); start += ROWS_PER_STATEMENT) {
      statement.accept(rows.subList(start, Math.min(rows.size(), start + ROWS_PER_STATEMENT)));
    }
  }
}

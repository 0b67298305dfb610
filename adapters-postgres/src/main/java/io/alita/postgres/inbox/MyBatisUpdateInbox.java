package io.alita.postgres.inbox;

import io.alita.domain.dispatch.UpdateInbox;
import io.alita.domain.model.ChatId;
import io.alita.domain.update.UpdateId;
import io.alita.postgres.mybatis.Sessions;
import java.util.List;
import java.util.Objects;

/**
 * {@link UpdateInbox} on PostgreSQL through {@link UpdateInboxMapper}. {@link #keep} is one multi-row
 * {@code INSERT ... ON CONFLICT (update_id) DO NOTHING} in one transaction (an empty list costs no statement);
 * {@link #pending} reads them back by {@code update_id}, the order Telegram sent them in.
 */
public final class MyBatisUpdateInbox implements UpdateInbox {

  /**
   * Rows per statement: three bind parameters each, so a batch this size stays far below PostgreSQL's limit of
   * 32,767 parameters per statement. The intake keeps far fewer at a time; a longer list takes a statement per chunk,
   * still in one transaction.
   */
  static final int ROWS_PER_STATEMENT = 5_000;

  private final Sessions sessions;

  /** @param sessions over a factory with {@link UpdateInboxMapper} registered */
  public MyBatisUpdateInbox(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public void keep(List<Kept> updates) {
    Objects.requireNonNull(updates, "updates");
    if (updates.isEmpty()) {
      return;
    }
    List<UpdateInboxMapper.KeptRow> rows = updates.stream()
        .map(k -> new UpdateInboxMapper.KeptRow(k.id().value(), k.chat().value(), k.json())).toList();
    sessions.inTransaction(() -> sessions.with(UpdateInboxMapper.class, m -> {
      for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
        m.keep(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)));
      }
      return null;
    }));
  }

  @Override
  public void handled(UpdateId id) {
    Objects.requireNonNull(id, "id");
    sessions.with(UpdateInboxMapper.class, m -> m.handled(id.value()));
  }

  /** One statement per {@value #ROWS_PER_STATEMENT} ids, without a transaction around them: each delete stands alone. */
  @Override
  public void handled(List<UpdateId> ids) {
    Objects.requireNonNull(ids, "ids");
    List<Long> values = ids.stream().map(UpdateId::value).toList();
    for (int from = 0; from < values.size(); from += ROWS_PER_STATEMENT) {
      List<Long> chunk = values.subList(from, Math.min(values.size(), from + ROWS_PER_STATEMENT));
      sessions.with(UpdateInboxMapper.class, m -> m.handledAll(chunk));
    }
  }

  @Override
  public List<Kept> pending() {
    return sessions.with(UpdateInboxMapper.class, UpdateInboxMapper::pending).stream()
        .map(r -> new Kept(new UpdateId(r.updateId()), ChatId.of(r.chatId()), r.payload())).toList();
  }
}

package io.alita.postgres.reactions;

import io.alita.domain.model.ChatId;
import io.alita.domain.reactions.Reaction;
import io.alita.domain.reactions.ReactionsStore;
import io.alita.domain.tracking.SeenChat;
import io.alita.postgres.mybatis.Sessions;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@link ReactionsStore} on PostgreSQL through {@link ReactionsMapper}. Rows that do not read as a reaction (edited by
 * hand into something the bot could not send) are skipped rather than failing the chat's whole list.
 */
public final class MyBatisReactionsStore implements ReactionsStore {

  private static final System.Logger LOG = System.getLogger(MyBatisReactionsStore.class.getName());

  private final Sessions sessions;

  /** @param sessions over a factory with {@link ReactionsMapper} registered */
  public MyBatisReactionsStore(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public List<Reaction> reactions(ChatId chat) {
    List<ReactionsMapper.ReactionRow> rows = sessions.with(ReactionsMapper.class, m -> m.list(chat.value()));
    return rows.stream().flatMap(row -> {
      try {
        return java.util.stream.Stream.of(new Reaction(row.keyword(), row.emoji()));
      } catch (IllegalArgumentException e) {
        LOG.log(System.Logger.Level.WARNING, "Skipping the unusable reaction row of chat " + chat + ": " + e.getMessage());
        return java.util.stream.Stream.empty();
      }
    }).toList();
  }

  @Override
  public boolean put(SeenChat chat, Reaction reaction) {
    return sessions.inTransaction(() -> sessions.with(ReactionsMapper.class, m -> {
      long id = chat.id().value();
      m.recordChat(id, chat.kind().name().toLowerCase(Locale.ROOT), chat.title(), chat.username());
      boolean existed = m.exists(id, reaction.keyword()) > 0;
      m.upsert(id, reaction.keyword(), reaction.emoji());
      return !existed;
    }));
  }

  @Override
  public boolean remove(ChatId chat, String keyword) {
    return sessions.with(ReactionsMapper.class, m -> m.remove(chat.value(), keyword)) > 0;
  }

  @Override
  public int removeAll(ChatId chat) {
    return sessions.with(ReactionsMapper.class, m -> m.removeAll(chat.value()));
  }
}

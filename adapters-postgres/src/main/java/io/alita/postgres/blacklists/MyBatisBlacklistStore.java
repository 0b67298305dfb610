package io.alita.postgres.blacklists;

import io.alita.domain.blacklists.BlacklistAction;
import io.alita.domain.blacklists.BlacklistEntry;
import io.alita.domain.blacklists.BlacklistStore;
import io.alita.domain.blacklists.BlacklistWord;
import io.alita.domain.blacklists.ChatBlacklist;
import io.alita.domain.model.ChatId;
import io.alita.postgres.mybatis.Sessions;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * {@link BlacklistStore} on PostgreSQL through {@link BlacklistMapper}. Each call is one transaction of its own, or part
 * of the event's transaction when called inside a {@link io.alita.domain.dispatch.UnitOfWork#write}. Writes
 * first insert the bare {@code chats} row the foreign keys need, leaving an existing row untouched.
 *
 * <p>Words are stored as {@link BlacklistWord} folds them. Rows written by the original bot (lower-cased by Go, so a
 * final sigma may differ) are folded again on reading; two rows that fold to the same word are read as one.
 */
public final class MyBatisBlacklistStore implements BlacklistStore {

  private static final System.Logger LOG = System.getLogger(MyBatisBlacklistStore.class.getName());

  private final Sessions sessions;

  /** @param sessions over a factory with {@link BlacklistMapper} registered */
  public MyBatisBlacklistStore(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public ChatBlacklist blacklist(ChatId chat) {
    List<BlacklistMapper.Row> rows = sessions.with(BlacklistMapper.class, m -> m.blacklist(chat.value()));
    BlacklistAction action = BlacklistAction.DEFAULT;
    Map<BlacklistWord, BlacklistEntry> entries = new LinkedHashMap<>();
    for (BlacklistMapper.Row row : rows) {
      if (row == null) {
        continue; // MyBatis gives null for the all-null row of a chat that never set anything
      }
      if (row.chatAction() != null) {
        action = action(chat, row.chatAction(), row.chatActionSeconds());
      }
      if (row.word() == null) {
        continue;
      }
      Optional<BlacklistWord> word = BlacklistWord.parse(row.word()).word();
      if (word.isEmpty()) {
        LOG.log(Level.WARNING, "blacklists of chat " + chat + " holds an unusable word; skipped");
        continue;
      }
      Optional<BlacklistAction> own = row.wordAction() == null ? Optional.empty()
          : Optional.of(action(chat, row.wordAction(), row.wordActionSeconds()));
      entries.putIfAbsent(word.get(), new BlacklistEntry(word.get(), own));
    }
    return new ChatBlacklist(action, new ArrayList<>(entries.values()));
  }

  @Override
  public List<BlacklistWord> add(ChatId chat, Collection<BlacklistWord> words) {
    if (words.isEmpty()) {
      return List.of();
    }
    List<String> sorted = new TreeSet<>(words).stream().map(BlacklistWord::value).toList();
    List<String> added = inTransaction(m -> {
      m.ensureChat(chat.value());
      return m.addWords(chat.value(), sorted);
    });
    return added.stream().map(BlacklistWord::new).sorted().toList();
  }

  @Override
  public boolean remove(ChatId chat, BlacklistWord word) {
    return inTransaction(m -> m.removeWord(chat.value(), word.value())) > 0;
  }

  @Override
  public int removeAll(ChatId chat) {
    return inTransaction(m -> m.removeAll(chat.value()));
  }

  @Override
  public void setAction(ChatId chat, BlacklistAction action) {
    inTransaction(m -> {
      m.ensureChat(chat.value());
      return m.setAction(chat.value(), action.word(), seconds(action));
    });
  }

  @Override
  public boolean setOverride(ChatId chat, BlacklistWord word, Optional<BlacklistAction> override) {
    String kind = override.map(BlacklistAction::word).orElse(null);
    Integer seconds = override.map(MyBatisBlacklistStore::seconds).orElse(null);
    return inTransaction(m -> m.setOverride(chat.value(), word.value(), kind, seconds)) > 0;
  }

  private <T> T inTransaction(Function<BlacklistMapper, T> work) {
    return sessions.inTransaction(() -> sessions.with(BlacklistMapper.class, work));
  }

  private static Integer seconds(BlacklistAction action) {
    return action.duration().map(d -> Math.toIntExact(d.getSeconds())).orElse(null);
  }

  private static BlacklistAction action(ChatId chat, String kind, Integer seconds) {
    return BlacklistAction.of(kind, Optional.ofNullable(seconds).map(Duration::ofSeconds))
        .orElseThrow(() -> new IllegalStateException("blacklist of chat " + chat + " has action " + kind));
  }
}

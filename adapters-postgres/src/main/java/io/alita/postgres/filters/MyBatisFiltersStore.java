package io.alita.postgres.filters;

import io.alita.domain.content.ContentType;
import io.alita.domain.content.StoredContent;
import io.alita.domain.filters.Filter;
import io.alita.domain.filters.FilterTrigger;
import io.alita.domain.filters.FiltersStore;
import io.alita.domain.model.ChatId;
import io.alita.postgres.content.ButtonsJson;
import io.alita.postgres.mybatis.Sessions;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link FiltersStore} on PostgreSQL through {@link FiltersMapper}, in the original's {@code filters} table. Each call
 * is one transaction of its own, or part of the event's transaction when called inside a
 * {@link io.alita.domain.dispatch.UnitOfWork#write}. Writes first insert the bare {@code chats} row the foreign key
 * needs, leaving an existing row untouched.
 *
 * <p>Triggers are stored as {@link FilterTrigger} folds them. Rows written by the original bot (lower-cased by Go) are
 * folded again on reading; a row that cannot be sent (an unknown type, a file type without a file id, buttons that
 * are not JSON) is skipped with a warning rather than failing the chat's every message.
 */
public final class MyBatisFiltersStore implements FiltersStore {

  private static final System.Logger LOG = System.getLogger(MyBatisFiltersStore.class.getName());

  private final Sessions sessions;

  /** @param sessions over a factory with {@link FiltersMapper} registered */
  public MyBatisFiltersStore(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public List<Filter> filters(ChatId chat) {
    List<FiltersMapper.Row> rows = sessions.with(FiltersMapper.class, m -> m.filters(chat.value()));
    Map<FilterTrigger, Filter> filters = new LinkedHashMap<>();
    for (FiltersMapper.Row row : rows) {
      read(chat, row).ifPresent(f -> filters.putIfAbsent(f.trigger(), f));
    }
    List<Filter> sorted = new ArrayList<>(filters.values());
    sorted.sort(Comparator.comparing(Filter::trigger));
    return sorted;
  }

  @Override
  public Optional<Filter> find(ChatId chat, FilterTrigger trigger) {
    FiltersMapper.Row row = sessions.with(FiltersMapper.class, m -> m.find(chat.value(), trigger.value()));
    return row == null ? Optional.empty() : read(chat, row);
  }

  @Override
  public int count(ChatId chat) {
    return sessions.with(FiltersMapper.class, m -> m.count(chat.value()));
  }

  @Override
  public boolean put(ChatId chat, Filter filter) {
    StoredContent c = filter.content();
    return inTransaction(m -> {
      m.ensureChat(chat.value());
      return m.put(chat.value(), filter.trigger().value(), c.text(), c.type().code(),
          c.type().isMedia() ? c.fileId() : null, filter.silent(), ButtonsJson.write(c.buttons()));
    });
  }

  @Override
  public boolean remove(ChatId chat, FilterTrigger trigger) {
    return inTransaction(m -> m.remove(chat.value(), trigger.value())) > 0;
  }

  @Override
  public int removeAll(ChatId chat) {
    return inTransaction(m -> m.removeAll(chat.value()));
  }

  private <T> T inTransaction(Function<FiltersMapper, T> work) {
    return sessions.inTransaction(() -> sessions.with(FiltersMapper.class, work));
  }

  private static Optional<Filter> read(ChatId chat, FiltersMapper.Row row) {
    Optional<FilterTrigger> trigger = row.keyword() == null ? Optional.empty()
        : FilterTrigger.parse(row.keyword()).trigger();
    Optional<ContentType> type = ContentType.ofCode(row.type());
    try {
      if (trigger.isEmpty() || type.isEmpty()) {
        throw new IllegalArgumentException("trigger or type unusable");
      }
      String fileId = type.get().isMedia() ? row.fileId() : "";
      StoredContent content = new StoredContent(type.get(), row.reply(), fileId, ButtonsJson.read(row.buttons()));
      return Optional.of(new Filter(trigger.get(), content, row.silent()));
    } catch (IllegalArgumentException e) {
      LOG.log(Level.WARNING, "filters of chat " + chat + " holds an unusable row (type " + row.type() + "); skipped: "
          + e.getMessage());
      return Optional.empty();
    }
  }
}

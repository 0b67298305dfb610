package io.alita.postgres.rules;

import io.alita.domain.model.ChatId;
import io.alita.domain.rules.ChatRules;
import io.alita.domain.rules.RulesButtonText;
import io.alita.domain.rules.RulesStore;
import io.alita.domain.tracking.SeenChat;
import io.alita.postgres.mybatis.Sessions;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@link RulesStore} on PostgreSQL through {@link RulesMapper}. Each change is one upsert or update; one that may create
 * the rules row first records the chat (the row's foreign key needs it) in the same transaction. Inside
 * {@link Sessions#inTransaction}, or an event's unit of work, both join that transaction.
 */
public final class MyBatisRulesStore implements RulesStore {

  private final Sessions sessions;

  /** @param sessions over a factory with {@link RulesMapper} registered */
  public MyBatisRulesStore(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public ChatRules find(ChatId chat) {
    RulesMapper.RulesRow row = sessions.with(RulesMapper.class, m -> m.find(chat.value()));
    if (row == null) {
      return ChatRules.none(chat);
    }
    Optional<RulesButtonText> button = Optional.ofNullable(row.rulesBtn()).filter(b -> !b.isBlank())
        .map(RulesButtonText::new);
    return new ChatRules(chat, Optional.ofNullable(row.rules()), button, row.privately(),
        Optional.ofNullable(row.chatName()));
  }

  @Override
  public void saveText(SeenChat chat, String source) {
    Objects.requireNonNull(source, "source");
    upsert(chat, m -> m.saveText(chat.id().value(), source));
  }

  @Override
  public void clearText(ChatId chat) {
    sessions.with(RulesMapper.class, m -> m.clearText(chat.value()));
  }

  @Override
  public void setPrivate(SeenChat chat, boolean privately) {
    upsert(chat, m -> m.setPrivate(chat.id().value(), privately));
  }

  @Override
  public void setButton(SeenChat chat, RulesButtonText text) {
    Objects.requireNonNull(text, "text");
    upsert(chat, m -> m.setButton(chat.id().value(), text.value()));
  }

  @Override
  public void clearButton(ChatId chat) {
    sessions.with(RulesMapper.class, m -> m.clearButton(chat.value()));
  }

  private void upsert(SeenChat chat, Consumer<RulesMapper> write) {
    sessions.inTransaction(() -> sessions.with(RulesMapper.class, m -> {
      m.recordChat(chat.id().value(), chat.kind().name().toLowerCase(Locale.ROOT), chat.title(), chat.username());
      write.accept(m);
      return null;
    }));
  }
}

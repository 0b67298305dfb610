package io.alita.postgres.languages;

import io.alita.domain.i18n.LanguageStore;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.postgres.mybatis.Sessions;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link LanguageStore} on PostgreSQL through {@link LanguageMapper}: one upsert per change, joining the event's
 * transaction when there is one. Inside a unit of work, the database's change notification (migration
 * 20261208140000) tells every worker's cache once it commits.
 */
public final class MyBatisLanguageStore implements LanguageStore {

  private final Sessions sessions;

  /** @param sessions over a factory with {@link LanguageMapper} registered */
  public MyBatisLanguageStore(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public Optional<String> chatLanguage(ChatId chat) {
    return Optional.ofNullable(sessions.with(LanguageMapper.class, m -> m.chatLanguage(chat.value())));
  }

  @Override
  public Optional<String> userLanguage(UserId user) {
    return Optional.ofNullable(sessions.with(LanguageMapper.class, m -> m.userLanguage(user.value())));
  }

  @Override
  public void setChatLanguage(SeenChat chat, String code) {
    Objects.requireNonNull(code, "code");
    sessions.with(LanguageMapper.class, m -> m.setChatLanguage(chat.id().value(),
        chat.kind().name().toLowerCase(Locale.ROOT), chat.title(), chat.username(), code));
  }

  @Override
  public void setUserLanguage(SeenUser user, String code) {
    Objects.requireNonNull(code, "code");
    sessions.with(LanguageMapper.class, m -> m.setUserLanguage(user.id().value(), user.fullName(),
        user.username(), code));
  }
}

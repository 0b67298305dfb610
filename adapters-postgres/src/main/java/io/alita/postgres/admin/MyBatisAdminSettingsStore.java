package io.alita.postgres.admin;

import io.alita.domain.admin.AdminSettingsStore;
import io.alita.domain.model.ChatId;
import io.alita.postgres.mybatis.Sessions;
import java.util.Objects;

/**
 * {@link AdminSettingsStore} on PostgreSQL (table {@code admin}). A chat the bot never recorded gets its {@code chats} row
 * first, in the same transaction, since the settings row references it. Inside an event's transaction (see
 * {@link io.alita.postgres.transaction.MyBatisUpdateTransactions}) the change commits with the event's key.
 */
public final class MyBatisAdminSettingsStore implements AdminSettingsStore {

  private final Sessions sessions;

  /** @param sessions sessions of a factory with {@link AdminSettingsMapper} registered */
  public MyBatisAdminSettingsStore(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public boolean anonymousAdminsTrusted(ChatId chat) {
    return Boolean.TRUE.equals(sessions.with(AdminSettingsMapper.class, m -> m.anonAdmin(chat.value())));
  }

  @Override
  public void setAnonymousAdminsTrusted(ChatId chat, boolean trusted) {
    sessions.inTransaction(() -> sessions.with(AdminSettingsMapper.class, m -> {
      m.ensureChat(chat.value());
      return m.upsertAnonAdmin(chat.value(), trusted);
    }));
  }
}

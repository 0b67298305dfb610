package io.alita.postgres.pins;

import io.alita.domain.model.ChatId;
import io.alita.domain.pins.PinSettings;
import io.alita.domain.pins.PinsStore;
import io.alita.domain.tracking.SeenChat;
import io.alita.postgres.mybatis.Sessions;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * {@link PinsStore} on PostgreSQL through {@link PinsMapper}. Each change is one upsert, after recording the chat
 * (the row's foreign key needs it) in the same transaction; inside an event's unit of work both join it.
 */
public final class MyBatisPinsStore implements PinsStore {

  private final Sessions sessions;

  /** @param sessions over a factory with {@link PinsMapper} registered */
  public MyBatisPinsStore(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public PinSettings settings(ChatId chat) {
    PinsMapper.PinsRow row = sessions.with(PinsMapper.class, m -> m.find(chat.value()));
    return row == null ? PinSettings.DEFAULT : new PinSettings(row.antiChannelPin(), row.cleanLinked());
  }

  @Override
  public void setAntiChannelPin(SeenChat chat, boolean on) {
    upsert(chat, m -> m.setAntiChannelPin(chat.id().value(), on));
  }

  @Override
  public void setCleanLinked(SeenChat chat, boolean on) {
    upsert(chat, m -> m.setCleanLinked(chat.id().value(), on));
  }

  private void upsert(SeenChat chat, Consumer<PinsMapper> write) {
    sessions.inTransaction(() -> sessions.with(PinsMapper.class, m -> {
      m.recordChat(chat.id().value(), chat.kind().name().toLowerCase(Locale.ROOT), chat.title(), chat.username());
      write.accept(m);
      return null;
    }));
  }
}

package io.alita.postgres.devs;

import io.alita.domain.devs.ChatSummary;
import io.alita.domain.devs.KnownChat;
import io.alita.domain.devs.KnownChatsPort;
import io.alita.domain.model.ChatId;
import io.alita.domain.tracking.ChatKind;
import io.alita.postgres.mybatis.Sessions;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** {@link KnownChatsPort} on PostgreSQL's {@code chats} (and {@code chat_users} for the members seen). */
public final class MyBatisKnownChats implements KnownChatsPort {

  private final Sessions sessions;

  /** @param sessions over a factory with {@link DevReportsMapper} registered */
  public MyBatisKnownChats(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public Optional<ChatSummary> chat(ChatId chat) {
    DevReportsMapper.ChatRow row = sessions.with(DevReportsMapper.class, m -> m.chat(chat.value()));
    if (row == null) {
      return Optional.empty();
    }
    return Optional.of(new ChatSummary(ChatId.of(row.chatId()), ChatKind.valueOf(row.chatType().toUpperCase(Locale.ROOT)),
        Optional.ofNullable(row.chatName()), Optional.ofNullable(row.username()), Optional.ofNullable(row.memberCount()),
        row.membersSeen(), row.inactive(), row.lastActivity().toInstant()));
  }

  @Override
  public List<KnownChat> activeChats() {
    return sessions.with(DevReportsMapper.class, DevReportsMapper::activeChats).stream()
        .map(line -> new KnownChat(ChatId.of(line.chatId()), Optional.ofNullable(line.chatName())))
        .toList();
  }
}

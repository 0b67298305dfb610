package io.alita.postgres.console;

import io.alita.domain.console.ChatDirectory;
import io.alita.domain.console.ChatSummary;
import io.alita.domain.console.Protections;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.Page;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.postgres.mybatis.Sessions;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@link ChatDirectory} on PostgreSQL through {@link ChatDirectoryMapper}. */
public final class MyBatisChatDirectory implements ChatDirectory {

  private final Sessions sessions;

  /** @param sessions over a factory with {@link ChatDirectoryMapper} registered */
  public MyBatisChatDirectory(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public Page<ChatSummary> page(String search, int page, int size) {
    return read(search, null, page, size);
  }

  @Override
  public Page<ChatSummary> page(String search, Set<ChatId> chats, int page, int size) {
    Objects.requireNonNull(chats, "chats");
    if (chats.isEmpty()) {
      Page.check(page, size);
      return new Page<>(List.of(), page, size, 0);
    }
    return read(search, chats.stream().map(ChatId::value).sorted().toList(), page, size);
  }

  @Override
  public Optional<ChatSummary> chat(ChatId chat) {
    return Optional.ofNullable(sessions.with(ChatDirectoryMapper.class, m -> m.chat(chat.value())))
        .map(MyBatisChatDirectory::summary);
  }

  private Page<ChatSummary> read(String search, List<Long> among, int page, int size) {
    long offset = Page.offset(page, size);
    String typed = search == null ? "" : search.strip();
    String pattern = typed.isEmpty() ? null : "%" + likeEscaped(typed) + "%";
    Long exactId = exactId(typed);
    // one transaction, so the total and the page agree
    return sessions.inTransaction(() -> sessions.with(ChatDirectoryMapper.class, m -> new Page<>(
        m.page(pattern, exactId, among, size, offset).stream().map(MyBatisChatDirectory::summary).toList(),
        page, size, m.count(pattern, exactId, among))));
  }

  /** {@code \}, {@code %} and {@code _} escaped for {@code LIKE ... ESCAPE '\'}: the search is plain text. */
  static String likeEscaped(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '%' || c == '_') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** A search that is a (negative) group id: {@code -100123}. */
  private static Long exactId(String typed) {
    if (!typed.matches("-?[0-9]{1,19}")) {
      return null;
    }
    try {
      return Long.parseLong(typed);
    } catch (NumberFormatException tooBig) {
      return null;
    }
  }

  private static ChatSummary summary(ChatDirectoryMapper.SummaryRow r) {
    ChatKind kind = ChatKind.valueOf(r.chatType().toUpperCase(Locale.ROOT));
    return new ChatSummary(new SeenChat(ChatId.of(r.chatId()), kind, r.chatName(), r.username()), r.membersSeen(),
        new Protections(r.captcha(), r.antiflood(), r.blacklistWords(), r.locks(), r.antiraid(), r.rules()));
  }
}

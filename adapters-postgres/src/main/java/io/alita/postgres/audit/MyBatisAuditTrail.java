package io.alita.postgres.audit;

import io.alita.domain.audit.Actor;
import io.alita.domain.audit.AuditEntry;
import io.alita.domain.audit.AuditTrail;
import io.alita.domain.audit.ChangeKind;
import io.alita.domain.audit.FieldChange;
import io.alita.domain.audit.Via;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.Page;
import io.alita.domain.model.UserId;
import io.alita.postgres.mybatis.Sessions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@link AuditTrail} on PostgreSQL through {@link AuditMapper}: one query for the page, one for the total. */
public final class MyBatisAuditTrail implements AuditTrail {

  private final Sessions sessions;

  /** @param sessions over a factory with {@link AuditMapper} registered */
  public MyBatisAuditTrail(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public Page<AuditEntry> forChat(ChatId chat, int page, int size) {
    return read(List.of(Objects.requireNonNull(chat, "chat").value()), page, size);
  }

  @Override
  public Page<AuditEntry> forChats(Set<ChatId> chats, int page, int size) {
    Objects.requireNonNull(chats, "chats");
    if (chats.isEmpty()) {
      Page.check(page, size);
      return new Page<>(List.of(), page, size, 0);
    }
    return read(chats.stream().map(ChatId::value).sorted().toList(), page, size);
  }

  @Override
  public Page<AuditEntry> all(int page, int size) {
    return read(null, page, size);
  }

  /** @param chats the chat ids (not empty), or null for every chat */
  private Page<AuditEntry> read(List<Long> chats, int page, int size) {
    long offset = Page.offset(page, size);
    // one transaction, so the total and the page agree
    return sessions.inTransaction(() -> sessions.with(AuditMapper.class, m -> {
      List<AuditMapper.FieldRow> rows = m.page(chats, size, offset);
      return new Page<>(entries(rows), page, size, m.count(chats));
    }));
  }

  /** Folds the rows (one per field, an entry's rows together) back into entries, in the rows' order. */
  private static List<AuditEntry> entries(List<AuditMapper.FieldRow> rows) {
    Map<Long, List<AuditMapper.FieldRow>> byEntry = new LinkedHashMap<>();
    for (AuditMapper.FieldRow row : rows) {
      byEntry.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row);
    }
    List<AuditEntry> entries = new ArrayList<>(byEntry.size());
    for (List<AuditMapper.FieldRow> fields : byEntry.values()) {
      AuditMapper.FieldRow first = fields.get(0);
      List<FieldChange> changes = fields.stream().filter(f -> f.field() != null)
          .map(f -> new FieldChange(f.field(), Optional.ofNullable(f.before()), Optional.ofNullable(f.after())))
          .toList();
      entries.add(new AuditEntry(first.id(), first.at().toInstant(), actor(first), ChatId.of(first.chatId()),
          first.subject(), ChangeKind.of(first.change()).orElseThrow(), changes));
    }
    return entries;
  }

  private static Actor actor(AuditMapper.FieldRow row) {
    Via via = Via.of(row.via()).orElse(Via.SYSTEM);
    if (via == Via.SYSTEM) {
      return Actor.SYSTEM;
    }
    Optional<UserId> id = Optional.ofNullable(row.actorId()).map(UserId::of);
    String name = Optional.ofNullable(row.actorName()).orElse(id.map(UserId::toString).orElse(""));
    return new Actor(id, name, via);
  }
}

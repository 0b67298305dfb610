package io.alita.postgres.approvals;

import io.alita.domain.approvals.Approval;
import io.alita.domain.approvals.ApprovalStore;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.postgres.mybatis.Sessions;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@link ApprovalStore} on PostgreSQL through {@link ApprovalMapper}. Each call is one transaction of its own, or part
 * of the event's transaction when called inside a {@link io.alita.domain.dispatch.UnitOfWork#write}. An
 * approval first inserts the bare {@code chats} row the foreign key needs; users need none (an admin may approve an id
 * the bot never saw).
 */
public final class MyBatisApprovalStore implements ApprovalStore {

  private final Sessions sessions;

  /** @param sessions over a factory with {@link ApprovalMapper} registered */
  public MyBatisApprovalStore(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public boolean approve(ChatId chat, Approval approval) {
    return inTransaction(m -> {
      m.ensureChat(chat.value());
      return m.approve(chat.value(), approval.user().value(), approval.reason(), approval.approvedBy().value(),
          approval.approvedAt().atOffset(ZoneOffset.UTC));
    }) > 0;
  }

  @Override
  public boolean unapprove(ChatId chat, UserId user) {
    return inTransaction(m -> m.unapprove(chat.value(), user.value())) > 0;
  }

  @Override
  public int unapproveAll(ChatId chat) {
    return inTransaction(m -> m.unapproveAll(chat.value()));
  }

  @Override
  public Optional<Approval> approval(ChatId chat, UserId user) {
    return Optional.ofNullable(sessions.with(ApprovalMapper.class, m -> m.approval(chat.value(), user.value())))
        .map(MyBatisApprovalStore::approval);
  }

  @Override
  public List<Approval> approvals(ChatId chat) {
    return sessions.with(ApprovalMapper.class, m -> m.approvals(chat.value())).stream()
        .map(MyBatisApprovalStore::approval).toList();
  }

  @Override
  public Set<UserId> approvedUsers(ChatId chat) {
    return sessions.with(ApprovalMapper.class, m -> m.approvedUsers(chat.value())).stream()
        .map(UserId::of).collect(Collectors.toUnmodifiableSet());
  }

  private <T> T inTransaction(Function<ApprovalMapper, T> work) {
    return sessions.inTransaction(() -> sessions.with(ApprovalMapper.class, work));
  }

  private static Approval approval(ApprovalMapper.ApprovalRow row) {
    return new Approval(UserId.of(row.userId()), row.reason(), UserId.of(row.approvedBy()), row.createdAt().toInstant());
  }
}

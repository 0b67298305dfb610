package io.alita.postgres.devs;

import io.alita.domain.devs.TeamMember;
import io.alita.domain.devs.TeamRole;
import io.alita.domain.devs.TeamStore;
import io.alita.domain.model.UserId;
import io.alita.postgres.mybatis.Sessions;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link TeamStore} on PostgreSQL's {@code devs} table ({@code is_dev}, {@code sudo}). A member holds one role, stored as
 * exactly one of the two flags; a row from the original bot with both set reads as a dev (the higher role), one with
 * neither as no member. Inside an event's transaction every call joins it.
 *
 * <p>{@code devs.user_id} references {@code users}: appointing a user the bot has never seen first inserts a bare
 * {@code users} row (no name), which the tracking of users fills in once the bot sees them.
 */
public final class MyBatisTeamStore implements TeamStore {

  private final Sessions sessions;

  /** @param sessions over a factory with {@link TeamMapper} registered */
  public MyBatisTeamStore(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public Optional<TeamRole> role(UserId user) {
    return Optional.ofNullable(sessions.with(TeamMapper.class, m -> m.find(user.value()))).flatMap(MyBatisTeamStore::role);
  }

  @Override
  public void appoint(UserId user, TeamRole role) {
    Objects.requireNonNull(role, "role");
    sessions.inTransaction(() -> sessions.with(TeamMapper.class, m -> {
      m.ensureUser(user.value());
      return m.upsert(user.value(), role == TeamRole.DEV, role == TeamRole.SUDO);
    }));
  }

  @Override
  public void dismiss(UserId user) {
    sessions.with(TeamMapper.class, m -> m.delete(user.value()));
  }

  @Override
  public List<TeamMember> members() {
    return sessions.with(TeamMapper.class, TeamMapper::members).stream()
        .map(row -> new TeamMember(UserId.of(row.userId()), role(row).orElseThrow(), Optional.ofNullable(row.name())))
        .toList();
  }

  private static Optional<TeamRole> role(TeamMapper.TeamRow row) {
    if (row.isDev()) {
      return Optional.of(TeamRole.DEV);
    }
    return row.sudo() ? Optional.of(TeamRole.SUDO) : Optional.empty();
  }
}

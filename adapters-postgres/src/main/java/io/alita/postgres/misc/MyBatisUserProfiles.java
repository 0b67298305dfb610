package io.alita.postgres.misc;

import io.alita.domain.misc.UserProfile;
import io.alita.domain.misc.UserProfiles;
import io.alita.domain.model.UserId;
import io.alita.postgres.mybatis.Sessions;
import java.util.Objects;
import java.util.Optional;

/** {@link UserProfiles} on PostgreSQL: the {@code users} rows passive tracking writes. */
public final class MyBatisUserProfiles implements UserProfiles {

  private final Sessions sessions;

  /** @param sessions over a factory with {@link UserProfileMapper} registered */
  public MyBatisUserProfiles(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public Optional<UserProfile> find(UserId user) {
    UserProfileMapper.ProfileRow row = sessions.with(UserProfileMapper.class, m -> m.find(user.value()));
    if (row == null) {
      return Optional.empty();
    }
    return Optional.of(new UserProfile(user, row.name() == null ? "" : row.name(), Optional.ofNullable(row.username())));
  }
}

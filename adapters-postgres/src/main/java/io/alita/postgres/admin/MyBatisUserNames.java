package io.alita.postgres.admin;

import io.alita.domain.bans.UserNames;
import io.alita.domain.model.UserId;
import io.alita.postgres.mybatis.Sessions;
import java.util.Objects;
import java.util.Optional;
import org.apache.ibatis.exceptions.PersistenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link UserNames} from the {@code users} table that passive tracking keeps. A name only decorates a reply, so a
 * database failure is logged and answered as "unknown" (the reply shows the id) rather than failing the command.
 */
public final class MyBatisUserNames implements UserNames {

  private static final Logger LOG = LoggerFactory.getLogger(MyBatisUserNames.class);

  private final Sessions sessions;

  /** @param sessions sessions of a factory with {@link UserNameMapper} registered */
  public MyBatisUserNames(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public Optional<String> nameOf(UserId user) {
    try {
      return Optional.ofNullable(sessions.with(UserNameMapper.class, m -> m.name(user.value())))
          .filter(name -> !name.isBlank());
    } catch (PersistenceException e) {
      LOG.warn("Name lookup failed; showing the user's id instead", e);
      return Optional.empty();
    }
  }
}

package io.alita.postgres.tracking;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.target.Target;
import io.alita.domain.target.UserDirectory;
import io.alita.domain.target.Username;
import io.alita.postgres.tracking.SeenMapper.UsernameHolder;
import java.util.Objects;
import java.util.Optional;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database part of {@link UserDirectory}: the users the bot has seen, then the channels, comparing usernames without
 * regard to case (through the {@code lower(username)} indexes). If stale rows share a username, the most recently active
 * user wins. Asking Telegram for names the bot has never seen is a separate directory that the composition root puts
 * after this one.
 *
 * <p>As the port requires, a database failure is answered as "not found" (and logged): the command then says it cannot
 * find the user rather than failing.
 */
public final class MyBatisUserDirectory implements UserDirectory {

  private static final Logger LOG = LoggerFactory.getLogger(MyBatisUserDirectory.class);

  private final SqlSessionFactory sessions;

  /** @param sessions a factory with {@link SeenMapper} registered */
  public MyBatisUserDirectory(SqlSessionFactory sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public Optional<Target> findByUsername(Username username) {
    Objects.requireNonNull(username, "username");
    UsernameHolder holder;
    try (SqlSession session = sessions.openSession(true)) {
      holder = session.getMapper(SeenMapper.class).findUsernameHolder(username.canonical());
    } catch (PersistenceException e) {
      LOG.warn("Username lookup failed; answering 'not found'", e);
      return Optional.empty();
    }
    if (holder == null) {
      return Optional.empty();
    }
    return Optional.of("user".equals(holder.kind())
        ? new Target.User(UserId.of(holder.id()))
        : new Target.Channel(ChatId.of(holder.id())));
  }
}

package io.alita.postgres.confirm;

import io.alita.domain.confirm.Confirmation;
import io.alita.domain.confirm.ConfirmationStore;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.postgres.mybatis.Sessions;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ConfirmationStore} on PostgreSQL through {@link ConfirmationMapper}: one statement per call, joining the
 * event's transaction when called inside one. {@link #take} is a {@code DELETE}: of two presses racing, exactly one
 * removes the row.
 */
public final class MyBatisConfirmationStore implements ConfirmationStore {

  private final Sessions sessions;

  /** @param sessions over a factory with {@link ConfirmationMapper} registered */
  public MyBatisConfirmationStore(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public void save(Confirmation c) {
    Objects.requireNonNull(c, "confirmation");
    sessions.with(ConfirmationMapper.class, m -> m.save(c.token(), c.chat().value(), c.dialog(), c.payload(),
        c.askedBy().value(), utc(c.expires())));
  }

  @Override
  public Optional<Confirmation> find(String token) {
    Objects.requireNonNull(token, "token");
    ConfirmationMapper.ConfirmationRow row = sessions.with(ConfirmationMapper.class, m -> m.find(token));
    if (row == null) {
      return Optional.empty();
    }
    return Optional.of(new Confirmation(row.token(), ChatId.of(row.chatId()), row.dialog(), row.payload(),
        UserId.of(row.askedBy()), row.expiresAt().toInstant()));
  }

  @Override
  public boolean take(String token) {
    Objects.requireNonNull(token, "token");
    return sessions.with(ConfirmationMapper.class, m -> m.take(token)) > 0;
  }

  @Override
  public int forgetExpired(Instant now) {
    Objects.requireNonNull(now, "now");
    return sessions.with(ConfirmationMapper.class, m -> m.forgetExpired(utc(now)));
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}

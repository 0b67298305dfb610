package io.alita.postgres.console;

import io.alita.domain.console.ChatsOfUser;
import io.alita.domain.console.ConsoleRole;
import io.alita.domain.console.ConsoleSession;
import io.alita.domain.console.ConsoleSessionStore;
import io.alita.domain.console.ConsoleUser;
import io.alita.domain.console.LoginLinkStore;
import io.alita.domain.console.Person;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.postgres.mybatis.Sessions;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The console's sign-in ports on PostgreSQL ({@link ConsoleMapper}). */
public final class MyBatisConsoleStores implements ConsoleSessionStore, LoginLinkStore, ChatsOfUser {

  private final Sessions sessions;

  public MyBatisConsoleStores(Sessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public void issue(String tokenHash, Person person, Instant expiresAt) {
    sessions.with(ConsoleMapper.class, m -> m.insertLink(tokenHash, person.id().value(), person.name(), expiresAt));
  }

  @Override
  public Optional<Person> redeem(String tokenHash, Instant now) {
    ConsoleMapper.LinkRow row = sessions.inTransaction(
        () -> sessions.with(ConsoleMapper.class, m -> m.redeemLink(tokenHash, now)));
    return Optional.ofNullable(row).map(r -> new Person(UserId.of(r.userId()), r.userName()));
  }

  @Override
  public boolean useOnce(String tokenHash, Person person, Instant now, Instant expiresAt) {
    return sessions.with(ConsoleMapper.class,
        m -> m.insertUsedProof(tokenHash, person.id().value(), person.name(), now, expiresAt)) == 1;
  }

  @Override
  public int deleteExpiredLinks(Instant now) {
    return sessions.with(ConsoleMapper.class, m -> m.deleteExpiredLinks(now));
  }

  @Override
  public void create(String idHash, ConsoleSession session) {
    Long[] chats = session.chats().stream().map(ChatId::value).sorted().toArray(Long[]::new);
    ConsoleUser user = session.user();
    ConsoleMapper.SessionRow row = new ConsoleMapper.SessionRow(user.id().value(), user.name(), user.role().word(),
        chats, session.csrfToken(), session.expiresAt());
    sessions.with(ConsoleMapper.class, m -> m.insertSession(idHash, row));
  }

  @Override
  public Optional<ConsoleSession> find(String idHash, Instant now) {
    ConsoleMapper.SessionRow row = sessions.with(ConsoleMapper.class, m -> m.findSession(idHash, now));
    if (row == null) {
      return Optional.empty();
    }
    ConsoleUser user = new ConsoleUser(UserId.of(row.userId()), row.userName(), ConsoleRole.ofWord(row.role()));
    var chats = Arrays.stream(row.chatIds()).map(ChatId::of).collect(Collectors.toSet());
    return Optional.of(new ConsoleSession(user, chats, row.csrfToken(), row.expiresAt()));
  }

  @Override
  public boolean delete(String idHash) {
    return sessions.with(ConsoleMapper.class, m -> m.deleteSession(idHash)) > 0;
  }

  @Override
  public int deleteExpiredSessions(Instant now) {
    return sessions.with(ConsoleMapper.class, m -> m.deleteExpiredSessions(now));
  }

  @Override
  public List<ChatId> chatsWhereSeen(UserId user, int limit) {
    return sessions.with(ConsoleMapper.class, m -> m.chatsWhereSeen(user.value(), limit)).stream()
        .map(ChatId::of).toList();
  }
}

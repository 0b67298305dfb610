package io.alita.domain.tracking;

import static io.alita.domain.tracking.TestSeenFactory.T0;
import static io.alita.domain.tracking.TestSeenFactory.channel;
import static io.alita.domain.tracking.TestSeenFactory.minutes;
import static io.alita.domain.tracking.TestSeenFactory.user;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.target.Target;
import io.alita.domain.target.UserDirectory;
import io.alita.domain.target.Username;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How a {@link UserDirectory} answers from what a {@link SeenStore} kept: users first, then channels, without regard to
 * case. Written once, run against the in-memory fake and the PostgreSQL adapter.
 */
public abstract class UserDirectoryContract {

  /** Where the test puts what the bot has seen. */
  protected abstract SeenStore store();

  /** The directory reading what {@link #store()} kept. */
  protected abstract UserDirectory directory();

  private Optional<Target> find(String username) {
    return directory().findByUsername(Username.of(username));
  }

  @Test
  void findsAUserByUsernameWhateverTheCase() {
    store().record(SeenBatch.builder().user(user(101, "Ada", "Ada_Lovelace"), T0).build());

    assertEquals(Optional.of(new Target.User(UserId.of(101))), find("ada_lovelace"));
    assertEquals(Optional.of(new Target.User(UserId.of(101))), find("ADA_LOVELACE"));
    assertEquals(Optional.of(new Target.User(UserId.of(101))), find("@Ada_Lovelace"));
  }

  @Test
  void anUnknownUsernameIsNotFound() {
    store().record(SeenBatch.builder().user(user(101, "Ada", "ada_lovelace"), T0).user(user(102, "Nobody", null), T0).build());

    assertEquals(Optional.empty(), find("charles_b"));
  }

  @Test
  void aChannelUsernameResolvesToTheChannel() {
    store().record(SeenBatch.builder().user(user(101, "Ada", "ada_lovelace"), T0)
        .channel(channel(-1002001, "News", "NewsRoom"), T0).build());

    assertEquals(Optional.of(new Target.Channel(ChatId.of(-1002001))), find("newsroom"));
  }

  @Test
  void aUsernameMovedToAnotherChannelResolvesToTheNewHolder() {
    store().record(SeenBatch.builder().channel(channel(-1002001, "Old News", "newsroom"), T0).build());
    store().record(SeenBatch.builder().channel(channel(-1002002, "New News", "newsroom"), minutes(1)).build());

    assertEquals(Optional.of(new Target.Channel(ChatId.of(-1002002))), find("newsroom"));
  }

  @Test
  void aUsernameMovedFromAUserToAChannelResolvesToTheChannel() {
    store().record(SeenBatch.builder().user(user(101, "Ada", "engines"), T0).build());
    store().record(SeenBatch.builder().channel(channel(-1002001, "Engines", "engines"), minutes(1)).build());

    assertEquals(Optional.of(new Target.Channel(ChatId.of(-1002001))), find("engines"));
  }

  @Test
  void aUsernameGivenUpIsNoLongerFound() {
    store().record(SeenBatch.builder().user(user(101, "Ada", "ada_lovelace"), T0).build());
    store().record(SeenBatch.builder().user(user(101, "Ada", null), minutes(1)).build());

    assertEquals(Optional.empty(), find("ada_lovelace"));
  }
}

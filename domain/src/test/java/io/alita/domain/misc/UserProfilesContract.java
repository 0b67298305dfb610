package io.alita.domain.misc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.model.UserId;
import io.alita.domain.tracking.SeenUser;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UserProfiles} does, run against the in-memory fake and the PostgreSQL adapter. A subclass provides
 * an empty store and a way to make the bot have seen a user (for the database: through passive tracking).
 */
public abstract class UserProfilesContract {

  protected abstract UserProfiles profiles();

  /** Makes the bot have seen {@code user}, as passive tracking would. */
  protected abstract void seen(SeenUser user);

  @Test
  void aUserNeverSeenIsUnknown() {
    assertEquals(Optional.empty(), profiles().find(UserId.of(101)));
  }

  @Test
  void aSeenUserComesBackWithFullNameAndUsername() {
    seen(new SeenUser(UserId.of(101), "Ada", "Lovelace", "ada_l", false));

    assertEquals(Optional.of(new UserProfile(UserId.of(101), "Ada Lovelace", Optional.of("ada_l"))),
        profiles().find(UserId.of(101)));
  }

  @Test
  void aUserWithoutUsernameHasNone() {
    seen(new SeenUser(UserId.of(102), "Grace", null, null, false));

    assertEquals(Optional.of(new UserProfile(UserId.of(102), "Grace", Optional.empty())), profiles().find(UserId.of(102)));
  }

  @Test
  void theLatestSightingWins() {
    seen(new SeenUser(UserId.of(103), "Charles", null, "babbage", false));
    seen(new SeenUser(UserId.of(103), "Charles", "Babbage", null, false));

    assertEquals(Optional.of(new UserProfile(UserId.of(103), "Charles Babbage", Optional.empty())),
        profiles().find(UserId.of(103)));
  }
}

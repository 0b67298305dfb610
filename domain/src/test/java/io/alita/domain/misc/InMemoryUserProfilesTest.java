package io.alita.domain.misc;

import io.alita.domain.tracking.SeenUser;

/** The fake that module tests use meets the same contract as the database. */
class InMemoryUserProfilesTest extends UserProfilesContract {

  private final InMemoryUserProfiles profiles = new InMemoryUserProfiles();

  @Override
  protected UserProfiles profiles() {
    return profiles;
  }

  @Override
  protected void seen(SeenUser user) {
    profiles.seen(user);
  }
}

package io.alita.domain.tracking;

import io.alita.domain.target.UserDirectory;

/** The fake's username lookups, held to the same contract as the PostgreSQL directory. */
class InMemorySeenDirectoryTest extends UserDirectoryContract {

  private final InMemorySeenStore store = new InMemorySeenStore();

  @Override
  protected SeenStore store() {
    return store;
  }

  @Override
  protected UserDirectory directory() {
    return store.directory();
  }
}

package io.alita.domain.blacklists;

import org.junit.jupiter.api.BeforeEach;

/** The fake the module tests use keeps the same contract as the PostgreSQL store. */
class InMemoryBlacklistStoreTest extends BlacklistStoreContract {

  private InMemoryBlacklistStore store;

  @BeforeEach
  void emptyStore() {
    store = new InMemoryBlacklistStore();
  }

  @Override
  protected BlacklistStore store() {
    return store;
  }
}

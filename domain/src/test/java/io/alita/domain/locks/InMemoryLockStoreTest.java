package io.alita.domain.locks;

import org.junit.jupiter.api.BeforeEach;

/** The fake the module tests use keeps the same contract as the PostgreSQL store. */
class InMemoryLockStoreTest extends LockStoreContract {

  private InMemoryLockStore store;

  @BeforeEach
  void emptyStore() {
    store = new InMemoryLockStore();
  }

  @Override
  protected LockStore store() {
    return store;
  }
}

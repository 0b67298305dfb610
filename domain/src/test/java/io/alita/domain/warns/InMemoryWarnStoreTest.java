package io.alita.domain.warns;

import org.junit.jupiter.api.BeforeEach;

/** The fake the module tests use keeps the same contract as the PostgreSQL store. */
class InMemoryWarnStoreTest extends WarnStoreContract {

  private InMemoryWarnStore store;

  @BeforeEach
  void emptyStore() {
    store = new InMemoryWarnStore();
  }

  @Override
  protected WarnStore store() {
    return store;
  }
}

package io.alita.domain.reactions;

import org.junit.jupiter.api.BeforeEach;

/** The fake the module tests use keeps the same contract as the PostgreSQL store. */
class InMemoryReactionsStoreTest extends ReactionsStoreContract {

  private InMemoryReactionsStore store;

  @BeforeEach
  void emptyStore() {
    store = new InMemoryReactionsStore();
  }

  @Override
  protected ReactionsStore store() {
    return store;
  }
}

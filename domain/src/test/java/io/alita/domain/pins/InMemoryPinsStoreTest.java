package io.alita.domain.pins;

import org.junit.jupiter.api.BeforeEach;

/** The fake the module tests use keeps the same contract as the PostgreSQL store. */
class InMemoryPinsStoreTest extends PinsStoreContract {

  private InMemoryPinsStore store;

  @BeforeEach
  void emptyStore() {
    store = new InMemoryPinsStore();
  }

  @Override
  protected PinsStore store() {
    return store;
  }
}

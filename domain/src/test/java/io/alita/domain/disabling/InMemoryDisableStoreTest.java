package io.alita.domain.disabling;

/** The in-memory fake meets the same contract as the PostgreSQL store. */
class InMemoryDisableStoreTest extends DisableStoreContract {

  private final InMemoryDisableStore store = new InMemoryDisableStore();

  @Override
  protected DisableStore store() {
    return store;
  }
}

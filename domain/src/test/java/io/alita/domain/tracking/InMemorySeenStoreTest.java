package io.alita.domain.tracking;

/** The fake meets the same contract as the PostgreSQL adapter, so tests written against it mean something. */
class InMemorySeenStoreTest extends SeenStoreContract {

  private final InMemorySeenStore store = new InMemorySeenStore();

  @Override
  protected SeenStore store() {
    return store;
  }

  @Override
  protected SeenStoreProbe probe() {
    return store;
  }
}

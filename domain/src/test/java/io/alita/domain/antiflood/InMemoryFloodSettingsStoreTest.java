package io.alita.domain.antiflood;

/** The in-memory fake meets the same contract as the PostgreSQL store. */
class InMemoryFloodSettingsStoreTest extends FloodSettingsStoreContract {

  private final InMemoryFloodSettingsStore store = new InMemoryFloodSettingsStore();

  @Override
  protected FloodSettingsStore store() {
    return store;
  }
}

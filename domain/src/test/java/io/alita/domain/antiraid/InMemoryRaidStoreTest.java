package io.alita.domain.antiraid;

/** The in-memory fake meets the same contract as the PostgreSQL store. */
class InMemoryRaidStoreTest extends RaidStoreContract {

  private final InMemoryRaidStore store = new InMemoryRaidStore();

  @Override
  protected RaidStore store() {
    return store;
  }
}

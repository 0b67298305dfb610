package io.alita.domain.filters;

import org.junit.jupiter.api.BeforeEach;

/** The fake the module tests use keeps the same contract as the PostgreSQL store. */
class InMemoryFiltersStoreTest extends FiltersStoreContract {

  private InMemoryFiltersStore store;

  @BeforeEach
  void emptyStore() {
    store = new InMemoryFiltersStore();
  }

  @Override
  protected FiltersStore store() {
    return store;
  }
}

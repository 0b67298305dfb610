package io.alita.domain.rules;

/** The in-memory fake that module tests use meets the same contract as the database. */
class InMemoryRulesStoreTest extends RulesStoreContract {

  private final InMemoryRulesStore store = new InMemoryRulesStore();

  @Override
  protected RulesStore store() {
    return store;
  }
}

package io.alita.domain.greetings;

/** The in-memory fake that module tests use meets the same contract as the database. */
class InMemoryGreetingsStoreTest extends GreetingsStoreContract {

  private final InMemoryGreetingsStore store = new InMemoryGreetingsStore();

  @Override
  protected GreetingsStore store() {
    return store;
  }
}

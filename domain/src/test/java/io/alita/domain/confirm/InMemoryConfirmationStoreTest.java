package io.alita.domain.confirm;

class InMemoryConfirmationStoreTest extends ConfirmationStoreContract {

  private final InMemoryConfirmationStore store = new InMemoryConfirmationStore();

  @Override
  protected ConfirmationStore store() {
    return store;
  }
}

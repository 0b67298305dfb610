package io.alita.domain.notes;

/** The in-memory fake meets the contract the PostgreSQL store meets. */
class InMemoryNotesStoreTest extends NotesStoreContract {

  private final InMemoryNotesStore store = new InMemoryNotesStore();

  @Override
  protected NotesStore store() {
    return store;
  }
}

package io.alita.domain.approvals;

import org.junit.jupiter.api.BeforeEach;

/** The fake the module tests use keeps the same contract as the PostgreSQL store. */
class InMemoryApprovalStoreTest extends ApprovalStoreContract {

  private InMemoryApprovalStore store;

  @BeforeEach
  void emptyStore() {
    store = new InMemoryApprovalStore();
  }

  @Override
  protected ApprovalStore store() {
    return store;
  }
}

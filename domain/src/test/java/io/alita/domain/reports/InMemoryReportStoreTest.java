package io.alita.domain.reports;

/** The in-memory fake meets the same contract as the PostgreSQL store. */
class InMemoryReportStoreTest extends ReportStoreContract {

  private final InMemoryReportStore store = new InMemoryReportStore();

  @Override
  protected ReportStore store() {
    return store;
  }
}

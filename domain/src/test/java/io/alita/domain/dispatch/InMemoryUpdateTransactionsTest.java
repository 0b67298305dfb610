package io.alita.domain.dispatch;

import java.util.concurrent.atomic.AtomicInteger;

/** The in-memory fake keeps the transaction contract, so module tests written against it mean what they say. */
class InMemoryUpdateTransactionsTest extends UpdateTransactionsContract {

  private final InMemoryUpdateTransactions transactions = new InMemoryUpdateTransactions();
  private final AtomicInteger counter = new AtomicInteger();

  @Override
  protected UpdateTransactions transactions() {
    return transactions;
  }

  @Override
  protected void increment(UnitOfWork work) {
    work.write(() -> {
      counter.incrementAndGet();
      transactions.enlist(counter::decrementAndGet);
    });
  }

  @Override
  protected int committed() {
    return counter.get();
  }

  @Override
  protected void resetCounter() {
    counter.set(0);
  }
}

package io.alita.domain.dispatch;

/**
 * Outbound port: told when a handler failed and its failure was contained (its stage's writes and actions undone, the
 * later stages run). The worker counts these in {@code /metrics}; the dispatcher itself logs them with their stack
 * trace.
 */
@FunctionalInterface
public interface DispatchMonitor {

  DispatchMonitor NONE = (stage, failure) -> { };

  /**
   * @param stage where it failed: {@code observer}, a {@link Stage} name in lower case, {@code command},
   *     {@code button}, {@code member}, {@code join} or {@code timer}
   */
  void contained(String stage, RuntimeException failure);
}

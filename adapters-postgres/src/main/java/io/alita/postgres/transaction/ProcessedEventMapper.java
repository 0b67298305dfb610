package io.alita.postgres.transaction;

import java.time.Instant;
import org.apache.ibatis.annotations.Param;

/** The {@code processed_events} journal: the keys of the events whose writes were committed. */
public interface ProcessedEventMapper {

  /**
   * Records {@code key} in the current transaction. While another transaction that recorded the same key is still
   * running, this waits for it (the primary key): 0 once that one committed, 1 once it rolled back.
   *
   * @return 1 when the key was recorded now, 0 when it was recorded before
   */
  int claim(@Param("key") String key);

  /** @return how many keys recorded before {@code before} were forgotten */
  int forgetBefore(@Param("before") Instant before);
}

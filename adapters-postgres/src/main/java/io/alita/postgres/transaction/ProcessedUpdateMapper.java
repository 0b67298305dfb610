package io.alita.postgres.transaction;

import java.time.Instant;
import org.apache.ibatis.annotations.Param;

/** The {@code processed_updates} journal. */
public interface ProcessedUpdateMapper {

  /** @return 1 when the id was recorded now, 0 when it was recorded before */
  int claim(@Param("updateId") long updateId);

  int pruneBefore(@Param("before") Instant before);
}

package io.alita.postgres.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PoolSettingsTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    assertEquals(new PoolSettings(10, 100, 60, 10), PoolSettings.defaults());
  }

  @Test
  void seedsRecommendedValuesForLargeDeploymentsAreAccepted() {
    assertDoesNotThrow(() -> new PoolSettings(80, 400, 480, 120));
    assertDoesNotThrow(() -> new PoolSettings(50, 200, 240, 60));
    assertDoesNotThrow(() -> new PoolSettings(1000, 1000, 1440, 1440));
  }

  @Test
  void idleAboveOpenIsClampedToOpenAndReported() {
    PoolSettings pool = new PoolSettings(150, 100, 60, 10);
    assertEquals(150, pool.maxIdleConns());
    assertEquals(100, pool.effectiveMaxIdleConns());
    assertTrue(pool.idleClamped());
    assertFalse(PoolSettings.defaults().idleClamped());
  }

  @Test
  void valuesOutsideTheirRangesAreRefused() {
    assertEquals("maxOpenConns 1001 is out of range; use 1 to 1000",
        assertThrows(IllegalArgumentException.class, () -> new PoolSettings(10, 1001, 60, 10)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new PoolSettings(0, 100, 60, 10));
    assertThrows(IllegalArgumentException.class, () -> new PoolSettings(10, 100, 1441, 10));
    assertThrows(IllegalArgumentException.class, () -> new PoolSettings(10, 100, 60, 0));
  }

  @Test
  void minutesConvertToDurations() {
    PoolSettings pool = new PoolSettings(10, 100, 240, 60);
    assertEquals(Duration.ofHours(4), pool.connMaxLifetime());
    assertEquals(Duration.ofHours(1), pool.connMaxIdleTime());
  }
}

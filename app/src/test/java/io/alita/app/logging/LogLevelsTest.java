package io.alita.app.logging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogLevelsTest {

  @Test
  void enableDebugSwitchesTheGlobalAppLoggerWhenLogbackIsBound() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Level before = context.getLogger(LogLevels.APP_LOGGER).getLevel();
    try {
      context.getLogger(LogLevels.APP_LOGGER).setLevel(Level.INFO);
      assertFalse(LoggerFactory.getLogger("io.alita.app.Main").isDebugEnabled());
      assertTrue(LogLevels.enableDebug());
      assertTrue(LoggerFactory.getLogger("io.alita.app.Main").isDebugEnabled());
      assertFalse(LoggerFactory.getLogger("com.zaxxer.hikari.HikariDataSource").isDebugEnabled());
    } finally {
      context.getLogger(LogLevels.APP_LOGGER).setLevel(before);
    }
  }
}

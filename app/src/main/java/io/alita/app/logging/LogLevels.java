package io.alita.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/** Log levels changed at runtime, after the configuration is read. */
public final class LogLevels {

  /** The logger above all of the bot's own classes. */
  public static final String APP_LOGGER = "io.alita";

  private LogLevels() {}

  /**
   * Switches the bot's own loggers ({@value #APP_LOGGER}) to DEBUG, as {@code DEBUG=true} asks. Libraries keep the
   * quieter levels set in {@code logback.xml}: their debug output would drown the bot's.
   *
   * @return false when SLF4J is not bound to Logback (nothing was changed)
   */
  public static boolean enableDebug() {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (factory instanceof LoggerContext context) {
      enableDebug(context);
      return true;
    }
    return false;
  }

  static void enableDebug(LoggerContext context) {
    context.getLogger(APP_LOGGER).setLevel(Level.DEBUG);
  }
}

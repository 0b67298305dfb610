package io.alita.app.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.status.Status;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real {@code logback.xml}, its real encoder and converters, writing into a buffer instead of the console. */
class LogbackRedactionTest {

  private static final String TOKEN = "1234567890:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";

  private final LoggerContext context = new LoggerContext();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  @BeforeEach
  void configureFromTheShippedLogbackXml() throws Exception {
    Secrets.forgetAll(); // other test classes in this JVM register secrets of their own
    context.setMDCAdapter(new LogbackMDCAdapter()); // a context of our own needs what SLF4J's binding would supply
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(getClass().getResource("/logback.xml"));

    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    @SuppressWarnings("unchecked")
    OutputStreamAppender<ILoggingEvent> console = (OutputStreamAppender<ILoggingEvent>) root.getAppender("CONSOLE");
    OutputStreamAppender<ILoggingEvent> capture = new OutputStreamAppender<>();
    capture.setContext(context);
    capture.setName("CAPTURE");
    capture.setEncoder(console.getEncoder());
    capture.setOutputStream(out);
    capture.start();
    root.detachAppender(console);
    root.addAppender(capture);
  }

  @AfterEach
  void stop() {
    List<Status> errors = context.getStatusManager().getCopyOfStatusList().stream()
        .filter(s -> s.getEffectiveLevel() >= Status.ERROR).toList();
    context.stop();
    assertEquals(List.of(), errors, "Logback reported errors");
    Secrets.forgetAll();
  }

  private String logged() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void configurationLoadsWithoutErrors() {
    List<Status> problems = context.getStatusManager().getCopyOfStatusList().stream()
        .filter(s -> s.getEffectiveLevel() >= Status.WARN).toList();
    assertEquals(List.of(), problems);
  }

  @Test
  void lineHasTimeLevelLoggerAndRedactedMessage() {
    Secrets.register("db-pass-123");
    context.getLogger("io.alita.app.Main").info("Starting with token {} and password {}", TOKEN, "db-pass-123");

    String line = logged();
    assertTrue(line.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  io\\.alita\\.app\\.Main - "
        + "Starting with token \\*\\*\\* and password \\*\\*\\*\\R"), line);
  }

  @Test
  void exceptionMessagesAndCausesAreRedactedToo() {
    Secrets.register(TOKEN);
    Exception failure = new IllegalStateException("call to /bot" + TOKEN + "/getMe failed",
        new SQLException("cannot open postgres://alita:unregistered-pw@db:5432/alita"));
    context.getLogger("io.alita.telegram.Poller").error("Polling stopped", failure);

    String text = logged();
    assertFalse(text.contains(TOKEN), text);
    assertFalse(text.contains("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1"), text);
    assertFalse(text.contains("unregistered-pw"), text);
    assertTrue(text.contains("ERROR io.alita.telegram.Poller - Polling stopped"), text);
    assertTrue(text.contains("java.lang.IllegalStateException: call to /bot***/getMe failed"), text);
    assertTrue(text.contains("Caused by: java.sql.SQLException: cannot open postgres://alita:***@db:5432/alita"), text);
    assertTrue(text.contains("\tat io.alita.app.logging.LogbackRedactionTest"), "stack frames are kept: " + text);
  }

  @Test
  void noisyLibrariesAreQuietAndTheBotLogsAtInfo() {
    assertEquals(Level.INFO, context.getLogger("io.alita").getLevel());
    assertEquals(Level.WARN, context.getLogger("org.eclipse.jetty").getLevel());
    assertEquals(Level.WARN, context.getLogger("io.zonky").getLevel());
    assertEquals(Level.WARN, context.getLogger("org.flywaydb").getLevel());
    assertEquals(Level.WARN, context.getLogger("io.javalin").getLevel());
    assertEquals(Level.WARN, context.getLogger("com.zaxxer.hikari").getLevel());
    assertFalse(context.getLogger("com.zaxxer.hikari.pool.HikariPool").isInfoEnabled());
  }

  @Test
  void debugSwitchRaisesOnlyTheBotsLoggers() {
    context.getLogger("io.alita.app.Main").debug("hidden");
    LogLevels.enableDebug(context);
    context.getLogger("io.alita.app.Main").debug("shown");
    context.getLogger("org.eclipse.jetty.server.Server").info("still hidden");

    String text = logged();
    assertFalse(text.contains("hidden"), text);
    assertTrue(text.contains("DEBUG io.alita.app.Main - shown"), text);
  }
}

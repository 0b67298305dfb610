package io.alita.app.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Logback's {@code %msg} with secrets masked by {@link LogRedactor}. Registered in {@code logback.xml} as
 * {@code %redactedMsg}.
 */
public final class RedactingMessageConverter extends ClassicConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return LogRedactor.redact(event.getFormattedMessage());
  }
}

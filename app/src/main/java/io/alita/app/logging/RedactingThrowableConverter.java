package io.alita.app.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Logback's exception rendering with secrets masked by {@link LogRedactor}: exception messages (a driver's, an HTTP
 * client's) are where connection URLs and tokens tend to leak. Registered in {@code logback.xml} as
 * {@code %redactedEx}. Being a throwable converter, it also stops Logback from appending its own unredacted one.
 */
public final class RedactingThrowableConverter extends ThrowableProxyConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return LogRedactor.redact(super.convert(event));
  }
}

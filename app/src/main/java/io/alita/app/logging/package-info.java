/** Logging setup: secret redaction for every log line (Logback converters) and runtime log levels. */
package io.alita.app.logging;

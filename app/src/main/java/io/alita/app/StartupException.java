package io.alita.app;

/** A startup failure the operator can act on; its message is printed as is, without a stack trace. */
final class StartupException extends Exception {
  StartupException(String message) {
    super(message);
  }
}

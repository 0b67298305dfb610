package io.alita.web;

/**
 * A request the console refuses, with the status and the sentence the person sees. Thrown from handlers and filters;
 * rendered as the error page. Never carries a stack trace to the browser.
 */
public final class ConsoleError extends RuntimeException {

  private final int status;

  public ConsoleError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  public int status() {
    return status;
  }

  public static ConsoleError forbidden(String message) {
    return new ConsoleError(403, message);
  }

  public static ConsoleError notFound(String message) {
    return new ConsoleError(404, message);
  }

  public static ConsoleError badRequest(String message) {
    return new ConsoleError(400, message);
  }
}

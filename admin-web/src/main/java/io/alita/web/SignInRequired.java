package io.alita.web;

/** Thrown when a page needs a session and the browser has none: answered with a redirect to the login page. */
final class SignInRequired extends RuntimeException {

  private final String next;

  SignInRequired(String next) {
    super(null, null, false, false);
    this.next = next;
  }

  String next() {
    return next;
  }
}

package io.alita.postgres.adopt;

/** Adoption could not start or did not finish; the message is one line naming the fix. Nothing was committed. */
public final class AdoptionException extends RuntimeException {

  public AdoptionException(String message) {
    super(message);
  }

  public AdoptionException(String message, Throwable cause) {
    super(message, cause);
  }
}

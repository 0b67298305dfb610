package io.alita.domain.captcha;

/** The id of one pending captcha ({@code captcha_attempts.id}); it travels in the challenge's buttons. */
public record AttemptId(long value) {

  public AttemptId {
    if (value <= 0) {
      throw new IllegalArgumentException("attempt ids are positive, not " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}

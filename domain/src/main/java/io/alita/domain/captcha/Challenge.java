package io.alita.domain.captcha;

import java.util.List;
import java.util.Objects;

/**
 * One challenge: what is asked, the right answer, and the options offered as buttons.
 *
 * @param question the sum ("7 + 5") or the code to recognise; empty for the button challenge
 * @param options the choices, shuffled, the answer among them
 */
public record Challenge(CaptchaMode mode, String question, String answer, List<String> options) {

  /** What the single button of a {@link CaptchaMode#BUTTON} challenge answers. */
  public static final String HUMAN = "human";

  public Challenge {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    options = List.copyOf(options);
    if (!options.contains(answer)) {
      throw new IllegalArgumentException("the answer must be among the options");
    }
  }
}

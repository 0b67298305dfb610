package io.alita.domain.greetings;

import io.alita.domain.content.StoredContent;
import java.util.Objects;

/**
 * One of a chat's greetings.
 *
 * @param enabled whether it is sent
 * @param content what is sent: a text, or a file by id with its caption, with buttons
 * @param cleanOld whether the previous one is deleted when a new one is sent
 */
public record Greeting(boolean enabled, StoredContent content, boolean cleanOld) {

  /** The original's default welcome. */
  public static final String DEFAULT_WELCOME = "Hey {first}, how are you?";
  /** The original's default goodbye. */
  public static final String DEFAULT_GOODBYE = "Sad to see you leaving {first}";

  public Greeting {
    Objects.requireNonNull(content, "content");
  }

  /** A chat's greeting before anyone set it: the welcome is on, the goodbye off (as the original's code assumed). */
  public static Greeting defaultOf(GreetingKind kind) {
    return kind == GreetingKind.WELCOME
        ? new Greeting(true, StoredContent.text(DEFAULT_WELCOME), false)
        : new Greeting(false, StoredContent.text(DEFAULT_GOODBYE), false);
  }
}

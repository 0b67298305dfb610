package io.alita.domain.greetings;

import io.alita.domain.model.ChatId;
import java.util.Objects;

/**
 * A chat's greetings settings, as cached per chat (every join reads them).
 *
 * @param cleanService delete join and leave service messages
 * @param autoApprove approve join requests at once
 */
public record GreetingsSettings(ChatId chat, Greeting welcome, Greeting goodbye, boolean cleanService,
    boolean autoApprove) {

  public GreetingsSettings {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(welcome, "welcome");
    Objects.requireNonNull(goodbye, "goodbye");
  }

  /** A chat that set nothing. */
  public static GreetingsSettings defaults(ChatId chat) {
    return new GreetingsSettings(chat, Greeting.defaultOf(GreetingKind.WELCOME),
        Greeting.defaultOf(GreetingKind.GOODBYE), false, false);
  }

  public Greeting greeting(GreetingKind kind) {
    return kind == GreetingKind.WELCOME ? welcome : goodbye;
  }
}

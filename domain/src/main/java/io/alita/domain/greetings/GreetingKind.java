package io.alita.domain.greetings;

/** Which of a chat's two greetings. */
public enum GreetingKind {
  /** Sent when a member joins. */
  WELCOME,
  /** Sent when a member leaves. */
  GOODBYE
}

package io.alita.domain.target;

import java.util.Objects;

/** What {@link TargetExtractor} made of a command: a target, or why there is none. */
public sealed interface TargetOutcome {

  /**
   * A target was named.
   *
   * @param target whom the command acts on
   * @param reason the rest of the text, stripped; empty when none was given
   */
  record Found(Target target, String reason) implements TargetOutcome {
    public Found {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** A valid username that nobody we can find holds. The command stops and says so. */
  record NotFound(Username username) implements TargetOutcome {

    public String message() {
      return "I can't find " + username + ". Reply to one of their messages, or use their numeric id instead.";
    }
  }

  /**
   * The target was written in a form that cannot name anyone (a malformed username, a group's id, an id that is too big).
   *
   * @param input the word as typed
   * @param message a reply the user can act on
   */
  record Invalid(String input, String message) implements TargetOutcome {}

  /** No target was given: no mention, username or id, and no reply. */
  record None() implements TargetOutcome {

    public String message() {
      return "Tell me who: reply to one of their messages, or give their @username or numeric id.";
    }
  }
}

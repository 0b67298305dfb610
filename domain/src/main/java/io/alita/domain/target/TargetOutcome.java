package io.alita.domain.target;

import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import java.util.Objects;

/** What {@link TargetExtractor} made of a command: a target, or why there is none. */
public sealed interface TargetOutcome {

  MessageKey NOT_FOUND = MessageKey.of("target.not_found");
  MessageKey INVALID_USERNAME = MessageKey.of("target.invalid_username");
  MessageKey INVALID_ID = MessageKey.of("target.invalid_id");
  MessageKey NONE = MessageKey.of("target.none");

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

    /** A reply the user can act on, as Telegram HTML. */
    public String message(Messages messages) {
      return messages.html(NOT_FOUND, "username", username.toString());
    }
  }

  /**
   * The target was written in a form that cannot name anyone (a malformed username, a group's id, an id that is too big).
   *
   * @param input the word as typed
   * @param problem what the word was meant to be
   */
  record Invalid(String input, Problem problem) implements TargetOutcome {

    /** What kind of target the word looked like. */
    public enum Problem {
      /** Looked like a @username but cannot be one. */
      USERNAME,
      /** Looked like a numeric id but names no user or channel. */
      ID
    }

    /** A reply the user can act on, as Telegram HTML. */
    public String message(Messages messages) {
      return messages.html(problem == Problem.USERNAME ? INVALID_USERNAME : INVALID_ID, "input", input);
    }
  }

  /** No target was given: no mention, username or id, and no reply. */
  record None() implements TargetOutcome {

    /** A reply the user can act on, as Telegram HTML. */
    public String message(Messages messages) {
      return messages.html(NONE);
    }
  }
}

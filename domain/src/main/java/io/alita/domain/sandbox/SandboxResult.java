package io.alita.domain.sandbox;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a simulation found: what the bot would do, step by step, or why nothing could be simulated. */
public sealed interface SandboxResult {

  /**
   * One thing that happens in the chat and the bot's answer to it.
   *
   * @param event what happens, e.g. {@code Sandbox User writes: “buy casino chips”}
   * @param botActs false when the bot would do nothing; {@code decisions} then holds one line that says so
   * @param decisions what the bot would do, in order, as plain text (the console escapes it), e.g.
   *     {@code Delete the message}, {@code Mute Sandbox User for 10m}, {@code Send a message: “…”}
   */
  record Step(String event, boolean botActs, List<String> decisions) {
    public Step {
      Objects.requireNonNull(event, "event");
      decisions = List.copyOf(decisions);
    }
  }

  /**
   * The simulation ran.
   *
   * @param steps in order: the join (for a new member), then each message
   * @param stoppedEarly why the remaining messages were not simulated (the member was muted or removed and could no
   *     longer write), if they were not
   */
  record Simulated(List<Step> steps, Optional<String> stoppedEarly) implements SandboxResult {
    public Simulated {
      steps = List.copyOf(steps);
      Objects.requireNonNull(stoppedEarly, "stoppedEarly");
    }

    /** True when the bot would do nothing at any step. */
    public boolean nothingWouldHappen() {
      return steps.stream().noneMatch(Step::botActs);
    }

    /** Every decision of every step where the bot acts, in order. */
    public List<String> decisions() {
      return steps.stream().filter(Step::botActs).flatMap(s -> s.decisions().stream()).toList();
    }
  }

  /** Nothing was simulated; {@code reason} says why, in words for the person who asked. */
  record Rejected(String reason) implements SandboxResult {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
    }
  }
}

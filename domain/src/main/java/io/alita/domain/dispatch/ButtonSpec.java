package io.alita.domain.dispatch;

import java.util.Objects;

/**
 * The buttons of one callback namespace: who may press them ({@code gate}, checked against the presser in the
 * button's chat before the handler runs, and answered with the reason like a command's) and what a press does.
 */
public record ButtonSpec(Gate gate, ButtonHandler handler) {
  public ButtonSpec {
    Objects.requireNonNull(gate, "gate");
    Objects.requireNonNull(handler, "handler");
  }
}

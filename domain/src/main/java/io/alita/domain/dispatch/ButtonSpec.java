package io.alita.domain.dispatch;

import java.util.Objects;

/**
 * The buttons of one callback namespace: who may press them ({@code gate}, checked against the presser in the
 * button's chat before the handler runs, and answered with the reason like a command's) and what a press does.
 *
 * @param worksOverConnection pressed in a private chat, the press acts on the presser's connected group, as a
 *     {@linkplain CommandSpec#connectable() connection-aware} command does (the buttons of a question such a command
 *     asked in private)
 */
public record ButtonSpec(Gate gate, ButtonHandler handler, boolean worksOverConnection) {
  public ButtonSpec {
    Objects.requireNonNull(gate, "gate");
    Objects.requireNonNull(handler, "handler");
  }

  public ButtonSpec(Gate gate, ButtonHandler handler) {
    this(gate, handler, false);
  }
}

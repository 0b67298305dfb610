package io.alita.domain.dispatch;

/** Handles presses of the buttons of one callback namespace. */
@FunctionalInterface
public interface ButtonHandler {
  void handle(ButtonContext ctx);
}

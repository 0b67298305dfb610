package io.alita.domain.dispatch;

/** Carries out one command; its gate was checked before. */
@FunctionalInterface
public interface CommandHandler {
  void handle(CommandContext ctx);
}

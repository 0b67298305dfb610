package io.alita.domain.dispatch;

/** Reacts to a user asking to join a chat that needs approval (Greetings' auto-approve or admin buttons). */
@FunctionalInterface
public interface JoinRequestListener {
  void requested(JoinContext ctx);
}

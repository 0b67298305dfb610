package io.alita.domain.sandbox;

/**
 * Inbound port (the console's sandbox page): shows what the bot would do with a message, under a chat's real
 * settings, without sending anything to Telegram and without changing anything in the database.
 *
 * <p>Implementations run the same modules and rules as the worker, so a simulation can be trusted to match it, with
 * two assumptions the page should state: the bot is an admin of the chat with every right, and Telegram is never
 * asked (the chat's other admins are unknown to the simulation). Safe to call from several threads at once.
 */
public interface Sandbox {

  /**
   * Simulates {@code request}: for a {@link Persona#NEW_MEMBER} first the join, then the message, {@code repeat}
   * times in quick succession.
   *
   * @return {@link SandboxResult.Simulated} with what the bot would do at each step, or
   *     {@link SandboxResult.Rejected} with a short message for the person asking (an invalid request, a chat the bot
   *     has never seen, a chat that is no group); never throws for either
   */
  SandboxResult simulate(SandboxRequest request);
}

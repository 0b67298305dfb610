package io.alita.domain.dispatch;

import java.util.List;
import java.util.Objects;

/**
 * A command the bot understands.
 *
 * @param names the name and its aliases, lower case, without the slash
 * @param gate what must hold before it runs
 * @param anonymousAdmins whether an anonymous admin may run it (directly when the chat trusts anonymous admins,
 *     otherwise after proving who they are with a button)
 * @param worksOverConnection whether, sent in a private chat, it acts on the group its user connected to ({@code /connect}):
 *     the gate is checked in that group and the handler's {@link CommandContext#chat()} is that group, while every
 *     answer still goes to the private chat (see {@link ConnectedChats})
 */
public record CommandSpec(List<String> names, Gate gate, boolean anonymousAdmins, boolean worksOverConnection,
    CommandHandler handler) {

  public CommandSpec {
    names = List.copyOf(names);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("a command needs a name");
    }
    Objects.requireNonNull(gate, "gate");
    Objects.requireNonNull(handler, "handler");
  }

  public CommandSpec(List<String> names, Gate gate, boolean anonymousAdmins, CommandHandler handler) {
    this(names, gate, anonymousAdmins, false, handler);
  }

  public static CommandSpec of(String name, Gate gate, CommandHandler handler) {
    return new CommandSpec(List.of(name), gate, false, false, handler);
  }

  public CommandSpec alsoNamed(String... aliases) {
    List<String> all = new java.util.ArrayList<>(names);
    all.addAll(List.of(aliases));
    return new CommandSpec(all, gate, anonymousAdmins, worksOverConnection, handler);
  }

  /** Lets anonymous admins run it (the original's routed commands: moderation, pins, purges, warns). */
  public CommandSpec forAnonymousAdmins() {
    return new CommandSpec(names, gate, true, worksOverConnection, handler);
  }

  /**
   * Lets it be sent from a private chat to act on the user's connected group (the original's connection-aware
   * settings commands). Without a connection it answers that the user should {@code /connect} first.
   */
  public CommandSpec connectable() {
    return new CommandSpec(names, gate, anonymousAdmins, true, handler);
  }

  public String name() {
    return names.get(0);
  }
}

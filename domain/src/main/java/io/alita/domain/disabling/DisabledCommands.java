package io.alita.domain.disabling;

import java.util.Set;
import java.util.TreeSet;

/**
 * A chat's disabling settings.
 *
 * @param commands the disabled commands' names, lower case, without the slash
 * @param deleteCommands whether a member's disabled command is also deleted ({@code /disabledel})
 */
public record DisabledCommands(Set<String> commands, boolean deleteCommands) {

  public static final DisabledCommands NONE = new DisabledCommands(Set.of(), false);

  public DisabledCommands {
    commands = java.util.Collections.unmodifiableSet(new TreeSet<>(commands));
  }

  public boolean isDisabled(String command) {
    return commands.contains(command);
  }
}

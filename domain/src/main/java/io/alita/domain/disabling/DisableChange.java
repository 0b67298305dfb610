package io.alita.domain.disabling;

import io.alita.domain.command.Words;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Use case: disables and enables commands for a chat's members, and switches whether their disabled commands are
 * deleted, from what an admin typed, for {@code /disable}, {@code /enable}, {@code /disabledel} and the console alike.
 * Only {@link Disableable#ORIGINAL} commands can be disabled (a disabled one can always be enabled again); the other
 * words are named in the answer. When no word is accepted, the change is refused and nothing is written.
 */
public final class DisableChange {

  private final DisableStore store;
  private final Set<String> registered;
  private final Messages messages;

  /**
   * @param registered the commands this process has, to tell a command that cannot be disabled from one that does
   *     not exist (the console, which registers none, names both as unknown)
   * @param messages the language of the confirmations and refusals
   */
  public DisableChange(DisableStore store, Set<String> registered, Messages messages) {
    this.store = Objects.requireNonNull(store, "store");
    this.registered = Set.copyOf(registered);
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  /** Disables the commands named in {@code typed} ({@code rules notes}, slashes and commas allowed). */
  public ChangeOutcome disable(ChatId chat, String typed, Commit commit) {
    return change(chat, typed, true, commit);
  }

  /** Enables the commands named in {@code typed} again. */
  public ChangeOutcome enable(ChatId chat, String typed, Commit commit) {
    return change(chat, typed, false, commit);
  }

  /** Whether a member's disabled command is deleted: on, yes, true or off, no, false. */
  public ChangeOutcome deleteCommands(ChatId chat, String typed, Commit commit) {
    String argument = Words.splitFirst(typed == null ? "" : typed).first();
    Optional<Boolean> on = switch (argument.toLowerCase(Locale.ROOT)) {
      case "on", "yes", "true" -> Optional.of(true);
      case "off", "no", "false" -> Optional.of(false);
      default -> Optional.empty();
    };
    if (on.isEmpty()) {
      return ChangeOutcome.refused(messages.html(DisablingModule.DELETE_USAGE, "input", argument));
    }
    commit.run(() -> store.setDeleteCommands(chat, on.get()));
    return ChangeOutcome.applied(messages.html(on.get() ? DisablingModule.DELETE_ON : DisablingModule.DELETE_OFF));
  }

  private ChangeOutcome change(ChatId chat, String typed, boolean disable, Commit commit) {
    List<String> words = words(typed == null ? "" : typed);
    if (words.isEmpty()) {
      return ChangeOutcome.refused(messages.html(disable ? DisablingModule.DISABLE_USAGE : DisablingModule.ENABLE_USAGE));
    }
    DisabledCommands current = store.find(chat);
    Set<String> accepted = new TreeSet<>();
    Set<String> notDisableable = new LinkedHashSet<>();
    Set<String> unknown = new LinkedHashSet<>();
    for (String word : words) {
      Optional<String> name = Disableable.name(word);
      if (name.isPresent() && (Disableable.ORIGINAL.contains(name.get())
          || (!disable && current.isDisabled(name.get())))) {
        accepted.add(name.get());
      } else if (name.isPresent() && registered.contains(name.get())) {
        notDisableable.add(name.get());
      } else {
        unknown.add(name.orElse(word));
      }
    }
    List<String> lines = new ArrayList<>();
    if (!accepted.isEmpty()) {
      commit.run(() -> {
        if (disable) {
          store.disable(chat, accepted);
        } else {
          store.enable(chat, accepted);
        }
      });
      lines.add(messages.html(disable ? DisablingModule.DISABLED_NOW : DisablingModule.ENABLED_NOW,
          "commands", slashed(accepted)));
    }
    if (!notDisableable.isEmpty()) {
      lines.add(messages.html(DisablingModule.NOT_DISABLEABLE, "commands", slashed(notDisableable)));
    }
    if (!unknown.isEmpty()) {
      lines.add(messages.html(DisablingModule.UNKNOWN, "commands", String.join(", ", unknown)));
    }
    String html = String.join("\n", lines);
    return accepted.isEmpty() ? ChangeOutcome.refused(html) : ChangeOutcome.applied(html);
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.strip().split("[\\s,]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  private static String slashed(Collection<String> names) {
    return names.stream().map(n -> "/" + n).collect(Collectors.joining(", "));
  }
}

package io.alita.domain.pins;

import io.alita.domain.command.Words;
import io.alita.domain.i18n.Messages;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import io.alita.domain.tracking.SeenChat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Use case: switches antichannelpin and cleanlinked on or off from what an admin typed (on, yes, true; off, no,
 * false), for {@code /antichannelpin}, {@code /cleanlinked} and the console alike. Anything else is refused with the
 * command's usage and writes nothing.
 */
public final class PinSwitchChange {

  private final PinsStore store;
  private final Messages messages;

  /** @param messages the language of the confirmations and refusals */
  public PinSwitchChange(PinsStore store, Messages messages) {
    this.store = Objects.requireNonNull(store, "store");
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  /** Unpin the linked channel's posts. */
  public ChangeOutcome antiChannelPin(SeenChat chat, String typed, Commit commit) {
    Optional<Boolean> on = parse(typed);
    if (on.isEmpty()) {
      return usage("antichannelpin", typed);
    }
    commit.run(() -> store.setAntiChannelPin(chat, on.get()));
    return ChangeOutcome.applied(messages.html(on.get() ? PinsModule.ANTICHANNELPIN_ON : PinsModule.ANTICHANNELPIN_OFF));
  }

  /** Delete the linked channel's posts. */
  public ChangeOutcome cleanLinked(SeenChat chat, String typed, Commit commit) {
    Optional<Boolean> on = parse(typed);
    if (on.isEmpty()) {
      return usage("cleanlinked", typed);
    }
    commit.run(() -> store.setCleanLinked(chat, on.get()));
    return ChangeOutcome.applied(messages.html(on.get() ? PinsModule.CLEANLINKED_ON : PinsModule.CLEANLINKED_OFF));
  }

  private ChangeOutcome usage(String command, String typed) {
    return ChangeOutcome.refused(messages.html(PinsModule.SWITCH_USAGE, "command", command,
        "input", Words.splitFirst(typed == null ? "" : typed).first()));
  }

  /** on, yes, true or off, no, false (the first word, case aside); empty for anything else. */
  static Optional<Boolean> parse(String typed) {
    String word = Words.splitFirst(typed == null ? "" : typed).first().toLowerCase(Locale.ROOT);
    return switch (word) {
      case "on", "yes", "true" -> Optional.of(true);
      case "off", "no", "false" -> Optional.of(false);
      default -> Optional.empty();
    };
  }
}

package io.alita.domain.reports;

import io.alita.domain.command.Words;
import io.alita.domain.format.Mention;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Use case: a chat's reports on or off, and who is blocked from reporting, for {@code /reports on|off},
 * {@code /reports block|unblock} and the console alike. A refused value writes nothing.
 */
public final class ReportSettingsChange {

  private final ReportStore store;
  private final Messages messages;

  /** @param messages the language of the confirmations and refusals */
  public ReportSettingsChange(ReportStore store, Messages messages) {
    this.store = Objects.requireNonNull(store, "store");
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  /** Reports on (on, yes, true) or off (off, no, false) in the chat. */
  public ChangeOutcome enabled(ChatId chat, String typed, Commit commit) {
    String word = Words.splitFirst(typed == null ? "" : typed).first().toLowerCase(Locale.ROOT);
    Optional<Boolean> on = ReportsModule.onOff(word);
    if (on.isEmpty()) {
      return ChangeOutcome.refused(messages.html(ReportsModule.USAGE));
    }
    commit.run(() -> store.setChatEnabled(chat, on.get()));
    return ChangeOutcome.applied(messages.html(on.get() ? ReportsModule.CHAT_ON : ReportsModule.CHAT_OFF));
  }

  /** Blocks {@code user} from reporting in the chat. @param name how to name them in the confirmation, if known */
  public ChangeOutcome block(ChatId chat, UserId user, Optional<String> name, Commit commit) {
    commit.run(() -> store.block(chat, user));
    return ChangeOutcome.applied(messages.html(ReportsModule.BLOCKED, "user", Mention.user(user, name)));
  }

  /** Lets {@code user} report in the chat again. @param name how to name them in the confirmation, if known */
  public ChangeOutcome unblock(ChatId chat, UserId user, Optional<String> name, Commit commit) {
    commit.run(() -> store.unblock(chat, user));
    return ChangeOutcome.applied(messages.html(ReportsModule.UNBLOCKED, "user", Mention.user(user, name)));
  }
}

package io.alita.domain.purges;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.action.ChatAction;
import java.util.ArrayList;
import java.util.List;

/**
 * An inclusive stretch of message ids to delete, from {@code first} to {@code last}. Message ids in a chat only grow, so
 * the ids in between are every message sent in between; ids of messages that are gone already are skipped by Telegram.
 */
public record PurgeRange(MessageId first, MessageId last) {

  /** The most messages one purge deletes (the original's limit; deleting more is a job for a new chat). */
  public static final int MAX_MESSAGES = 1000;

  /** How many ids Telegram's {@code deleteMessages} takes in one call. */
  public static final int IDS_PER_CALL = 100;

  public PurgeRange {
    if (first.value() > last.value()) {
      throw new IllegalArgumentException("a purge range runs forwards, got " + first + ".." + last);
    }
  }

  /** The range between two messages, whichever of them is older. */
  public static PurgeRange between(MessageId a, MessageId b) {
    return a.value() <= b.value() ? new PurgeRange(a, b) : new PurgeRange(b, a);
  }

  /** How many ids the range holds. */
  public int size() {
    return last.value() - first.value() + 1;
  }

  /**
   * The delete actions that remove the whole range, every id exactly once, in ascending order, at most
   * {@link #IDS_PER_CALL} ids each.
   */
  public List<ChatAction.Delete> deletions(ChatId chat) {
    List<ChatAction.Delete> actions = new ArrayList<>();
    List<MessageId> batch = new ArrayList<>(IDS_PER_CALL);
    for (int id = first.value(); id <= last.value(); id++) {
      batch.add(MessageId.of(id));
      if (batch.size() == IDS_PER_CALL) {
        actions.add(new ChatAction.Delete(chat, batch));
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      actions.add(new ChatAction.Delete(chat, batch));
    }
    return actions;
  }
}

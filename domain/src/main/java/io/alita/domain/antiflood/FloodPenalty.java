package io.alita.domain.antiflood;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a flood leads to, as plain functions of the settings: the deletions and the action against the sender. */
public final class FloodPenalty {

  /** Telegram deletes at most this many messages per call. */
  static final int DELETE_BATCH = 100;

  private FloodPenalty() {}

  /**
   * The flood's messages to delete: every tracked one when the chat deletes floods, otherwise the message that
   * crossed the limit (as the original). In batches of at most {@value #DELETE_BATCH}.
   */
  public static List<ChatAction.Delete> deletions(FloodSettings settings, ChatId chat, FloodDecision.Flood flood) {
    List<MessageId> ids = settings.deleteFlood() ? flood.messages() : List.of(flood.last());
    List<ChatAction.Delete> batches = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += DELETE_BATCH) {
      batches.add(new ChatAction.Delete(chat, ids.subList(from, Math.min(ids.size(), from + DELETE_BATCH))));
    }
    return batches;
  }

  /**
   * The action against the flooder: the chat's mode for a member (a tban or tmute until {@code now} plus its
   * duration); a channel ban for a channel, whatever the mode, as nothing else stops a channel.
   */
  public static ChatAction against(FloodSettings settings, ChatId chat, Flooder sender, Instant now) {
    if (sender instanceof Flooder.Channel channel) {
      return new ChatAction.BanSenderChat(chat, channel.id());
    }
    Flooder.Member member = (Flooder.Member) sender;
    Optional<Instant> until = settings.modeDuration().map(now::plus);
    return switch (settings.mode()) {
      case BAN, TBAN -> new ChatAction.Ban(chat, member.id(), until);
      case KICK -> new ChatAction.Kick(chat, member.id());
      case MUTE, TMUTE -> new ChatAction.Restrict(chat, member.id(), ChatPermissions.NOTHING, until);
    };
  }
}

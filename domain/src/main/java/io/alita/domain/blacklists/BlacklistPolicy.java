package io.alita.domain.blacklists;

import io.alita.domain.penalty.PenaltyMode;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.model.ChatId;
import io.alita.domain.update.IncomingMessage;
import io.alita.domain.warns.WarnReason;
import java.time.Instant;
import java.util.Optional;

/**
 * The rule applied to a message holding a blacklisted word, once it is known that its sender is not exempt: delete it,
 * then the word's action. A message posted on behalf of another channel can only be deleted or, for ban and tban, have
 * that channel banned ({@code banChatSenderChat} has no end date, so a tban of a channel lasts until an unban); a
 * channel cannot be warned, muted or kicked.
 */
public final class BlacklistPolicy {

  private BlacklistPolicy() {}

  /**
   * Decides what {@code hit} in {@code message} leads to.
   *
   * @param now the moment of the message's handling; a tban or tmute lasts until now plus its duration
   * @throws IllegalArgumentException for a message with neither a sender nor a sender chat, which cannot offend
   */
  public static BlacklistDecision decide(BlacklistHit hit, IncomingMessage message, Instant now) {
    ChatId chat = message.chatId();
    ChatAction.Delete delete = ChatAction.Delete.one(chat, message.id());
    BlacklistAction action = hit.action();
    Optional<Instant> until = action.duration().map(now::plus);
    Optional<PenaltyMode> mode = action instanceof BlacklistAction.Punish p
        ? Optional.of(p.penalty().mode()) : Optional.empty();
    if (postedByAnotherChat(message)) {
      ChatId channel = message.senderChat().get().id();
      boolean bans = mode.map(m -> m == PenaltyMode.BAN || m == PenaltyMode.TBAN).orElse(false);
      return bans ? new BlacklistDecision.Punish(delete, new ChatAction.BanSenderChat(chat, channel))
          : new BlacklistDecision.DeleteOnly(delete);
    }
    var user = message.from().orElseThrow(() -> new IllegalArgumentException("a message without a sender")).id();
    if (action instanceof BlacklistAction.Warn) {
      return new BlacklistDecision.Warn(delete, user, reason(hit.word()));
    }
    if (mode.isEmpty()) {
      return new BlacklistDecision.DeleteOnly(delete);
    }
    return switch (mode.get()) {
      case MUTE, TMUTE -> new BlacklistDecision.Punish(delete,
          new ChatAction.Restrict(chat, user, ChatPermissions.NOTHING, until));
      case KICK -> new BlacklistDecision.Punish(delete, new ChatAction.Kick(chat, user));
      case BAN, TBAN -> new BlacklistDecision.Punish(delete, new ChatAction.Ban(chat, user, until));
    };
  }

  /** The warn reason stored for {@code word}: {@code Blacklisted word: 'word'}. */
  public static WarnReason reason(BlacklistWord word) {
    return WarnReason.typed("Blacklisted word: '" + word.value() + "'");
  }

  /** Sent on behalf of a channel other than the chat itself (which would be an anonymous admin). */
  static boolean postedByAnotherChat(IncomingMessage message) {
    return message.senderChat().map(c -> !c.id().equals(message.chatId())).orElse(false);
  }
}

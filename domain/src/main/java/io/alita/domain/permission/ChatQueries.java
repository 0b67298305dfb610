package io.alita.domain.permission;

import io.alita.domain.action.ChatPermissions;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Outbound port: questions only Telegram can answer. Implemented by the Telegram adapter (through its rate limiter).
 * Every method answers "unknown" (empty) rather than throwing when Telegram refuses.
 */
public interface ChatQueries {

  /** The chat's administrators, bots included, the creator first when Telegram lists them so. */
  List<ChatMember> administrators(ChatId chat);

  /** One user's membership, or empty when Telegram does not know them in that chat. */
  Optional<ChatMember> member(ChatId chat, UserId user);

  /** What members may do by default (restored by an unmute); empty when unknown. */
  Optional<ChatPermissions> defaultPermissions(ChatId chat);

  /** The chat's primary invite link ({@code exportChatInviteLink}), or empty when the bot may not make one. */
  Optional<String> inviteLink(ChatId chat);

  /**
   * The chat's current pinned message ({@code getChat}'s {@code pinned_message}), or empty when none is pinned or it
   * is unknown. By default unknown: only the Telegram adapter can tell.
   */
  default Optional<io.alita.domain.model.MessageId> pinnedMessage(ChatId chat) {
    return Optional.empty();
  }
}

package io.alita.domain.bans;

import io.alita.domain.action.ChatPermissions;
import io.alita.domain.model.ChatId;
import io.alita.domain.permission.ChatQueries;

/**
 * What an unmuted member gets back: the chat's own default permissions, so that an unmute never grants more than the
 * chat allows everyone (a chat where members may not send media stays so); Telegram's member defaults when the chat's
 * cannot be read.
 */
public final class RestoredPermissions {

  private RestoredPermissions() {}

  public static ChatPermissions of(ChatQueries queries, ChatId chat) {
    return queries.defaultPermissions(chat).orElse(ChatPermissions.MEMBER_DEFAULTS);
  }
}

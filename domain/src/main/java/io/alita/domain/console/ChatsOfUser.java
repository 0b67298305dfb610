package io.alita.domain.console;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.util.List;

/**
 * Outbound port: the groups where the bot has seen a user, most recent first. A group admin's console access is
 * checked with Telegram for these chats only, so that a login costs a handful of requests, not one per known chat.
 */
public interface ChatsOfUser {

  List<ChatId> chatsWhereSeen(UserId user, int limit);
}

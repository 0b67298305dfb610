package io.alita.domain.dispatch;

import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;

/**
 * The texts an event is answered with, by the chat it is answered in: a group's (or channel's) language, or in a
 * private chat (whose id is the user's) the user's own. The dispatcher asks once per event; the Languages module
 * provides it ({@link Registry#chatLanguages}), without it everything is in the dispatcher's default texts.
 */
@FunctionalInterface
public interface ChatLanguages {

  /** The messages of the chat {@code chat} is answered in; English when its language is unset or unknown. */
  Messages of(ChatId chat);
}

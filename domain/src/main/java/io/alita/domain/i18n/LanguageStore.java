package io.alita.domain.i18n;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import java.util.Optional;

/**
 * Where the language of a group and of a user is kept (a code of {@link Languages}; "en" unless set). Writes join
 * the event's unit of work when there is one.
 */
public interface LanguageStore {

  /** The group's language; empty when the chat was never recorded. */
  Optional<String> chatLanguage(ChatId chat);

  /** The user's own language (used in their private chat); empty when the user was never recorded. */
  Optional<String> userLanguage(UserId user);

  /** Sets the group's language, recording the chat first if needed. */
  void setChatLanguage(SeenChat chat, String code);

  /** Sets the user's language, recording the user first if needed. */
  void setUserLanguage(SeenUser user, String code);
}

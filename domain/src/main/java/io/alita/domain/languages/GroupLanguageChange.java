package io.alita.domain.languages;

import io.alita.domain.i18n.LanguageStore;
import io.alita.domain.i18n.Languages;
import io.alita.domain.i18n.Languages.Language;
import io.alita.domain.i18n.Messages;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import io.alita.domain.tracking.SeenChat;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Sets the language a group is answered in: the use case of {@code /lang <code>} in a group and of the console's
 * language form. Only a language the bot has texts for is accepted. The command confirms in the new language (what
 * the group reads from now on), the console in its own. The worker's cache of the chat's language is emptied by the change's
 * NOTIFY (console) or after the command's commit.
 */
public final class GroupLanguageChange {

  private final LanguageStore store;

  public GroupLanguageChange(LanguageStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** The group's language as stored, English when unset or no longer available. */
  public Language current(SeenChat chat) {
    String code = Languages.orEnglish(store.chatLanguage(chat.id()).orElse(Messages.DEFAULT_LANGUAGE));
    return Languages.find(code).orElse(Languages.ALL.get(0));
  }

  /**
   * Sets {@code chat}'s language to the code {@code typed} (any case, surrounding space ignored).
   *
   * @param messages the texts the answer is written in
   */
  public ChangeOutcome set(SeenChat chat, String typed, Messages messages, Commit commit) {
    String code = typed == null ? "" : typed.trim();
    Optional<Language> chosen = Languages.find(code);
    if (chosen.isEmpty()) {
      return ChangeOutcome.refused(messages.html(LanguagesModule.UNKNOWN, "input", code, "codes", codes()));
    }
    commit.run(() -> store.setChatLanguage(chat, chosen.get().code()));
    return ChangeOutcome.applied(messages.html(LanguagesModule.SET_GROUP, "language", chosen.get().nativeName()));
  }

  static String codes() {
    return Languages.available().stream().map(Language::code).collect(Collectors.joining(", "));
  }
}

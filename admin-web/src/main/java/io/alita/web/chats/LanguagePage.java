package io.alita.web.chats;

import io.alita.domain.console.ChatSummary;
import io.alita.domain.console.ConsoleSession;
import io.alita.domain.i18n.Languages;
import io.alita.domain.i18n.Messages;
import io.alita.web.Pages;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /chats/{id}/language}: the language the bot answers the group in, as {@code /lang <code>} sets it, through
 * {@link io.alita.domain.languages.GroupLanguageChange}; audited, and the worker's cache of the chat's language is
 * emptied by the change's NOTIFY.
 */
final class LanguagePage {

  private final ProtectionPages.Ports ports;
  private final ChatLookup lookup;
  private final Notice notice;

  LanguagePage(ProtectionPages.Ports ports, ChatLookup lookup, Notice notice) {
    this.ports = ports;
    this.lookup = lookup;
    this.notice = notice;
  }

  void show(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forView(ctx, session);
    Map<String, Object> model = model(chat, current(chat));
    notice.take(ctx).ifPresent(n -> model.put("notice", n));
    Pages.render(ctx, "chat-language.html", session, model);
  }

  void submit(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forChange(ctx, session);
    SettingsForm.read(ctx, current(chat))
        .ifChanged("language", (typed, commit) -> ports.languageChange().set(chat.chat(), typed, Messages.english(),
            commit))
        .submit(ctx, session, ports.changes(), notice, ChatView.of(chat).path() + "/language", "chat-language.html",
            values -> model(chat, values));
  }

  private Map<String, String> current(ChatSummary chat) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("language", ports.languageChange().current(chat.chat()).code());
    return values;
  }

  private static Map<String, Object> model(ChatSummary chat, Map<String, String> values) {
    Map<String, Object> model = new HashMap<>();
    model.put("chat", ChatView.of(chat));
    model.put("active", "language");
    model.put("values", values);
    model.put("languages", Languages.available());
    return model;
  }
}

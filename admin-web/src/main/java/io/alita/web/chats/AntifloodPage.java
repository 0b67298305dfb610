package io.alita.web.chats;

import io.alita.domain.antiflood.FloodSettings;
import io.alita.domain.antiflood.FloodSettingsChange;
import io.alita.domain.console.ChatSummary;
import io.alita.domain.console.ConsoleSession;
import io.alita.domain.model.ChatId;
import io.alita.web.Pages;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /chats/{id}/antiflood}: the flood limit (or off), the penalty and whether the whole flood is deleted; one
 * form, applied all or none ({@link AllOrNothing}) through {@link FloodSettingsChange}, so the page accepts and
 * refuses what /setflood, /setfloodmode and /delflood do, in the bot's words, and keeps what was typed on a refusal.
 */
final class AntifloodPage {

  private final ProtectionPages.Ports ports;
  private final ChatLookup lookup;
  private final Notice notice;

  AntifloodPage(ProtectionPages.Ports ports, ChatLookup lookup, Notice notice) {
    this.ports = ports;
    this.lookup = lookup;
    this.notice = notice;
  }

  void show(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forView(ctx, session);
    FloodSettings now = ports.flood().settings(chat.id());
    Map<String, Object> model = model(chat, current(now));
    model.put("summary", OverviewPage.antiflood(now));
    notice.take(ctx).ifPresent(n -> model.put("notice", n));
    Pages.render(ctx, "chat-antiflood.html", session, model);
  }

  void submit(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forChange(ctx, session);
    ChatId id = chat.id();
    FloodSettingsChange change = ports.floodChange();
    FloodSettings now = ports.flood().settings(id);
    SettingsForm.read(ctx, current(now))
        .ifChanged("limit", (typed, commit) -> change.limit(id, typed, commit))
        .ifChanged("mode", (typed, commit) -> change.mode(id, typed, commit))
        .ifChanged("delete", (typed, commit) -> change.deleteFlood(id, typed, commit))
        .submit(ctx, session, ports.changes(), notice, ChatView.of(chat).path() + "/antiflood", "chat-antiflood.html",
            values -> {
              Map<String, Object> model = model(chat, values);
              model.put("summary", OverviewPage.antiflood(now));
              return model;
            });
  }

  /** The form's fields as the settings are now, spelled as the commands take them. */
  private static Map<String, String> current(FloodSettings s) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("limit", s.limit().map(l -> Integer.toString(l.value())).orElse("off"));
    values.put("mode", OverviewPage.penalty(s.mode(), s.modeDuration()));
    values.put("delete", s.deleteFlood() ? "on" : "off");
    return values;
  }

  private static Map<String, Object> model(ChatSummary chat, Map<String, String> values) {
    Map<String, Object> model = new HashMap<>();
    model.put("chat", ChatView.of(chat));
    model.put("active", "antiflood");
    model.put("values", values);
    return model;
  }
}

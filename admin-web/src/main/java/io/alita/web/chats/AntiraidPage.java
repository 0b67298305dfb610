package io.alita.web.chats;

import io.alita.domain.antiraid.RaidSettings;
import io.alita.domain.antiraid.RaidSettingsChange;
import io.alita.domain.console.ChatSummary;
import io.alita.domain.console.ConsoleSession;
import io.alita.domain.model.ChatId;
import io.alita.domain.time.ModerationDuration;
import io.alita.web.Pages;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /chats/{id}/antiraid}: how long a raid lasts, how long members joining during one stay banned, and the joins
 * per minute that switch one on; one form, applied all or none through {@link RaidSettingsChange}, the use case of
 * /raidtime, /raidactiontime and /autoantiraid. A raid itself is switched on and off in the chat (/antiraid).
 */
final class AntiraidPage {

  private final ProtectionPages.Ports ports;
  private final ChatLookup lookup;
  private final Notice notice;

  AntiraidPage(ProtectionPages.Ports ports, ChatLookup lookup, Notice notice) {
    this.ports = ports;
    this.lookup = lookup;
    this.notice = notice;
  }

  void show(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forView(ctx, session);
    Map<String, Object> model = model(chat, current(chat.id()));
    notice.take(ctx).ifPresent(n -> model.put("notice", n));
    Pages.render(ctx, "chat-antiraid.html", session, model);
  }

  void submit(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forChange(ctx, session);
    ChatId id = chat.id();
    RaidSettingsChange change = ports.raidChange();
    SettingsForm.read(ctx, current(id))
        .ifChanged("raidtime", (typed, commit) -> change.raidTime(id, typed, commit))
        .ifChanged("actiontime", (typed, commit) -> change.actionTime(id, typed, commit))
        .ifChanged("auto", (typed, commit) -> change.autoThreshold(id, typed, commit))
        .submit(ctx, session, ports.changes(), notice, ChatView.of(chat).path() + "/antiraid", "chat-antiraid.html",
            values -> model(chat, values));
  }

  private Map<String, String> current(ChatId chat) {
    RaidSettings s = ports.raids().settings(chat);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("raidtime", ModerationDuration.format(s.raidTime()));
    values.put("actiontime", ModerationDuration.format(s.actionTime()));
    values.put("auto", s.autoThreshold() == 0 ? "off" : Integer.toString(s.autoThreshold()));
    return values;
  }

  private static Map<String, Object> model(ChatSummary chat, Map<String, String> values) {
    Map<String, Object> model = new HashMap<>();
    model.put("chat", ChatView.of(chat));
    model.put("active", "antiraid");
    model.put("values", values);
    return model;
  }
}

package io.alita.web.chats;

import io.alita.domain.console.ChatSummary;
import io.alita.domain.console.ConsoleSession;
import io.alita.domain.pins.PinSettings;
import io.alita.domain.pins.PinSwitchChange;
import io.alita.domain.tracking.SeenChat;
import io.alita.web.Pages;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /chats/{id}/pins}: the two switches for the linked channel's posts, antichannelpin (unpin them) and
 * cleanlinked (delete them); one form, applied all or none through {@link PinSwitchChange}, the use case of the two
 * commands.
 */
final class PinsPage {

  private final ProtectionPages.Ports ports;
  private final ChatLookup lookup;
  private final Notice notice;

  PinsPage(ProtectionPages.Ports ports, ChatLookup lookup, Notice notice) {
    this.ports = ports;
    this.lookup = lookup;
    this.notice = notice;
  }

  void show(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forView(ctx, session);
    Map<String, Object> model = model(chat, current(chat));
    notice.take(ctx).ifPresent(n -> model.put("notice", n));
    Pages.render(ctx, "chat-pins.html", session, model);
  }

  void submit(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forChange(ctx, session);
    SeenChat seen = chat.chat();
    PinSwitchChange change = ports.pinChange();
    SettingsForm.read(ctx, current(chat))
        .ifChanged("antichannelpin", (typed, commit) -> change.antiChannelPin(seen, typed, commit))
        .ifChanged("cleanlinked", (typed, commit) -> change.cleanLinked(seen, typed, commit))
        .submit(ctx, session, ports.changes(), notice, ChatView.of(chat).path() + "/pins", "chat-pins.html",
            values -> model(chat, values));
  }

  private Map<String, String> current(ChatSummary chat) {
    PinSettings s = ports.pins().settings(chat.id());
    Map<String, String> values = new LinkedHashMap<>();
    values.put("antichannelpin", s.antiChannelPin() ? "on" : "off");
    values.put("cleanlinked", s.cleanLinked() ? "on" : "off");
    return values;
  }

  private static Map<String, Object> model(ChatSummary chat, Map<String, String> values) {
    Map<String, Object> model = new HashMap<>();
    model.put("chat", ChatView.of(chat));
    model.put("active", "pins");
    model.put("values", values);
    return model;
  }
}

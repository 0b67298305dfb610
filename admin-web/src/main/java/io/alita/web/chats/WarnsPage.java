package io.alita.web.chats;

import io.alita.domain.console.ChatSummary;
import io.alita.domain.console.ConsoleSession;
import io.alita.domain.model.ChatId;
import io.alita.domain.warns.WarnSettings;
import io.alita.domain.warns.WarnSettingsChange;
import io.alita.domain.warns.WarnedMember;
import io.alita.web.Pages;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /chats/{id}/warns}: the warn limit and what happens at it (typed as for {@code /setwarnmode}:
 * {@code tmute 6h}), applied all or none like the captcha form; and, read only, the members who have warns.
 */
final class WarnsPage {

  /** A warned member as listed. */
  public record WarnedRow(String member, int count, List<String> reasons) {}

  private final ChatPorts ports;
  private final ChatLookup lookup;
  private final Notice notice;

  WarnsPage(ChatPorts ports, ChatLookup lookup, Notice notice) {
    this.ports = ports;
    this.lookup = lookup;
    this.notice = notice;
  }

  void show(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forView(ctx, session);
    Map<String, Object> model = model(chat, current(chat.id()));
    notice.take(ctx).ifPresent(n -> model.put("notice", n));
    Pages.render(ctx, "chat-warns.html", session, model);
  }

  void submit(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forChange(ctx, session);
    ChatId id = chat.id();
    WarnSettingsChange change = ports.warnChange();
    SettingsForm.read(ctx, current(id))
        .ifChanged("limit", (typed, commit) -> change.limit(id, typed, commit))
        .ifChanged("mode", (typed, commit) -> change.mode(id, typed, commit))
        .submit(ctx, session, ports, notice, ChatView.of(chat).path() + "/warns", "chat-warns.html",
            values -> model(chat, values));
  }

  private Map<String, String> current(ChatId chat) {
    WarnSettings s = ports.warns().settings(chat);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("limit", Integer.toString(s.limit().value()));
    values.put("mode", OverviewPage.penalty(s.mode(), s.modeDuration()));
    return values;
  }

  private Map<String, Object> model(ChatSummary chat, Map<String, String> values) {
    Map<String, Object> model = new HashMap<>();
    model.put("chat", ChatView.of(chat));
    model.put("active", "warns");
    model.put("values", values);
    model.put("warned", ports.warned().warnedIn(chat.id()).stream().map(WarnsPage::row).toList());
    return model;
  }

  private static WarnedRow row(WarnedMember m) {
    String who = m.name().or(() -> m.username().map(u -> "@" + u)).map(n -> n + " (" + m.user().value() + ")")
        .orElse(Long.toString(m.user().value()));
    return new WarnedRow(who, m.warns().count(), m.warns().reasons());
  }
}

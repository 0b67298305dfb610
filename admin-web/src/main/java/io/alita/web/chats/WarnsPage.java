package io.alita.web.chats;

import io.alita.domain.console.ChatSummary;
import io.alita.domain.console.ConsoleSession;
import io.alita.domain.model.ChatId;
import io.alita.domain.warns.WarnSettings;
import io.alita.domain.warns.WarnSettingsChange;
import io.alita.domain.warns.WarnedMember;
import io.alita.web.Pages;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    Map<String, String> now = current(id);
    Map<String, String> typed = new LinkedHashMap<>();
    now.keySet().forEach(k -> typed.put(k, ctx.formParam(k) == null ? "" : ctx.formParam(k).strip()));
    WarnSettingsChange change = ports.warnChange();
    List<AllOrNothing.Field> fields = new ArrayList<>();
    if (!typed.get("limit").equals(now.get("limit"))) {
      fields.add(commit -> change.limit(id, typed.get("limit"), commit));
    }
    if (!typed.get("mode").toLowerCase(Locale.ROOT).equals(now.get("mode"))) {
      fields.add(commit -> change.mode(id, typed.get("mode"), commit));
    }
    String page = ChatView.of(chat).path() + "/warns";
    if (fields.isEmpty()) {
      notice.redirect(ctx, page, "Nothing changed.");
      return;
    }
    AllOrNothing.Result result = AllOrNothing.apply(fields, ports.changes(), ChatLookup.actor(session));
    if (result.refused()) {
      Map<String, Object> model = model(chat, typed);
      model.put("problems", result.refusals());
      ctx.status(400);
      Pages.render(ctx, "chat-warns.html", session, model);
      return;
    }
    notice.redirect(ctx, page, String.join("\n", result.confirmations()));
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

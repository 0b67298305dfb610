package io.alita.web.chats;

import io.alita.domain.captcha.CaptchaSettings;
import io.alita.domain.captcha.CaptchaSettingsChange;
import io.alita.domain.console.ChatSummary;
import io.alita.domain.console.ConsoleSession;
import io.alita.domain.model.ChatId;
import io.alita.web.Pages;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /chats/{id}/captcha}: on or off, mode, minutes to answer, what happens on failure, wrong answers allowed; one
 * form, applied all or none ({@link AllOrNothing}). Only the fields that differ from the current settings are
 * changed, so the notice and the audit log name exactly what changed.
 */
final class CaptchaPage {

  private final ChatPorts ports;
  private final ChatLookup lookup;
  private final Notice notice;

  CaptchaPage(ChatPorts ports, ChatLookup lookup, Notice notice) {
    this.ports = ports;
    this.lookup = lookup;
    this.notice = notice;
  }

  void show(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forView(ctx, session);
    Map<String, Object> model = model(chat, current(chat.id()));
    notice.take(ctx).ifPresent(n -> model.put("notice", n));
    Pages.render(ctx, "chat-captcha.html", session, model);
  }

  void submit(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forChange(ctx, session);
    ChatId id = chat.id();
    Map<String, String> now = current(id);
    Map<String, String> typed = new LinkedHashMap<>();
    now.keySet().forEach(k -> typed.put(k, ctx.formParam(k) == null ? "" : ctx.formParam(k).strip()));
    CaptchaSettingsChange change = ports.captchaChange();
    List<AllOrNothing.Field> fields = new ArrayList<>();
    if (changed(typed, now, "enabled")) {
      fields.add(commit -> change.enabled(id, typed.get("enabled"), commit));
    }
    if (changed(typed, now, "mode")) {
      fields.add(commit -> change.mode(id, typed.get("mode"), commit));
    }
    if (changed(typed, now, "timeout")) {
      fields.add(commit -> change.timeout(id, typed.get("timeout"), commit));
    }
    if (changed(typed, now, "action")) {
      fields.add(commit -> change.failureAction(id, typed.get("action"), commit));
    }
    if (changed(typed, now, "attempts")) {
      fields.add(commit -> change.maxAttempts(id, typed.get("attempts"), commit));
    }
    String page = ChatView.of(chat).path() + "/captcha";
    if (fields.isEmpty()) {
      notice.redirect(ctx, page, "Nothing changed.");
      return;
    }
    AllOrNothing.Result result = AllOrNothing.apply(fields, ports.changes(), ChatLookup.actor(session));
    if (result.refused()) {
      Map<String, Object> model = model(chat, typed);
      model.put("problems", result.refusals());
      ctx.status(400);
      Pages.render(ctx, "chat-captcha.html", session, model);
      return;
    }
    notice.redirect(ctx, page, String.join("\n", result.confirmations()));
  }

  /** The form's fields as the settings are now. */
  private Map<String, String> current(ChatId chat) {
    CaptchaSettings s = ports.captcha().settings(chat);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("enabled", s.enabled() ? "on" : "off");
    values.put("mode", s.mode().word());
    values.put("timeout", Integer.toString(s.timeout().minutes()));
    values.put("action", s.action().word());
    values.put("attempts", Integer.toString(s.maxAttempts().value()));
    return values;
  }

  private static boolean changed(Map<String, String> typed, Map<String, String> now, String field) {
    return !typed.get(field).toLowerCase(Locale.ROOT).equals(now.get(field));
  }

  private static Map<String, Object> model(ChatSummary chat, Map<String, String> values) {
    Map<String, Object> model = new HashMap<>();
    model.put("chat", ChatView.of(chat));
    model.put("active", "captcha");
    model.put("values", values);
    return model;
  }
}

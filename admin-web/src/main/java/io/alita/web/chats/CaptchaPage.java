package io.alita.web.chats;

import io.alita.domain.captcha.CaptchaSettings;
import io.alita.domain.captcha.CaptchaSettingsChange;
import io.alita.domain.console.ChatSummary;
import io.alita.domain.console.ConsoleSession;
import io.alita.domain.model.ChatId;
import io.alita.web.Pages;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    CaptchaSettingsChange change = ports.captchaChange();
    SettingsForm.read(ctx, current(id))
        .ifChanged("enabled", (typed, commit) -> change.enabled(id, typed, commit))
        .ifChanged("mode", (typed, commit) -> change.mode(id, typed, commit))
        .ifChanged("timeout", (typed, commit) -> change.timeout(id, typed, commit))
        .ifChanged("action", (typed, commit) -> change.failureAction(id, typed, commit))
        .ifChanged("attempts", (typed, commit) -> change.maxAttempts(id, typed, commit))
        .submit(ctx, session, ports, notice, ChatView.of(chat).path() + "/captcha", "chat-captcha.html",
            values -> model(chat, values));
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

  private static Map<String, Object> model(ChatSummary chat, Map<String, String> values) {
    Map<String, Object> model = new HashMap<>();
    model.put("chat", ChatView.of(chat));
    model.put("active", "captcha");
    model.put("values", values);
    return model;
  }
}

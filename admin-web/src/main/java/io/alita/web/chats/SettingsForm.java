package io.alita.web.chats;

import io.alita.domain.audit.Changes;
import io.alita.domain.console.ConsoleSession;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import io.alita.web.Pages;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A settings form as sent (captcha, warns): what was typed next to the current values, and a use case call for each
 * field that differs, so that the notice and the audit log name exactly what changed. {@link #submit} applies them
 * all or none ({@link AllOrNothing}).
 */
final class SettingsForm {

  private final Map<String, String> now;
  private final Map<String, String> typed = new LinkedHashMap<>();
  private final List<AllOrNothing.Field> fields = new ArrayList<>();

  private SettingsForm(Context ctx, Map<String, String> now) {
    this.now = now;
    now.keySet().forEach(k -> typed.put(k, ctx.formParam(k) == null ? "" : ctx.formParam(k).strip()));
  }

  /** The form's fields (the keys of {@code now}) as typed. */
  static SettingsForm read(Context ctx, Map<String, String> now) {
    return new SettingsForm(ctx, now);
  }

  /** Calls {@code change} with the typed value when it differs from the current one (case aside). */
  SettingsForm ifChanged(String field, BiFunction<String, Commit, ChangeOutcome> change) {
    String value = typed.get(field);
    if (!value.toLowerCase(Locale.ROOT).equals(now.get(field))) {
      fields.add(commit -> change.apply(value, commit));
    }
    return this;
  }

  /**
   * Applies the changed fields as the session's user: then back to {@code page} with the bot's confirmations; with
   * any refusal, nothing is written and the page is shown again (400) with what was typed and every refusal.
   *
   * @param model the page's model for the values to show
   */
  void submit(Context ctx, ConsoleSession session, ChatPorts ports, Notice notice, String page, String template,
      Function<Map<String, String>, Map<String, Object>> model) {
    submit(ctx, session, ports.changes(), notice, page, template, model);
  }

  /** {@link #submit(Context, ConsoleSession, ChatPorts, Notice, String, String, Function)} for a page group of its own. */
  void submit(Context ctx, ConsoleSession session, Changes changes, Notice notice, String page, String template,
      Function<Map<String, String>, Map<String, Object>> model) {
    if (fields.isEmpty()) {
      notice.redirect(ctx, page, "Nothing changed.");
      return;
    }
    AllOrNothing.Result result = AllOrNothing.apply(fields, changes, ChatLookup.actor(session));
    if (result.refused()) {
      Map<String, Object> shown = model.apply(typed);
      shown.put("problems", result.refusals());
      ctx.status(400);
      Pages.render(ctx, template, session, shown);
      return;
    }
    notice.redirect(ctx, page, String.join("\n", result.confirmations()));
  }
}

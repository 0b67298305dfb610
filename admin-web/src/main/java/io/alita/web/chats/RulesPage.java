package io.alita.web.chats;

import io.alita.domain.action.Button;
import io.alita.domain.console.ChatSummary;
import io.alita.domain.console.ConsoleSession;
import io.alita.domain.rules.RulesEdit;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.tracking.SeenUser;
import io.alita.web.ConsoleError;
import io.alita.web.Pages;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /chats/{id}/rules}: the chat's rules as typed, with a preview of what {@code /rules} would send, and save and
 * clear. One form posts to {@code /chats/{id}/rules} with {@code do} = {@code preview}, {@code save} or {@code clear}.
 * A preview changes nothing, so it needs only to see the chat (and the form token, like every POST); saving and
 * clearing need the right to change it.
 */
final class RulesPage {

  /** A button below the previewed message. */
  public record PreviewButton(String text, String target) {}

  private final ChatPorts ports;
  private final ChatLookup lookup;
  private final Notice notice;

  RulesPage(ChatPorts ports, ChatLookup lookup, Notice notice) {
    this.ports = ports;
    this.lookup = lookup;
    this.notice = notice;
  }

  void show(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forView(ctx, session);
    Map<String, Object> model = model(chat, ports.rules().find(chat.id()).source().orElse(""));
    notice.take(ctx).ifPresent(n -> model.put("notice", n));
    Pages.render(ctx, "chat-rules.html", session, model);
  }

  void submit(Context ctx, ConsoleSession session) {
    String action = ctx.formParam("do") == null ? "" : ctx.formParam("do");
    String typed = ctx.formParam("rules") == null ? "" : ctx.formParam("rules");
    switch (action) {
      case "preview" -> preview(ctx, session, typed);
      case "save" -> {
        ChatSummary chat = lookup.forChange(ctx, session);
        answer(ctx, session, chat, typed, ports.rulesEdit().set(chat.chat(), typed, lookup.commitAs(session)));
      }
      case "clear" -> {
        ChatSummary chat = lookup.forChange(ctx, session);
        answer(ctx, session, chat, typed, ports.rulesEdit().clear(chat.id(), lookup.commitAs(session)));
      }
      default -> {
        lookup.forView(ctx, session);
        throw ConsoleError.badRequest("Use the form's Preview, Save or Clear button.");
      }
    }
  }

  private void preview(Context ctx, ConsoleSession session, String typed) {
    ChatSummary chat = lookup.forView(ctx, session);
    // The reader of the preview is whoever is looking at it: {first}, {mention}... show their own name.
    SeenUser reader = new SeenUser(session.user().id(), session.user().name(), null, null, false);
    Map<String, Object> model = model(chat, typed);
    RulesEdit.Preview preview = ports.rulesEdit().preview(chat.id(), typed, reader);
    if (preview instanceof RulesEdit.Preview.Shown shown) {
      model.put("previewHtml", shown.html());
      model.put("previewButtons", shown.keyboard().rows().stream().flatMap(List::stream).map(RulesPage::button)
          .toList());
    } else {
      model.put("problems", List.of(((RulesEdit.Preview.Refused) preview).text()));
      ctx.status(400);
    }
    Pages.render(ctx, "chat-rules.html", session, model);
  }

  private void answer(Context ctx, ConsoleSession session, ChatSummary chat, String typed, ChangeOutcome outcome) {
    if (outcome.refused()) {
      Map<String, Object> model = model(chat, typed);
      model.put("problems", List.of(outcome.text()));
      ctx.status(400);
      Pages.render(ctx, "chat-rules.html", session, model);
      return;
    }
    notice.redirect(ctx, ChatView.of(chat).path() + "/rules", outcome.text());
  }

  private static PreviewButton button(Button b) {
    if (b instanceof Button.Url url) {
      return new PreviewButton(url.text(), url.url());
    }
    return new PreviewButton(((Button.Callback) b).text(), "");
  }

  private static Map<String, Object> model(ChatSummary chat, String rules) {
    Map<String, Object> model = new HashMap<>();
    model.put("chat", ChatView.of(chat));
    model.put("active", "rules");
    model.put("rules", rules);
    return model;
  }
}

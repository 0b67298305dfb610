package io.alita.web.chats;

import io.alita.domain.console.ChatSummary;
import io.alita.domain.console.ConsoleSession;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.reports.ReportSettings;
import io.alita.domain.reports.ReportSettingsChange;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.web.Pages;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /chats/{id}/reports}: reports on or off in the chat, and the members blocked from reporting, each with an
 * unblock button; both through {@link ReportSettingsChange}, the use case of /reports. Members are blocked in the
 * chat, by replying to them with /reports block.
 */
final class ReportsPage {

  /** A blocked member as listed: their id (the unblock form's value) and how they are named. */
  public record BlockedRow(long id, String member) {}

  private final ProtectionPages.Ports ports;
  private final ChatLookup lookup;
  private final Notice notice;

  ReportsPage(ProtectionPages.Ports ports, ChatLookup lookup, Notice notice) {
    this.ports = ports;
    this.lookup = lookup;
    this.notice = notice;
  }

  void show(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forView(ctx, session);
    Map<String, Object> model = model(chat, current(chat.id()));
    notice.take(ctx).ifPresent(n -> model.put("notice", n));
    Pages.render(ctx, "chat-reports.html", session, model);
  }

  void submit(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forChange(ctx, session);
    ChatId id = chat.id();
    ReportSettingsChange change = ports.reportChange();
    SettingsForm.read(ctx, current(id))
        .ifChanged("enabled", (typed, commit) -> change.enabled(id, typed, commit))
        .submit(ctx, session, ports.changes(), notice, page(chat), "chat-reports.html", values -> model(chat, values));
  }

  void unblock(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forChange(ctx, session);
    Optional<UserId> user = userId(ctx.formParam("user"))
        .filter(u -> ports.reports().chat(chat.id()).isBlocked(u));
    if (user.isEmpty()) {
      Map<String, Object> model = model(chat, current(chat.id()));
      model.put("problems", List.of("That member is not blocked from reporting in this chat."));
      ctx.status(400);
      Pages.render(ctx, "chat-reports.html", session, model);
      return;
    }
    ChangeOutcome outcome = ports.reportChange().unblock(chat.id(), user.get(), ports.names().nameOf(user.get()),
        lookup.commitAs(session));
    notice.redirect(ctx, page(chat), outcome.text());
  }

  private static String page(ChatSummary chat) {
    return ChatView.of(chat).path() + "/reports";
  }

  private static Optional<UserId> userId(String typed) {
    try {
      return typed == null ? Optional.empty() : Optional.of(UserId.of(Long.parseLong(typed.strip())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private Map<String, String> current(ChatId chat) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("enabled", ports.reports().chat(chat).enabled() ? "on" : "off");
    return values;
  }

  private Map<String, Object> model(ChatSummary chat, Map<String, String> values) {
    ReportSettings settings = ports.reports().chat(chat.id());
    List<BlockedRow> blocked = settings.blocked().stream().sorted(Comparator.comparingLong(UserId::value))
        .map(u -> new BlockedRow(u.value(), ports.names().nameOf(u).map(n -> n + " (" + u.value() + ")")
            .orElse(Long.toString(u.value()))))
        .toList();
    Map<String, Object> model = new HashMap<>();
    model.put("chat", ChatView.of(chat));
    model.put("active", "reports");
    model.put("values", values);
    model.put("blocked", blocked);
    return model;
  }
}

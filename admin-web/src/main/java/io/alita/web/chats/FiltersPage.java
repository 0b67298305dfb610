package io.alita.web.chats;

import io.alita.domain.console.ChatSummary;
import io.alita.domain.console.ConsoleSession;
import io.alita.domain.content.ContentSender;
import io.alita.domain.content.StoredContent;
import io.alita.domain.filters.Filter;
import io.alita.domain.filters.FilterTrigger;
import io.alita.domain.filters.FiltersEdit;
import io.alita.domain.model.UserId;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.tracking.SeenUser;
import io.alita.web.ConsoleError;
import io.alita.web.Pages;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /chats/{id}/filters}: the chat's filters (trigger, what it sends, the reply as typed), an edit link for text
 * filters, a delete button for every filter, and one form to add a text filter or edit one ({@code ?edit=<trigger>}),
 * with Preview (renders the reply for a sample member, nothing saved) and Save. Files cannot be uploaded from here;
 * a filter that sends one is set in Telegram and can be deleted here.
 */
final class FiltersPage {

  /**
   * The member a preview is rendered for: {@code {first}}, {@code {mention}} and the like show this made-up person, as
   * in the sandbox, whose id no Telegram account has.
   */
  static final SeenUser SAMPLE_MEMBER = new SeenUser(UserId.of((1L << 52) + 2), "Sam", "Sample", "sample_member",
      false);

  /** A listed filter. */
  public record Row(String trigger, String type, String reply, boolean text) {}

  /** A button below the previewed message. */
  public record PreviewButton(String text, String target) {}

  private final FilterPages.Ports ports;
  private final ChatLookup lookup;
  private final Notice notice;

  FiltersPage(FilterPages.Ports ports, ChatLookup lookup, Notice notice) {
    this.ports = ports;
    this.lookup = lookup;
    this.notice = notice;
  }

  void show(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forView(ctx, session);
    String editing = ctx.queryParam("edit");
    Map<String, Object> model = model(chat);
    Optional<Filter> edited = editing == null ? Optional.empty()
        : FilterTrigger.parse(editing).trigger().flatMap(t -> ports.filters().find(chat.id(), t))
            .filter(f -> !f.content().type().isMedia());
    edited.ifPresent(f -> {
      model.put("mode", "edit");
      model.put("trigger", f.trigger().value());
      model.put("reply", f.content().noformat());
    });
    notice.take(ctx).ifPresent(n -> model.put("notice", n));
    Pages.render(ctx, "chat-filters.html", session, model);
  }

  void save(Context ctx, ConsoleSession session) {
    String action = field(ctx, "do");
    String mode = field(ctx, "mode").equals("edit") ? "edit" : "add";
    String trigger = field(ctx, "trigger");
    String reply = field(ctx, "reply");
    switch (action) {
      case "preview" -> preview(ctx, session, mode, trigger, reply);
      case "save" -> {
        ChatSummary chat = lookup.forChange(ctx, session);
        ChangeOutcome outcome;
        if (mode.equals("edit")) {
          Optional<FilterTrigger> listed = FilterTrigger.parse(trigger).trigger();
          outcome = listed.isPresent()
              ? ports.edit().edit(chat.id(), listed.get(), reply, lookup.commitAs(session))
              : ports.edit().add(chat.id(), trigger, reply, lookup.commitAs(session));
        } else {
          outcome = ports.edit().add(chat.id(), trigger, reply, lookup.commitAs(session));
        }
        answer(ctx, session, chat, outcome, mode, trigger, reply);
      }
      default -> {
        lookup.forView(ctx, session);
        throw ConsoleError.badRequest("Use the form's Preview or Save button.");
      }
    }
  }

  void remove(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forChange(ctx, session);
    String typed = field(ctx, "trigger");
    // The row's button sends the trigger as stored, which needs no quoting; anything else is read as /stop would.
    Optional<FilterTrigger> listed = FilterTrigger.parse(typed).trigger();
    ChangeOutcome outcome = listed.isPresent()
        ? ports.edit().remove(chat.id(), listed.get(), lookup.commitAs(session))
        : ports.edit().remove(chat.id(), typed, lookup.commitAs(session));
    answer(ctx, session, chat, outcome, "add", "", "");
  }

  private void preview(Context ctx, ConsoleSession session, String mode, String trigger, String reply) {
    ChatSummary chat = lookup.forView(ctx, session);
    Map<String, Object> model = form(model(chat), mode, trigger, reply);
    ContentSender.Send send = ContentSender.Send.to(chat.id(), chat.title().orElse(""), SAMPLE_MEMBER);
    FiltersEdit.Preview preview = ports.edit().preview(reply, ports.sender(), send);
    if (preview instanceof FiltersEdit.Preview.Shown shown) {
      model.put("previewHtml", shown.message().html());
      model.put("previewButtons", shown.message().buttons().rows().stream().flatMap(List::stream)
          .map(b -> new PreviewButton(b.text(), b.url())).toList());
    } else {
      model.put("problems", List.of(io.alita.domain.format.Html.visibleText(
          ((FiltersEdit.Preview.Refused) preview).html())));
      ctx.status(400);
    }
    Pages.render(ctx, "chat-filters.html", session, model);
  }

  private void answer(Context ctx, ConsoleSession session, ChatSummary chat, ChangeOutcome outcome, String mode,
      String trigger, String reply) {
    if (outcome.refused()) {
      Map<String, Object> model = form(model(chat), mode, trigger, reply);
      model.put("problems", List.of(outcome.text()));
      ctx.status(400);
      Pages.render(ctx, "chat-filters.html", session, model);
      return;
    }
    notice.redirect(ctx, ChatView.of(chat).path() + "/filters", outcome.text());
  }

  private static Map<String, Object> form(Map<String, Object> model, String mode, String trigger, String reply) {
    model.put("mode", mode);
    model.put("trigger", trigger);
    model.put("reply", reply);
    return model;
  }

  private Map<String, Object> model(ChatSummary chat) {
    List<Filter> filters = ports.filters().filters(chat.id());
    Map<String, Object> model = new HashMap<>();
    model.put("chat", ChatView.of(chat));
    model.put("active", "filters");
    model.put("rows", filters.stream().map(FiltersPage::row).toList());
    model.put("count", filters.size());
    model.put("max", FiltersEdit.MAX_FILTERS);
    model.put("mode", "add");
    model.put("trigger", "");
    model.put("reply", "");
    return model;
  }

  private static Row row(Filter filter) {
    StoredContent content = filter.content();
    String type = content.type().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return new Row(filter.trigger().value(), type, content.noformat(), !content.type().isMedia());
  }

  private static String field(Context ctx, String name) {
    String value = ctx.formParam(name);
    return value == null ? "" : value;
  }
}

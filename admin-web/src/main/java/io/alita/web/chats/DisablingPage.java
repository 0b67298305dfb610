package io.alita.web.chats;

import io.alita.domain.console.ChatSummary;
import io.alita.domain.console.ConsoleSession;
import io.alita.domain.disabling.DisableChange;
import io.alita.domain.disabling.Disableable;
import io.alita.domain.disabling.DisabledCommands;
import io.alita.domain.model.ChatId;
import io.alita.web.Pages;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code /chats/{id}/disabling}: every disableable command with a checkbox (ticked: disabled for members), and the
 * /disabledel switch. Saving disables the newly ticked commands, enables the cleared ones and sets the switch through
 * {@link DisableChange}, the use case of /disable, /enable and /disabledel, all in one transaction
 * ({@link AllOrNothing}).
 */
final class DisablingPage {

  /** A command as listed: its name and whether its box is ticked. */
  public record Row(String command, boolean disabled) {}

  private final ProtectionPages.Ports ports;
  private final ChatLookup lookup;
  private final Notice notice;

  DisablingPage(ProtectionPages.Ports ports, ChatLookup lookup, Notice notice) {
    this.ports = ports;
    this.lookup = lookup;
    this.notice = notice;
  }

  void show(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forView(ctx, session);
    DisabledCommands now = ports.disabled().find(chat.id());
    Map<String, Object> model = model(chat, now.commands(), now.deleteCommands() ? "on" : "off");
    notice.take(ctx).ifPresent(n -> model.put("notice", n));
    Pages.render(ctx, "chat-disabling.html", session, model);
  }

  void submit(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forChange(ctx, session);
    ChatId id = chat.id();
    DisabledCommands now = ports.disabled().find(id);
    Set<String> ticked = new LinkedHashSet<>();
    for (String command : ctx.formParams("command")) {
      if (!command.isBlank()) {
        ticked.add(command.strip().toLowerCase(Locale.ROOT));
      }
    }
    String delete = ctx.formParam("delete") == null ? "" : ctx.formParam("delete").strip();
    List<String> toDisable = ticked.stream().filter(c -> !now.isDisabled(c)).toList();
    List<String> toEnable = now.commands().stream().filter(c -> !ticked.contains(c)).sorted().toList();
    DisableChange change = ports.disableChange();
    List<AllOrNothing.Field> fields = new ArrayList<>();
    if (!toDisable.isEmpty()) {
      fields.add(commit -> change.disable(id, String.join(" ", toDisable), commit));
    }
    if (!toEnable.isEmpty()) {
      fields.add(commit -> change.enable(id, String.join(" ", toEnable), commit));
    }
    if (!delete.toLowerCase(Locale.ROOT).equals(now.deleteCommands() ? "on" : "off")) {
      fields.add(commit -> change.deleteCommands(id, delete, commit));
    }
    String page = ChatView.of(chat).path() + "/disabling";
    if (fields.isEmpty()) {
      notice.redirect(ctx, page, "Nothing changed.");
      return;
    }
    AllOrNothing.Result result = AllOrNothing.apply(fields, ports.changes(), ChatLookup.actor(session));
    if (result.refused()) {
      Map<String, Object> shown = model(chat, ticked, delete);
      shown.put("problems", result.refusals());
      ctx.status(400);
      Pages.render(ctx, "chat-disabling.html", session, shown);
      return;
    }
    notice.redirect(ctx, page, String.join("\n", result.confirmations()));
  }

  private static Map<String, Object> model(ChatSummary chat, Set<String> disabled, String delete) {
    // The commands a chat can disable, and any other disabled (or, after a refusal, ticked) one, so it can be cleared.
    Set<String> listed = new TreeSet<>(Disableable.ORIGINAL);
    listed.addAll(disabled);
    List<Row> rows = listed.stream().map(c -> new Row(c, disabled.contains(c))).toList();
    Map<String, Object> model = new HashMap<>();
    model.put("chat", ChatView.of(chat));
    model.put("active", "disabling");
    model.put("rows", rows);
    model.put("delete", delete);
    return model;
  }
}

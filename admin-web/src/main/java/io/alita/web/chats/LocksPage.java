package io.alita.web.chats;

import io.alita.domain.console.ChatSummary;
import io.alita.domain.console.ConsoleSession;
import io.alita.domain.locks.LockChange;
import io.alita.domain.locks.LockType;
import io.alita.domain.model.ChatId;
import io.alita.web.Pages;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /chats/{id}/locks}: every lock type with a checkbox. Saving locks the newly ticked types and unlocks the
 * cleared ones through {@link LockChange}, the use case of /lock and /unlock, both in one transaction
 * ({@link AllOrNothing}); the notice says what /lock and /unlock would have said.
 */
final class LocksPage {

  /** A lock type as listed: its word and whether its box is ticked. */
  public record Row(String word, boolean locked) {}

  private final ProtectionPages.Ports ports;
  private final ChatLookup lookup;
  private final Notice notice;

  LocksPage(ProtectionPages.Ports ports, ChatLookup lookup, Notice notice) {
    this.ports = ports;
    this.lookup = lookup;
    this.notice = notice;
  }

  void show(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forView(ctx, session);
    Map<String, Object> model = model(chat, current(chat.id()));
    notice.take(ctx).ifPresent(n -> model.put("notice", n));
    Pages.render(ctx, "chat-locks.html", session, model);
  }

  void submit(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forChange(ctx, session);
    ChatId id = chat.id();
    Set<String> now = current(id);
    Set<String> ticked = new LinkedHashSet<>();
    for (String word : ctx.formParams("lock")) {
      if (!word.isBlank()) {
        ticked.add(word.strip().toLowerCase(Locale.ROOT));
      }
    }
    List<String> toLock = ticked.stream().filter(w -> !now.contains(w)).toList();
    List<String> toUnlock = now.stream().filter(w -> !ticked.contains(w)).toList();
    String page = ChatView.of(chat).path() + "/locks";
    if (toLock.isEmpty() && toUnlock.isEmpty()) {
      notice.redirect(ctx, page, "Nothing changed.");
      return;
    }
    LockChange change = ports.lockChange();
    List<AllOrNothing.Field> fields = new ArrayList<>();
    if (!toLock.isEmpty()) {
      fields.add(commit -> change.lock(id, String.join(" ", toLock), commit));
    }
    if (!toUnlock.isEmpty()) {
      fields.add(commit -> change.unlock(id, String.join(" ", toUnlock), commit));
    }
    AllOrNothing.Result result = AllOrNothing.apply(fields, ports.changes(), ChatLookup.actor(session));
    if (result.refused()) {
      Map<String, Object> shown = model(chat, ticked);
      shown.put("problems", result.refusals());
      ctx.status(400);
      Pages.render(ctx, "chat-locks.html", session, shown);
      return;
    }
    notice.redirect(ctx, page, String.join("\n", result.confirmations()));
  }

  private Set<String> current(ChatId chat) {
    return ports.locks().locked(chat).stream().map(LockType::word).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static Map<String, Object> model(ChatSummary chat, Set<String> locked) {
    List<Row> rows = Arrays.stream(LockType.values()).map(t -> new Row(t.word(), locked.contains(t.word()))).toList();
    Map<String, Object> model = new HashMap<>();
    model.put("chat", ChatView.of(chat));
    model.put("active", "locks");
    model.put("rows", rows);
    return model;
  }
}

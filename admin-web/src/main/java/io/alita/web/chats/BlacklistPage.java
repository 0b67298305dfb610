package io.alita.web.chats;

import io.alita.domain.blacklists.BlacklistAction;
import io.alita.domain.blacklists.BlacklistEdit;
import io.alita.domain.blacklists.BlacklistWord;
import io.alita.domain.blacklists.ChatBlacklist;
import io.alita.domain.console.ChatSummary;
import io.alita.domain.console.ConsoleSession;
import io.alita.domain.format.Html;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.web.Pages;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /chats/{id}/blacklist}: the chat's blacklisted words with what each does, a form to add words (typed as for
 * {@code /addblacklist}: {@code spam "buy now"} is two), a remove button per word, and the chat's action (typed as
 * for {@code /blaction}: {@code tmute 10m}).
 */
final class BlacklistPage {

  /** A listed word and what using it does. */
  public record WordRow(String word, String does) {}

  private final ChatPorts ports;
  private final ChatLookup lookup;
  private final Notice notice;

  BlacklistPage(ChatPorts ports, ChatLookup lookup, Notice notice) {
    this.ports = ports;
    this.lookup = lookup;
    this.notice = notice;
  }

  void show(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forView(ctx, session);
    Map<String, Object> model = model(chat, "", null);
    notice.take(ctx).ifPresent(n -> model.put("notice", n));
    Pages.render(ctx, "chat-blacklist.html", session, model);
  }

  void add(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forChange(ctx, session);
    String typed = field(ctx, "words");
    answer(ctx, session, chat, ports.blacklistEdit().add(chat.id(), typed, lookup.commitAs(session)), typed, null);
  }

  void remove(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forChange(ctx, session);
    String typed = field(ctx, "word");
    // The row's button sends the word as stored, which needs no quoting; anything else is read as /rmblacklist would.
    Optional<BlacklistWord> listed = BlacklistWord.parse(typed).word();
    ChangeOutcome outcome = listed.isPresent()
        ? ports.blacklistEdit().remove(chat.id(), listed.get(), lookup.commitAs(session))
        : ports.blacklistEdit().remove(chat.id(), typed, lookup.commitAs(session));
    answer(ctx, session, chat, outcome, "", null);
  }

  void action(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forChange(ctx, session);
    String typed = field(ctx, "action");
    answer(ctx, session, chat, ports.blacklistEdit().action(chat.id(), typed, lookup.commitAs(session)), "", typed);
  }

  private void answer(Context ctx, ConsoleSession session, ChatSummary chat, ChangeOutcome outcome, String words,
      String action) {
    if (outcome.refused()) {
      Map<String, Object> model = model(chat, words, action);
      model.put("problems", List.of(outcome.text()));
      ctx.status(400);
      Pages.render(ctx, "chat-blacklist.html", session, model);
      return;
    }
    notice.redirect(ctx, ChatView.of(chat).path() + "/blacklist", outcome.text());
  }

  private Map<String, Object> model(ChatSummary chat, String words, String typedAction) {
    ChatBlacklist list = ports.blacklists().blacklist(chat.id());
    Map<String, Object> model = new HashMap<>();
    model.put("chat", ChatView.of(chat));
    model.put("active", "blacklist");
    model.put("entries", list.entries().stream()
        .map(e -> new WordRow(e.word().value(), does(e.override().orElse(list.action())))).toList());
    model.put("action", typedAction == null ? list.action().toString() : typedAction);
    model.put("does", does(list.action()));
    model.put("words", words);
    return model;
  }

  private String does(BlacklistAction action) {
    return Html.visibleText(BlacklistEdit.does(ports.messages(), action).html());
  }

  private static String field(Context ctx, String name) {
    String value = ctx.formParam(name);
    return value == null ? "" : value;
  }
}

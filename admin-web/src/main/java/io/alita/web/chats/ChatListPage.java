package io.alita.web.chats;

import io.alita.domain.console.ChatDirectory;
import io.alita.domain.console.ChatSummary;
import io.alita.domain.console.ConsoleSession;
import io.alita.domain.model.Page;
import io.alita.web.Pages;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code /chats}: the groups the bot knows, searchable by title or id and paged. The owner and the team see every
 * group; a group admin only the ones Telegram confirmed at their login.
 */
final class ChatListPage {

  static final int PAGE_SIZE = 25;
  /** A search longer than this finds nothing a title could hold anyway; cut so a pasted novel stays cheap. */
  private static final int MAX_SEARCH = 200;

  private final ChatDirectory directory;

  ChatListPage(ChatDirectory directory) {
    this.directory = directory;
  }

  void show(Context ctx, ConsoleSession session) {
    String search = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
    if (search.length() > MAX_SEARCH) {
      search = search.substring(0, MAX_SEARCH);
    }
    int number = pageNumber(ctx.queryParam("page"));
    Page<ChatSummary> page = session.user().role().seesAllChats()
        ? directory.page(search, number, PAGE_SIZE)
        : directory.page(search, session.chats(), number, PAGE_SIZE);
    Map<String, Object> model = new HashMap<>();
    model.put("search", search);
    model.put("chats", page.items().stream().map(ChatView::of).toList());
    model.put("page", page.number());
    model.put("pages", page.pages());
    model.put("total", page.total());
    model.put("previous", page.hasPrevious() ? link(search, page.number() - 1) : null);
    model.put("next", page.hasNext() ? link(search, page.number() + 1) : null);
    Pages.render(ctx, "chats.html", session, model);
  }

  /** A page's address that keeps the search. */
  static String link(String search, int number) {
    String q = search.isEmpty() ? "" : "q=" + URLEncoder.encode(search, StandardCharsets.UTF_8) + "&";
    return "/chats?" + q + "page=" + number;
  }

  /** The page asked for; the first for anything that is not a page number. */
  static int pageNumber(String typed) {
    try {
      int n = typed == null ? 1 : Integer.parseInt(typed.strip());
      return Math.max(1, Math.min(n, 1_000_000));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}

package io.alita.web.audit;

import io.alita.domain.audit.AuditEntry;
import io.alita.domain.audit.AuditTrail;
import io.alita.domain.audit.ChangeKind;
import io.alita.domain.audit.Via;
import io.alita.domain.console.ConsoleSession;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.Page;
import io.alita.web.ChatPicker;
import io.alita.web.ConsoleError;
import io.alita.web.Guard;
import io.alita.web.PageGroup;
import io.alita.web.Pages;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code GET /audit}: who changed what, when, with the old and new values, newest first, {@value #PAGE_SIZE} to a
 * page, optionally of one chat ({@code ?chat=<id>}). The owner and the team read every chat's entries; a group admin
 * only those of the chats granted to their session. {@code GET /chats/{id}/audit} leads to the same page, filtered.
 */
public final class AuditPage implements PageGroup {

  static final int PAGE_SIZE = 50;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
      .withZone(ZoneOffset.UTC);

  /**
   * One entry as the table shows it; every value is plain text, escaped by the template.
   *
   * @param who the actor's name ("the bot" for its own changes)
   * @param via {@code command}, {@code console} or {@code system}
   * @param chat the chat's title and id, or its id alone
   * @param what the changed thing in words ("blacklist word", "captcha settings")
   * @param change added, changed or removed
   * @param lines {@code field: old -> new}, one per field
   */
  public record Row(String when, String who, String via, String chat, String chatId, String what, String change,
      List<String> lines) {}

  /** A link to another page of the same list. */
  public record PageLink(String label, String href) {}

  private final AuditTrail trail;
  private final ChatPicker chats;

  public AuditPage(AuditTrail trail, ChatPicker chats) {
    this.trail = Objects.requireNonNull(trail, "trail");
    this.chats = Objects.requireNonNull(chats, "chats");
  }

  @Override
  public void register(JavalinConfig cfg, Guard guard) {
    cfg.routes.get("/audit", guard.chatViewer((ctx, session) -> show(ctx, session, guard)));
    cfg.routes.get("/chats/{id}/audit", guard.chatViewer((ctx, session) -> {
      ChatId chat = ChatPicker.parse(ctx.pathParam("id"))
          .orElseThrow(() -> ConsoleError.notFound("There is no such chat."));
      guard.requireView(session, chat);
      ctx.redirect("/audit?chat=" + chat.value(), HttpStatus.SEE_OTHER);
    }));
  }

  private void show(Context ctx, ConsoleSession session, Guard guard) {
    Optional<ChatId> chat = ChatPicker.parse(ctx.queryParam("chat"));
    chat.ifPresent(c -> guard.requireView(session, c));
    int number = pageNumber(ctx.queryParam("page"));
    Page<AuditEntry> page;
    if (chat.isPresent()) {
      page = trail.forChat(chat.get(), number, PAGE_SIZE);
    } else if (session.user().role().seesAllChats()) {
      page = trail.all(number, PAGE_SIZE);
    } else {
      page = trail.forChats(session.chats(), number, PAGE_SIZE);
    }
    Map<ChatId, String> labels = chats.labels(page.items().stream().map(AuditEntry::chat).toList());

    Map<String, Object> model = new HashMap<>();
    model.put("rows", page.items().stream().map(e -> row(e, labels.get(e.chat()))).toList());
    model.put("page", page);
    model.put("pages", links(page, chat));
    Optional<String> chatLabel = chat.map(c -> labels.containsKey(c) ? labels.get(c) : chats.label(c));
    model.put("chat", chat.map(ChatId::toString).orElse(""));
    model.put("chatLabel", chatLabel.orElse(""));
    List<ChatPicker.Choice> options = new ArrayList<>(chats.choices(session, "").options());
    chat.filter(c -> options.stream().noneMatch(o -> o.id().equals(c.toString())))
        .ifPresent(c -> options.add(0, new ChatPicker.Choice(c.toString(), chatLabel.orElseThrow())));
    model.put("choices", options);
    model.put("seesAll", session.user().role().seesAllChats());
    Pages.render(ctx, "audit.html", session, model);
  }

  private static int pageNumber(String value) {
    if (value == null || value.isBlank()) {
      return 1;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number >= 1) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // answered below, like a number below 1
    }
    throw ConsoleError.badRequest("Pages are numbered from 1.");
  }

  private static List<PageLink> links(Page<AuditEntry> page, Optional<ChatId> chat) {
    String base = "/audit?" + chat.map(c -> "chat=" + c.value() + "&").orElse("") + "page=";
    List<PageLink> links = new ArrayList<>();
    if (page.hasPrevious()) {
      links.add(new PageLink("Newer", base + Math.min(page.number() - 1, page.pages())));
    }
    if (page.hasNext()) {
      links.add(new PageLink("Older", base + (page.number() + 1)));
    }
    return links;
  }

  static Row row(AuditEntry e, String chatLabel) {
    boolean bot = e.actor().via() == Via.SYSTEM;
    return new Row(WHEN.format(e.at()), bot ? "the bot" : e.actor().name(), e.actor().via().word(),
        chatLabel == null ? e.chat().toString() : chatLabel, e.chat().toString(), Subjects.words(e.subject()),
        change(e.change()), e.lines());
  }

  private static String change(ChangeKind kind) {
    return switch (kind) {
      case INSERT -> "added";
      case UPDATE -> "changed";
      case DELETE -> "removed";
    };
  }
}

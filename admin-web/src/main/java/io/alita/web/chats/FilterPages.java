package io.alita.web.chats;

import io.alita.domain.audit.Changes;
import io.alita.domain.console.ChatDirectory;
import io.alita.domain.content.ContentSender;
import io.alita.domain.filters.FiltersEdit;
import io.alita.domain.filters.FiltersStore;
import io.alita.web.Guard;
import io.alita.web.PageGroup;
import io.javalin.config.JavalinConfig;
import java.util.Objects;

/**
 * The console's filters page of a chat ({@code /chats/{id}/filters}): the chat's filters, adding, editing and deleting
 * text filters, deleting file filters, and a preview of a reply as the bot would send it. Its own page group beside
 * {@link ChatPages}, with the same guard, lookup and notices: every change goes through {@link FiltersEdit}, the use
 * case of {@code /filter} and {@code /stop}, committed as the signed-in user.
 */
public final class FilterPages implements PageGroup {

  /**
   * What the page needs.
   *
   * @param changes commits a change as the signed-in user
   * @param edit the use case the bot's commands use
   * @param filters the chat's filters, read to list them
   * @param sender the sender the bot answers with, for the preview
   */
  public record Ports(ChatDirectory directory, Changes changes, FiltersEdit edit, FiltersStore filters,
      ContentSender sender) {
    public Ports {
      Objects.requireNonNull(directory, "directory");
      Objects.requireNonNull(changes, "changes");
      Objects.requireNonNull(edit, "edit");
      Objects.requireNonNull(filters, "filters");
      Objects.requireNonNull(sender, "sender");
    }
  }

  private final Ports ports;
  private final boolean https;

  /** @param https the console is served over HTTPS (its one-shot notice cookie is then {@code Secure}) */
  public FilterPages(Ports ports, boolean https) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.https = https;
  }

  @Override
  public void register(JavalinConfig cfg, Guard guard) {
    ChatLookup lookup = new ChatLookup(ports.directory(), ports.changes(), guard);
    FiltersPage page = new FiltersPage(ports, lookup, new Notice(https));
    cfg.routes.get("/chats/{id}/filters", guard.chatViewer(page::show));
    cfg.routes.post("/chats/{id}/filters/save", guard.form(page::save));
    cfg.routes.post("/chats/{id}/filters/remove", guard.form(page::remove));
  }
}

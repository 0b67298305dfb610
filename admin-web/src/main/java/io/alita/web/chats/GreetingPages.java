package io.alita.web.chats;

import io.alita.domain.audit.Changes;
import io.alita.domain.console.ChatDirectory;
import io.alita.domain.greetings.GreetingsEdit;
import io.alita.domain.i18n.Messages;
import io.alita.web.Guard;
import io.alita.web.PageGroup;
import io.javalin.config.JavalinConfig;
import java.util.Objects;

/**
 * The console's greetings page of a chat ({@code /chats/{id}/greetings}): the welcome and the goodbye, their switches
 * (on/off, cleanwelcome, cleangoodbye, cleanservice, autoapprove) in one form, resetting a greeting to the default,
 * and a preview of each as the bot would send it. Its own page group beside {@link ChatPages}, with the same guard,
 * lookup and notices: every change goes through {@link GreetingsEdit}, the use case of {@code /setwelcome},
 * {@code /resetwelcome} and the switch commands, committed as the signed-in user.
 */
public final class GreetingPages implements PageGroup {

  /**
   * What the page needs.
   *
   * @param changes commits a change as the signed-in user
   * @param edit the use case the bot's commands use; it reads the stored settings and renders the previews with the
   *     sender the worker greets with
   * @param messages the language the page names the switches in
   */
  public record Ports(ChatDirectory directory, Changes changes, GreetingsEdit edit, Messages messages) {
    public Ports {
      Objects.requireNonNull(directory, "directory");
      Objects.requireNonNull(changes, "changes");
      Objects.requireNonNull(edit, "edit");
      Objects.requireNonNull(messages, "messages");
    }
  }

  private final Ports ports;
  private final boolean https;

  /** @param https the console is served over HTTPS (its one-shot notice cookie is then {@code Secure}) */
  public GreetingPages(Ports ports, boolean https) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.https = https;
  }

  @Override
  public void register(JavalinConfig cfg, Guard guard) {
    ChatLookup lookup = new ChatLookup(ports.directory(), ports.changes(), guard);
    GreetingsPage page = new GreetingsPage(ports, lookup, new Notice(https));
    cfg.routes.get("/chats/{id}/greetings", guard.chatViewer(page::show));
    cfg.routes.post("/chats/{id}/greetings/save", guard.form(page::save));
    cfg.routes.post("/chats/{id}/greetings/reset", guard.form(page::reset));
  }
}

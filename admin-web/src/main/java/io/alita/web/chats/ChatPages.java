package io.alita.web.chats;

import io.alita.web.Guard;
import io.alita.web.PageGroup;
import io.javalin.config.JavalinConfig;

/**
 * The console's chat pages: the list of groups and, per group, its overview, rules, blacklist, captcha and warn
 * settings. Pages are for owners, the team and group admins ({@link Guard#chatViewer}); every form is checked for
 * cross-site posts and its token ({@link Guard#form}), and every change goes through the same use case as the bot's
 * command, committed as the signed-in user so the audit log names them and the worker hears of it.
 */
public final class ChatPages implements PageGroup {

  private final ChatPorts ports;
  private final boolean https;

  /** @param https the console is served over HTTPS (its one-shot notice cookie is then {@code Secure}) */
  public ChatPages(ChatPorts ports, boolean https) {
    this.ports = ports;
    this.https = https;
  }

  @Override
  public void register(JavalinConfig cfg, Guard guard) {
    ChatLookup lookup = new ChatLookup(ports.directory(), ports.changes(), guard);
    Notice notice = new Notice(https);
    ChatListPage list = new ChatListPage(ports.directory());
    OverviewPage overview = new OverviewPage(ports, lookup);
    RulesPage rules = new RulesPage(ports, lookup, notice);
    BlacklistPage blacklist = new BlacklistPage(ports, lookup, notice);
    CaptchaPage captcha = new CaptchaPage(ports, lookup, notice);
    WarnsPage warns = new WarnsPage(ports, lookup, notice);

    cfg.routes.get("/chats", guard.chatViewer(list::show));
    cfg.routes.get("/chats/{id}", guard.chatViewer(overview::show));
    cfg.routes.get("/chats/{id}/rules", guard.chatViewer(rules::show));
    cfg.routes.post("/chats/{id}/rules", guard.form(rules::submit));
    cfg.routes.get("/chats/{id}/blacklist", guard.chatViewer(blacklist::show));
    cfg.routes.post("/chats/{id}/blacklist/add", guard.form(blacklist::add));
    cfg.routes.post("/chats/{id}/blacklist/remove", guard.form(blacklist::remove));
    cfg.routes.post("/chats/{id}/blacklist/action", guard.form(blacklist::action));
    cfg.routes.get("/chats/{id}/captcha", guard.chatViewer(captcha::show));
    cfg.routes.post("/chats/{id}/captcha", guard.form(captcha::submit));
    cfg.routes.get("/chats/{id}/warns", guard.chatViewer(warns::show));
    cfg.routes.post("/chats/{id}/warns", guard.form(warns::submit));
  }
}

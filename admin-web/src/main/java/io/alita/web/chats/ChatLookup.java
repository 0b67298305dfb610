package io.alita.web.chats;

import io.alita.domain.audit.Actor;
import io.alita.domain.audit.Changes;
import io.alita.domain.console.ChatDirectory;
import io.alita.domain.console.ChatSummary;
import io.alita.domain.console.ConsoleSession;
import io.alita.domain.model.ChatId;
import io.alita.domain.settings.Commit;
import io.alita.web.Guard;
import io.javalin.http.Context;

/**
 * The chat a page or form is about ({@code /chats/{id}/...}), once the session may see it or change it. An id that
 * is no number, a chat the bot does not know and a chat the user does not administer get the same refusal, so the
 * console never tells which chats exist.
 */
final class ChatLookup {

  private final ChatDirectory directory;
  private final Changes changes;
  private final Guard guard;

  ChatLookup(ChatDirectory directory, Changes changes, Guard guard) {
    this.directory = directory;
    this.changes = changes;
    this.guard = guard;
  }

  /** The chat of a page, for a session that may see it. */
  ChatSummary forView(Context ctx, ConsoleSession session) {
    ChatId id = id(ctx);
    guard.requireView(session, id);
    return directory.chat(id).orElseThrow(Guard::notShown);
  }

  /** The chat of a change, for a session that may change it now (a group admin is asked about at Telegram again). */
  ChatSummary forChange(Context ctx, ConsoleSession session) {
    ChatId id = id(ctx);
    guard.requireView(session, id);
    ChatSummary chat = directory.chat(id).orElseThrow(Guard::notShown);
    guard.requireChange(session, id);
    return chat;
  }

  /** A change committed as the signed-in user: the audit log records it as theirs, via the console. */
  Commit commitAs(ConsoleSession session) {
    return Commit.as(changes, actor(session));
  }

  static Actor actor(ConsoleSession session) {
    return Actor.console(session.user().id(), session.user().name());
  }

  private static ChatId id(Context ctx) {
    try {
      return ChatId.of(Long.parseLong(ctx.pathParam("id")));
    } catch (IllegalArgumentException e) {
      throw Guard.notShown();
    }
  }
}
